using System.Collections.Frozen;

namespace Tugboat.ApiServer.Registry;

/// <summary>Every served resource, looked up by URL parts or by kind.</summary>
public sealed class ResourceCatalog
{
    private readonly FrozenDictionary<(string Group, string Version, string Resource), ResourceInfo> _byPath;
    private readonly FrozenDictionary<(string ApiVersion, string Kind), ResourceInfo> _byKind;

    public ResourceCatalog(IEnumerable<ResourceInfo> resources)
    {
        All = resources.ToList();
        _byPath = All.ToFrozenDictionary(r => (r.Group, r.Version, r.Resource));
        _byKind = All.ToFrozenDictionary(r => (r.ApiVersion, r.Kind));
        GroupVersions = All
            .GroupBy(r => r.Group)
            .Select(g => new ApiGroupVersions(g.Key, g.Select(r => r.Version).Distinct().OrderByDescending(VersionPriority.Of).ToList()))
            .OrderBy(g => GroupOrder(g.Group))
            .ToList();
    }

    public IReadOnlyList<ResourceInfo> All { get; }

    /// <summary>Groups in discovery order, each with its versions, preferred first.</summary>
    public IReadOnlyList<ApiGroupVersions> GroupVersions { get; }

    public ResourceInfo? Find(string group, string version, string resource) =>
        _byPath.GetValueOrDefault((group, version, resource));

    public ResourceInfo? FindKind(string apiVersion, string kind) => _byKind.GetValueOrDefault((apiVersion, kind));

    public IEnumerable<ResourceInfo> InGroupVersion(string group, string version) =>
        All.Where(r => r.Group == group && r.Version == version);

    /// <summary>The served resource whose objects are stored in this resource's storage version, i.e. the canonical one.</summary>
    public ResourceInfo StorageResourceOf(ResourceInfo resource)
    {
        if (resource.StorageVersion is null) return resource;
        var (group, version) = SplitApiVersion(resource.StorageVersion);
        return Find(group, version, resource.StorageResource) ?? resource;
    }

    public static (string Group, string Version) SplitApiVersion(string apiVersion)
    {
        var slash = apiVersion.IndexOf('/');
        return slash < 0 ? ("", apiVersion) : (apiVersion[..slash], apiVersion[(slash + 1)..]);
    }

    // Upstream lists the legacy group first and the rest roughly by priority; a stable order is what matters to clients.
    private static int GroupOrder(string group) => group.Length == 0 ? -1 : Array.IndexOf(PreferredGroupOrder, group) is var i and >= 0 ? i : 1000;

    private static readonly string[] PreferredGroupOrder =
    [
        "apiregistration.k8s.io", "apps", "events.k8s.io", "authentication.k8s.io", "authorization.k8s.io", "autoscaling",
        "batch", "certificates.k8s.io", "networking.k8s.io", "policy", "rbac.authorization.k8s.io", "storage.k8s.io",
        "admissionregistration.k8s.io", "apiextensions.k8s.io", "scheduling.k8s.io", "coordination.k8s.io",
        "node.k8s.io", "discovery.k8s.io", "flowcontrol.apiserver.k8s.io",
    ];
}

public sealed record ApiGroupVersions(string Group, IReadOnlyList<string> Versions)
{
    public string PreferredVersion => Versions[0];
}
