using System.Text.Json;
using System.Text.Json.Nodes;
using Tugboat.ApiServer.Registry;

namespace Tugboat.ApiServer.Discovery;

/// <summary>
/// The discovery documents kubectl reads before anything else: legacy (/api, /apis, /apis/g, /apis/g/v) and
/// aggregated (apidiscovery.k8s.io/v2, one document for /api and one for /apis). Built once; the catalog is fixed.
/// </summary>
public sealed class DiscoveryDocuments
{
    public const string AggregatedContentType = "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList";

    private readonly ResourceCatalog _catalog;
    private readonly Dictionary<string, byte[]> _legacy = new(StringComparer.Ordinal);

    public DiscoveryDocuments(ResourceCatalog catalog, string serverAddress)
    {
        _catalog = catalog;
        _legacy["/api"] = Bytes(new JsonObject
        {
            ["kind"] = "APIVersions",
            ["versions"] = new JsonArray("v1"),
            ["serverAddressByClientCIDRs"] = new JsonArray(new JsonObject { ["clientCIDR"] = "0.0.0.0/0", ["serverAddress"] = serverAddress }),
        });
        var groups = new JsonArray();
        foreach (var g in catalog.GroupVersions.Where(g => g.Group.Length > 0))
        {
            var group = GroupDocument(g);
            groups.Add(group.DeepClone());
            _legacy[$"/apis/{g.Group}"] = Bytes(group);
        }
        _legacy["/apis"] = Bytes(new JsonObject { ["kind"] = "APIGroupList", ["apiVersion"] = "v1", ["groups"] = groups });
        foreach (var g in catalog.GroupVersions)
            foreach (var v in g.Versions)
                _legacy[g.Group.Length == 0 ? $"/api/{v}" : $"/apis/{g.Group}/{v}"] = Bytes(ResourceList(g.Group, v));
        AggregatedCore = Bytes(Aggregated(legacyGroup: true));
        AggregatedGroups = Bytes(Aggregated(legacyGroup: false));
    }

    public byte[] AggregatedCore { get; }
    public byte[] AggregatedGroups { get; }

    public byte[]? Legacy(string path) => _legacy.GetValueOrDefault(path.TrimEnd('/'));

    private static JsonObject GroupDocument(ApiGroupVersions g)
    {
        JsonObject Gv(string v) => new() { ["groupVersion"] = $"{g.Group}/{v}", ["version"] = v };
        return new JsonObject
        {
            ["kind"] = "APIGroup",
            ["apiVersion"] = "v1",
            ["name"] = g.Group,
            ["versions"] = new JsonArray(g.Versions.Select(v => (JsonNode)Gv(v)).ToArray()),
            ["preferredVersion"] = Gv(g.PreferredVersion),
        };
    }

    private JsonObject ResourceList(string group, string version)
    {
        var resources = new JsonArray();
        foreach (var r in _catalog.InGroupVersion(group, version))
        {
            var entry = new JsonObject
            {
                ["name"] = r.Resource,
                ["singularName"] = r.Singular,
                ["namespaced"] = r.Namespaced,
                ["kind"] = r.Kind,
                ["verbs"] = Strings(r.Verbs),
            };
            if (r.ShortNames.Length > 0) entry["shortNames"] = Strings(r.ShortNames);
            if (r.Categories.Length > 0) entry["categories"] = Strings(r.Categories);
            entry["storageVersionHash"] = StorageVersionHash(r);
            resources.Add(entry);
            foreach (var sub in r.Subresources)
            {
                var (g, v, kind, verbs) = SubresourceKinds.Of(r, sub);
                var subEntry = new JsonObject { ["name"] = $"{r.Resource}/{sub}", ["singularName"] = "", ["namespaced"] = r.Namespaced };
                if (g != group || v != version) { subEntry["group"] = g; subEntry["version"] = v; }
                subEntry["kind"] = kind;
                subEntry["verbs"] = Strings(verbs);
                resources.Add(subEntry);
            }
        }
        return new JsonObject
        {
            ["kind"] = "APIResourceList",
            ["apiVersion"] = "v1",
            ["groupVersion"] = group.Length == 0 ? version : $"{group}/{version}",
            ["resources"] = resources,
        };
    }

    private JsonObject Aggregated(bool legacyGroup)
    {
        var items = new JsonArray();
        foreach (var g in _catalog.GroupVersions.Where(g => (g.Group.Length == 0) == legacyGroup))
        {
            var versions = new JsonArray();
            foreach (var v in g.Versions)
            {
                var resources = new JsonArray();
                foreach (var r in _catalog.InGroupVersion(g.Group, v).OrderBy(r => r.Resource, StringComparer.Ordinal))
                {
                    var entry = new JsonObject
                    {
                        ["resource"] = r.Resource,
                        ["responseKind"] = Gvk(r.Group, r.Version, r.Kind),
                        ["scope"] = r.Namespaced ? "Namespaced" : "Cluster",
                        ["singularResource"] = r.Singular,
                        ["verbs"] = Strings(r.Verbs),
                    };
                    if (r.ShortNames.Length > 0) entry["shortNames"] = Strings(r.ShortNames);
                    if (r.Categories.Length > 0) entry["categories"] = Strings(r.Categories);
                    if (r.Subresources.Length > 0)
                    {
                        entry["subresources"] = new JsonArray(r.Subresources.Select(sub =>
                        {
                            var (sg, sv, kind, verbs) = SubresourceKinds.Of(r, sub);
                            return (JsonNode)new JsonObject { ["subresource"] = sub, ["responseKind"] = Gvk(sg, sv, kind), ["verbs"] = Strings(verbs) };
                        }).ToArray());
                    }
                    resources.Add(entry);
                }
                versions.Add(new JsonObject { ["version"] = v, ["resources"] = resources, ["freshness"] = "Current" });
            }
            items.Add(new JsonObject { ["metadata"] = new JsonObject { ["name"] = g.Group, ["creationTimestamp"] = null }, ["versions"] = versions });
        }
        return new JsonObject
        {
            ["kind"] = "APIGroupDiscoveryList",
            ["apiVersion"] = "apidiscovery.k8s.io/v2",
            ["metadata"] = new JsonObject(),
            ["items"] = items,
        };
    }

    private static JsonObject Gvk(string group, string version, string kind) => new() { ["group"] = group, ["version"] = version, ["kind"] = kind };

    private static JsonArray Strings(IEnumerable<string> values) => new(values.Select(v => (JsonNode)JsonValue.Create(v)).ToArray());

    // Upstream hashes group/version/kind of the storage version; clients only compare it for equality.
    private string StorageVersionHash(ResourceInfo r)
    {
        var storage = _catalog.StorageResourceOf(r);
        var bytes = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"{storage.Group}/{storage.Version}/{storage.Kind}"));
        return Convert.ToBase64String(bytes, 0, 8);
    }

    private static byte[] Bytes(JsonNode node) => JsonSerializer.SerializeToUtf8Bytes(node);
}
