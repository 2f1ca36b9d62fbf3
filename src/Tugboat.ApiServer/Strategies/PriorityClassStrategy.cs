using Tugboat.Api.Meta;
using Tugboat.Api.Scheduling.V1;
using Tugboat.ApiServer.Http;
using Tugboat.ApiServer.Validation;

namespace Tugboat.ApiServer.Strategies;

/// <summary>
/// PriorityClasses: preemptionPolicy PreemptLowerPriority by default; ValidatePriorityClass (user values up to one
/// billion, "system-" names reserved for the two built-in classes); value and preemptionPolicy never change.
/// </summary>
public sealed class PriorityClassStrategy() : GenericStrategy(hasStatus: false, namespaced: false)
{
    public const int HighestUserDefinablePriority = 1_000_000_000;
    private static readonly (string Name, int Value)[] SystemClasses = [("system-node-critical", 2_000_001_000), ("system-cluster-critical", 2_000_000_000)];

    public override void ApplyDefaults(IKubernetesObject obj) => ((PriorityClass)obj).PreemptionPolicy ??= "PreemptLowerPriority";

    public override IReadOnlyList<FieldError> ValidateCreate(IKubernetesObject obj)
    {
        var pc = (PriorityClass)obj;
        var errors = new List<FieldError>(base.ValidateCreate(obj));
        var name = pc.Metadata.Name ?? "";
        if (name.StartsWith("system-", StringComparison.Ordinal))
        {
            var known = SystemClasses.FirstOrDefault(c => c.Name == name);
            var error = known.Name is null ? $"{name} is not a known system priority class"
                : known.Value != pc.Value ? $"value of {name} PriorityClass must be {known.Value}"
                : pc.GlobalDefault == true ? $"globalDefault of {name} PriorityClass must be false"
                : null;
            if (error is not null)
                errors.Add(FieldError.Forbidden("metadata.name", $"priority class names with 'system-' prefix are reserved for system use only. error: {error}"));
        }
        else if (pc.Value > HighestUserDefinablePriority)
        {
            errors.Add(FieldError.Forbidden("value", $"maximum allowed value of a user defined priority is {HighestUserDefinablePriority}"));
        }
        ValidatePreemptionPolicy(pc.PreemptionPolicy, errors);
        return errors;
    }

    public override IReadOnlyList<FieldError> ValidateUpdate(IKubernetesObject obj, IKubernetesObject old)
    {
        var pc = (PriorityClass)obj;
        var previous = (PriorityClass)old;
        var errors = new List<FieldError>(base.ValidateUpdate(obj, old));
        if (pc.Value != previous.Value) errors.Add(FieldError.Forbidden("value", "may not be changed in an update."));
        Checks.Immutable(pc.PreemptionPolicy, previous.PreemptionPolicy, "preemptionPolicy", errors);
        return errors;
    }

    private static void ValidatePreemptionPolicy(string? policy, List<FieldError> errors)
    {
        if (policy is null or "PreemptLowerPriority" or "Never") return;
        if (policy.Length == 0) errors.Add(FieldError.Required("preemptionPolicy"));
        else errors.Add(FieldError.NotSupported("preemptionPolicy", policy, ["PreemptLowerPriority", "Never"]));
    }
}
