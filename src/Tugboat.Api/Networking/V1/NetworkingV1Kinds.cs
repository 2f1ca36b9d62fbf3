namespace Tugboat.Api.Networking.V1;

/// <summary>The root kinds of networking.k8s.io/v1.</summary>
public static class NetworkingV1Kinds
{
    public static readonly Type[] All =
    [
        typeof(Ingress),
        typeof(IngressClass),
        typeof(NetworkPolicy),
    ];
}
