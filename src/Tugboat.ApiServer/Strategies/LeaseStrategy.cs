using Tugboat.Api.Coordination.V1;
using Tugboat.Api.Meta;
using Tugboat.ApiServer.Http;

namespace Tugboat.ApiServer.Strategies;

/// <summary>
/// Leases (coordination.k8s.io/v1): ValidateLease — a positive duration, non-negative transitions, a preferred
/// holder only with a strategy. A PUT of a missing Lease creates it.
/// </summary>
public sealed class LeaseStrategy() : GenericStrategy(hasStatus: false, namespaced: true)
{
    public override bool AllowCreateOnUpdate => true;

    public override IReadOnlyList<FieldError> ValidateCreate(IKubernetesObject obj)
    {
        var errors = new List<FieldError>(base.ValidateCreate(obj));
        ValidateSpec(((Lease)obj).Spec, errors);
        return errors;
    }

    public override IReadOnlyList<FieldError> ValidateUpdate(IKubernetesObject obj, IKubernetesObject old)
    {
        var errors = new List<FieldError>(base.ValidateUpdate(obj, old));
        ValidateSpec(((Lease)obj).Spec, errors);
        return errors;
    }

    private static void ValidateSpec(LeaseSpec? spec, List<FieldError> errors)
    {
        if (spec is null) return;
        if (spec.LeaseDurationSeconds is int duration && duration <= 0)
            errors.Add(FieldError.Invalid("spec.leaseDurationSeconds", duration, "must be greater than 0"));
        if (spec.LeaseTransitions is int transitions && transitions < 0)
            errors.Add(FieldError.Invalid("spec.leaseTransitions", transitions, "must be greater than or equal to 0"));
        if (spec.Strategy is { } strategy)
        {
            if (strategy.Contains('/')) Validation.Checks.QualifiedName(strategy, "spec.strategy", errors);
            else if (strategy != "OldestEmulationVersion") errors.Add(FieldError.NotSupported("spec.strategy", strategy, ["OldestEmulationVersion"]));
        }
        if (!string.IsNullOrEmpty(spec.PreferredHolder) && string.IsNullOrEmpty(spec.Strategy))
            errors.Add(FieldError.Forbidden("spec.preferredHolder", "may only be specified if `strategy` is defined"));
    }
}
