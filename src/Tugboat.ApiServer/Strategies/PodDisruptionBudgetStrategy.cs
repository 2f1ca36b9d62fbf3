using Tugboat.Api.Meta;
using Tugboat.Api.Policy.V1;
using Tugboat.ApiServer.Http;
using Tugboat.ApiServer.Validation;

namespace Tugboat.ApiServer.Strategies;

/// <summary>
/// PodDisruptionBudgets (policy/v1): ValidatePodDisruptionBudget — not both minAvailable and maxUnavailable, each
/// a non-negative number or a percentage up to 100%, a valid selector and eviction policy. Names get only the
/// generic path-segment check, as upstream's strategy validates no metadata of its own.
/// </summary>
public sealed class PodDisruptionBudgetStrategy() : GenericStrategy(hasStatus: true, namespaced: true, NameRule.PathSegment)
{
    public override IReadOnlyList<FieldError> ValidateCreate(IKubernetesObject obj)
    {
        var errors = new List<FieldError>();
        ValidateSpec(((PodDisruptionBudget)obj).Spec ?? new PodDisruptionBudgetSpec(), errors);
        errors.AddRange(base.ValidateCreate(obj));
        return errors;
    }

    public override IReadOnlyList<FieldError> ValidateUpdate(IKubernetesObject obj, IKubernetesObject old)
    {
        var errors = new List<FieldError>();
        ValidateSpec(((PodDisruptionBudget)obj).Spec ?? new PodDisruptionBudgetSpec(), errors);
        errors.AddRange(base.ValidateUpdate(obj, old));
        return errors;
    }

    private static void ValidateSpec(PodDisruptionBudgetSpec spec, List<FieldError> errors)
    {
        if (spec.MinAvailable is not null && spec.MaxUnavailable is not null)
            errors.Add(FieldError.Invalid("spec", GoValue.Raw(Render(spec)), "minAvailable and maxUnavailable cannot be both set"));
        if (spec.MinAvailable is { } min)
        {
            Checks.PositiveIntOrPercent(min, "spec.minAvailable", errors);
            Checks.NotMoreThan100Percent(min, "spec.minAvailable", errors);
        }
        if (spec.MaxUnavailable is { } max)
        {
            Checks.PositiveIntOrPercent(max, "spec.maxUnavailable", errors);
            Checks.NotMoreThan100Percent(max, "spec.maxUnavailable", errors);
        }
        Checks.LabelSelector(spec.Selector, "spec.selector", errors);
        if (spec.UnhealthyPodEvictionPolicy is { } policy && policy is not ("AlwaysAllow" or "IfHealthyBudget"))
            errors.Add(FieldError.NotSupported("spec.unhealthyPodEvictionPolicy", policy, ["AlwaysAllow", "IfHealthyBudget"]));
    }

    // policy.PodDisruptionBudgetSpec as %#v prints it (pointers as addresses upstream; shown here as values).
    private static string Render(PodDisruptionBudgetSpec spec) =>
        $"policy.PodDisruptionBudgetSpec{{MinAvailable:{Ptr(spec.MinAvailable)}, Selector:{GoValue.SelectorValue(spec.Selector)}, MaxUnavailable:{Ptr(spec.MaxUnavailable)}, " +
        $"UnhealthyPodEvictionPolicy:{(spec.UnhealthyPodEvictionPolicy is null ? "(*policy.UnhealthyPodEvictionPolicyType)(nil)" : GoValue.Quote(spec.UnhealthyPodEvictionPolicy))}}}";

    private static string Ptr(Api.IntOrString? value) => value is null ? "(*intstr.IntOrString)(nil)" : "&" + GoValue.IntOrString(value);
}
