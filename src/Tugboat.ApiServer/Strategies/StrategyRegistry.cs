using Tugboat.ApiServer.Caching;
using Tugboat.ApiServer.Registry;
using Tugboat.ApiServer.Validation;

namespace Tugboat.ApiServer.Strategies;

/// <summary>Picks each resource's strategy: a kind-specific one where upstream has special rules, the generic one otherwise.</summary>
public static class StrategyRegistry
{
    public static IResourceStrategy For(ResourceInfo r, Func<string, ResourceCache> caches)
    {
        var hasStatus = r.Subresources.Contains("status");
        return (r.Group, r.Resource) switch
        {
            ("", "namespaces") => new NamespaceStrategy(),
            ("", "services") => new ServiceStrategy(new ServiceIpAllocator(caches(r.StoragePrefix))),
            ("", "pods") => new PodStrategy(),
            ("", "events") => new EventStrategy(),
            ("", "secrets") => new SecretStrategy(),
            ("apps", "deployments") => new DeploymentStrategy(),
            ("", "endpoints") or ("coordination.k8s.io", "leases")
                => new GenericStrategy(hasStatus, r.Namespaced) { CreateOnUpdate = true },
            ("rbac.authorization.k8s.io", _) => new GenericStrategy(hasStatus, r.Namespaced, NameRule.PathSegment),
            _ => new GenericStrategy(hasStatus, r.Namespaced),
        };
    }
}
