namespace Tugboat.Api.Policy.V1;

/// <summary>The root kinds of policy/v1.</summary>
public static class PolicyV1Kinds
{
    public static readonly Type[] All =
    [
        typeof(PodDisruptionBudget),
        typeof(Eviction),
    ];
}
