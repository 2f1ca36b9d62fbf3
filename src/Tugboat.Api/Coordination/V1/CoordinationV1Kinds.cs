namespace Tugboat.Api.Coordination.V1;

/// <summary>The root kinds of coordination.k8s.io/v1.</summary>
public static class CoordinationV1Kinds
{
    public static readonly Type[] All =
    [
        typeof(Lease),
    ];
}
