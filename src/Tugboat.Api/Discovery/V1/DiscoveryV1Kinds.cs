namespace Tugboat.Api.Discovery.V1;

/// <summary>The root kinds of discovery.k8s.io/v1.</summary>
public static class DiscoveryV1Kinds
{
    public static readonly Type[] All =
    [
        typeof(EndpointSlice),
    ];
}
