using Tugboat.Api.Apps.V1;
using Tugboat.Api.Core.V1;
using Tugboat.Api.Meta;
using Tugboat.ApiServer.Http;
using Tugboat.ApiServer.Validation;

namespace Tugboat.ApiServer.Strategies;

/// <summary>ReplicaSets (apps/v1): replicas default to 1; ValidateReplicaSet / ValidateReplicaSetUpdate; an immutable selector.</summary>
public sealed class ReplicaSetStrategy() : GenericStrategy(hasStatus: true, namespaced: true)
{
    public override void ApplyDefaults(IKubernetesObject obj)
    {
        var spec = ((ReplicaSet)obj).Spec ??= new ReplicaSetSpec();
        spec.Replicas ??= 1;
        PodSpecDefaults.ApplyTemplate(spec.Template ??= new PodTemplateSpec());
    }

    public override IReadOnlyList<FieldError> ValidateCreate(IKubernetesObject obj)
    {
        var errors = new List<FieldError>(base.ValidateCreate(obj));
        ValidateSpec(((ReplicaSet)obj).Spec!, errors);
        return errors;
    }

    public override IReadOnlyList<FieldError> ValidateUpdate(IKubernetesObject obj, IKubernetesObject old)
    {
        var errors = new List<FieldError>(base.ValidateUpdate(obj, old));
        var spec = ((ReplicaSet)obj).Spec!;
        ValidateSpec(spec, errors);
        Checks.Immutable(spec.Selector, ((ReplicaSet)old).Spec?.Selector, "spec.selector", errors, GoValue.SelectorValue(spec.Selector));
        return errors;
    }

    /// <summary>ValidateReplicaSetSpec (its empty-selector message says "deployment", as upstream's does).</summary>
    private static void ValidateSpec(ReplicaSetSpec spec, List<FieldError> errors)
    {
        Checks.NonNegative(spec.Replicas ?? 0, "spec.replicas", errors);
        Checks.NonNegative(spec.MinReadySeconds ?? 0, "spec.minReadySeconds", errors);
        WorkloadSelectors.Validate(spec.Selector, "spec.selector", "empty selector is invalid for deployment", errors);
        if (Checks.AsSelector(spec.Selector) is { } selector)
            PodTemplateValidation.ForController(spec.Template ?? new PodTemplateSpec(), selector, "spec.template", "ReplicaSet", errors);
        else
            errors.Add(FieldError.Invalid("spec.selector", GoValue.SelectorValue(spec.Selector), "invalid label selector"));
    }
}
