using Tugboat.Api;
using Tugboat.Api.Apps.V1;
using Tugboat.Api.Core.V1;
using Tugboat.Api.Meta;
using Tugboat.ApiServer.Http;
using Tugboat.ApiServer.Validation;

namespace Tugboat.ApiServer.Strategies;

/// <summary>
/// DaemonSets (apps/v1): SetDefaults_DaemonSet (RollingUpdate, maxUnavailable 1, maxSurge 0, 10 revisions),
/// ValidateDaemonSet (a missing selector shows up only as a template-labels mismatch, as upstream), an immutable selector.
/// </summary>
public sealed class DaemonSetStrategy() : GenericStrategy(hasStatus: true, namespaced: true)
{
    public override void ApplyDefaults(IKubernetesObject obj)
    {
        var spec = ((DaemonSet)obj).Spec ??= new DaemonSetSpec();
        var update = spec.UpdateStrategy ??= new DaemonSetUpdateStrategy();
        if (string.IsNullOrEmpty(update.Type)) update.Type = "RollingUpdate";
        if (update.Type == "RollingUpdate")
        {
            update.RollingUpdate ??= new RollingUpdateDaemonSet();
            update.RollingUpdate.MaxUnavailable ??= new IntOrString(1);
            update.RollingUpdate.MaxSurge ??= new IntOrString(0);
        }
        spec.RevisionHistoryLimit ??= 10;
        PodSpecDefaults.ApplyTemplate(spec.Template ??= new PodTemplateSpec());
    }

    public override IReadOnlyList<FieldError> ValidateCreate(IKubernetesObject obj)
    {
        var errors = new List<FieldError>(base.ValidateCreate(obj));
        ValidateSpec(((DaemonSet)obj).Spec!, errors);
        return errors;
    }

    public override IReadOnlyList<FieldError> ValidateUpdate(IKubernetesObject obj, IKubernetesObject old)
    {
        var errors = new List<FieldError>(base.ValidateUpdate(obj, old));
        var spec = ((DaemonSet)obj).Spec!;
        ValidateSpec(spec, errors);
        Checks.Immutable(spec.Selector, ((DaemonSet)old).Spec?.Selector, "spec.selector", errors, GoValue.SelectorValue(spec.Selector));
        return errors;
    }

    /// <summary>ValidateDaemonSetSpec.</summary>
    private static void ValidateSpec(DaemonSetSpec spec, List<FieldError> errors)
    {
        var template = spec.Template ?? new PodTemplateSpec();
        Checks.LabelSelector(spec.Selector, "spec.selector", errors);
        if (Checks.AsSelector(spec.Selector) is { } selector && !selector.Matches(template.Metadata?.Labels))
            errors.Add(FieldError.Invalid("spec.template.metadata.labels", GoValue.StringMap(template.Metadata?.Labels), PodTemplateValidation.SelectorMismatch));
        if (spec.Selector is { } s && Checks.IsEmpty(s))
            errors.Add(FieldError.Invalid("spec.selector", GoValue.SelectorValue(s), "empty selector is invalid for daemonset"));
        PodTemplateValidation.Validate(template, "spec.template", errors);
        PodTemplateValidation.AlwaysRestart(template, "spec.template", "DaemonSet", errors);
        Checks.NonNegative(spec.MinReadySeconds ?? 0, "spec.minReadySeconds", errors);
        ValidateUpdateStrategy(spec.UpdateStrategy ?? new DaemonSetUpdateStrategy(), errors);
        if (spec.RevisionHistoryLimit is int history) Checks.NonNegative(history, "spec.revisionHistoryLimit", errors);
    }

    private static void ValidateUpdateStrategy(DaemonSetUpdateStrategy strategy, List<FieldError> errors)
    {
        const string path = "spec.updateStrategy";
        switch (strategy.Type)
        {
            case "OnDelete":
                break;
            case "RollingUpdate":
                if (strategy.RollingUpdate is not { } rolling)
                {
                    errors.Add(FieldError.Required($"{path}.rollingUpdate"));
                    return;
                }
                var maxUnavailable = rolling.MaxUnavailable ?? new IntOrString(0);
                var maxSurge = rolling.MaxSurge ?? new IntOrString(0);
                Checks.PositiveIntOrPercent(maxUnavailable, $"{path}.rollingUpdate.maxUnavailable", errors);
                Checks.PositiveIntOrPercent(maxSurge, $"{path}.rollingUpdate.maxSurge", errors);
                Checks.NotMoreThan100Percent(maxUnavailable, $"{path}.rollingUpdate.maxUnavailable", errors);
                Checks.NotMoreThan100Percent(maxSurge, $"{path}.rollingUpdate.maxSurge", errors);
                var hasUnavailable = Checks.IntOrPercentValue(maxUnavailable) != 0;
                var hasSurge = Checks.IntOrPercentValue(maxSurge) != 0;
                if (hasUnavailable && hasSurge)
                    errors.Add(FieldError.Invalid($"{path}.rollingUpdate.maxSurge", maxSurge, "may not be set when maxUnavailable is non-zero"));
                else if (!hasUnavailable && !hasSurge)
                    errors.Add(FieldError.Required($"{path}.rollingUpdate.maxUnavailable", "cannot be 0 when maxSurge is 0"));
                break;
            default:
                errors.Add(FieldError.NotSupported(path, strategy, ["RollingUpdate", "OnDelete"]));
                break;
        }
    }
}
