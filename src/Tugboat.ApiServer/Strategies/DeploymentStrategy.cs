using Tugboat.Api;
using Tugboat.Api.Apps.V1;
using Tugboat.Api.Core.V1;
using Tugboat.Api.Meta;
using Tugboat.ApiServer.Http;
using Tugboat.ApiServer.Validation;
using RolloutStrategy = Tugboat.Api.Apps.V1.DeploymentStrategy;

namespace Tugboat.ApiServer.Strategies;

/// <summary>
/// Deployments (apps/v1): SetDefaults_Deployment, ValidateDeployment / ValidateDeploymentUpdate, an immutable
/// selector, and a generation that also moves on annotation changes (they are copied to the ReplicaSets).
/// </summary>
public sealed class DeploymentStrategy() : GenericStrategy(hasStatus: true, namespaced: true)
{
    public override void ApplyDefaults(IKubernetesObject obj)
    {
        var spec = ((Deployment)obj).Spec ??= new DeploymentSpec();
        spec.Replicas ??= 1;
        var strategy = spec.Strategy ??= new RolloutStrategy();
        if (string.IsNullOrEmpty(strategy.Type)) strategy.Type = "RollingUpdate";
        if (strategy.Type == "RollingUpdate")
        {
            strategy.RollingUpdate ??= new RollingUpdateDeployment();
            strategy.RollingUpdate.MaxUnavailable ??= new IntOrString("25%");
            strategy.RollingUpdate.MaxSurge ??= new IntOrString("25%");
        }
        spec.RevisionHistoryLimit ??= 10;
        spec.ProgressDeadlineSeconds ??= 600;
        PodSpecDefaults.ApplyTemplate(spec.Template ??= new PodTemplateSpec());
    }

    public override void PrepareForUpdate(IKubernetesObject obj, IKubernetesObject old)
    {
        base.PrepareForUpdate(obj, old);
        if (obj.Metadata.Generation == (old.Metadata.Generation ?? 1) && !Checks.SameValue(obj.Metadata.Annotations, old.Metadata.Annotations))
            obj.Metadata.Generation++;
    }

    public override IReadOnlyList<FieldError> ValidateCreate(IKubernetesObject obj)
    {
        var errors = new List<FieldError>(base.ValidateCreate(obj));
        ValidateSpec(((Deployment)obj).Spec!, errors);
        return errors;
    }

    public override IReadOnlyList<FieldError> ValidateUpdate(IKubernetesObject obj, IKubernetesObject old)
    {
        var errors = new List<FieldError>(base.ValidateUpdate(obj, old));
        var spec = ((Deployment)obj).Spec!;
        ValidateSpec(spec, errors);
        Checks.Immutable(spec.Selector, ((Deployment)old).Spec?.Selector, "spec.selector", errors, GoValue.SelectorValue(spec.Selector));
        return errors;
    }

    /// <summary>ValidateDeploymentSpec.</summary>
    private static void ValidateSpec(DeploymentSpec spec, List<FieldError> errors)
    {
        Checks.NonNegative(spec.Replicas ?? 0, "spec.replicas", errors);
        WorkloadSelectors.Validate(spec.Selector, "spec.selector", "empty selector is invalid for deployment", errors);
        if (Checks.AsSelector(spec.Selector) is { } selector)
            PodTemplateValidation.ForController(spec.Template, selector, "spec.template", "ReplicaSet", errors);
        else
            errors.Add(FieldError.Invalid("spec.selector", GoValue.SelectorValue(spec.Selector), "invalid label selector"));
        ValidateStrategy(spec.Strategy ?? new RolloutStrategy(), errors);
        Checks.NonNegative(spec.MinReadySeconds ?? 0, "spec.minReadySeconds", errors);
        if (spec.RevisionHistoryLimit is int history) Checks.NonNegative(history, "spec.revisionHistoryLimit", errors);
        if (spec.ProgressDeadlineSeconds is int deadline)
        {
            Checks.NonNegative(deadline, "spec.progressDeadlineSeconds", errors);
            if (deadline <= (spec.MinReadySeconds ?? 0))
                errors.Add(FieldError.Invalid("spec.progressDeadlineSeconds", deadline, "must be greater than minReadySeconds"));
        }
    }

    private static void ValidateStrategy(RolloutStrategy strategy, List<FieldError> errors)
    {
        switch (strategy.Type)
        {
            case "Recreate":
                if (strategy.RollingUpdate is not null)
                    errors.Add(FieldError.Forbidden("spec.strategy.rollingUpdate", "may not be specified when strategy `type` is 'Recreate'"));
                break;
            case "RollingUpdate":
                if (strategy.RollingUpdate is not { } rolling)
                {
                    errors.Add(FieldError.Required("spec.strategy.rollingUpdate", "this should be defaulted and never be nil"));
                    break;
                }
                var maxUnavailable = rolling.MaxUnavailable ?? new IntOrString(0);
                var maxSurge = rolling.MaxSurge ?? new IntOrString(0);
                Checks.PositiveIntOrPercent(maxUnavailable, "spec.strategy.rollingUpdate.maxUnavailable", errors);
                Checks.PositiveIntOrPercent(maxSurge, "spec.strategy.rollingUpdate.maxSurge", errors);
                if (Checks.IntOrPercentValue(maxUnavailable) == 0 && Checks.IntOrPercentValue(maxSurge) == 0)
                    errors.Add(FieldError.Invalid("spec.strategy.rollingUpdate.maxUnavailable", maxUnavailable, "may not be 0 when `maxSurge` is 0"));
                Checks.NotMoreThan100Percent(maxUnavailable, "spec.strategy.rollingUpdate.maxUnavailable", errors);
                break;
            default:
                errors.Add(FieldError.NotSupported("spec.strategy", strategy, ["Recreate", "RollingUpdate"]));
                break;
        }
    }
}
