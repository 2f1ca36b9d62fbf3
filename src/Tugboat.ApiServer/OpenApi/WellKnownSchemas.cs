namespace Tugboat.ApiServer.OpenApi;

/// <summary>
/// Components that have no C# API class behind them (scalar wrappers, the PATCH body, watch events, discovery
/// documents), written as kube-openapi writes them in v3: Quantity and IntOrString as oneOf unions without a
/// type, Time as a date-time string.
/// </summary>
internal static class WellKnownSchemas
{
    public sealed record Schema(string Json, params string[] DependsOn);

    public static readonly IReadOnlyDictionary<string, Schema> All = new Dictionary<string, Schema>(StringComparer.Ordinal)
    {
        [OpenApiNames.Time] = new("""
            {"description":"Time is a timestamp serialized as an RFC 3339 string, in UTC, with second precision.","format":"date-time","type":"string"}
            """),
        [OpenApiNames.MicroTime] = new("""
            {"description":"MicroTime is a timestamp serialized as an RFC 3339 string with microsecond precision.","format":"date-time","type":"string"}
            """),
        [OpenApiNames.Quantity] = new("""
            {"description":"Quantity is a fixed-point number with an optional suffix: a binary SI suffix (Ki, Mi, Gi, Ti, Pi, Ei), a decimal SI suffix (n, u, m, \"\", k, M, G, T, P, E) or a decimal exponent (e3, E-6). Examples: 100m, 1.5Gi, 2e3. It is serialized as a string in canonical form.","oneOf":[{"type":"string"},{"type":"number"}]}
            """),
        [OpenApiNames.IntOrString] = new("""
            {"description":"IntOrString holds either an int32 or a string. A number given as a string (\"8080\") stays a string; percentages such as \"25%\" are strings.","format":"int-or-string","oneOf":[{"type":"integer"},{"type":"string"}],"x-kubernetes-int-or-string":true}
            """),
        [OpenApiNames.RawExtension] = new("""
            {"description":"RawExtension holds an embedded object of any kind, serialized as its own JSON.","type":"object","x-kubernetes-preserve-unknown-fields":true}
            """),
        [OpenApiNames.Patch] = new("""
            {"description":"Patch is the body of a PATCH request: a JSON patch, merge patch, strategic merge patch or apply configuration, as told by the Content-Type.","type":"object"}
            """),
        [OpenApiNames.WatchEvent] = new("""
            {"description":"Event represents a single event to a watched resource.","properties":{"object":{"allOf":[{"$ref":"#/components/schemas/io.k8s.apimachinery.pkg.runtime.RawExtension"}],"description":"Object is the object of the event: for ADDED and MODIFIED the new state, for DELETED the last state, for BOOKMARK an object carrying only the resourceVersion, for ERROR a Status."},"type":{"default":"","description":"ADDED, MODIFIED, DELETED, BOOKMARK or ERROR.","type":"string"}},"required":["type","object"],"type":"object"}
            """, OpenApiNames.RawExtension),
        [OpenApiNames.APIResource] = new("""
            {"description":"APIResource specifies the name of a resource and whether it is namespaced.","properties":{"categories":{"description":"Groupings of resources this resource belongs to, e.g. 'all'.","items":{"default":"","type":"string"},"type":"array","x-kubernetes-list-type":"atomic"},"group":{"description":"The preferred group of the resource, when it differs from the group of the list.","type":"string"},"kind":{"default":"","description":"The kind of the resource, e.g. Deployment.","type":"string"},"name":{"default":"","description":"The plural name of the resource, with the subresource after a slash for a subresource.","type":"string"},"namespaced":{"default":false,"description":"Whether the resource is namespaced.","type":"boolean"},"shortNames":{"description":"Suggested short names of the resource.","items":{"default":"","type":"string"},"type":"array","x-kubernetes-list-type":"atomic"},"singularName":{"default":"","description":"The singular name of the resource.","type":"string"},"storageVersionHash":{"description":"An opaque hash of the storage version, for clients to notice changes.","type":"string"},"verbs":{"description":"The verbs the resource supports: get, list, watch, create, update, patch, delete, deletecollection, proxy.","items":{"default":"","type":"string"},"type":"array"},"version":{"description":"The preferred version of the resource, when it differs from the version of the list.","type":"string"}},"required":["name","singularName","namespaced","kind","verbs"],"type":"object"}
            """),
        [OpenApiNames.APIResourceList] = new("""
            {"description":"APIResourceList is a list of APIResource, the resources served at one group/version.","properties":{"apiVersion":{"description":"APIVersion defines the versioned schema of this representation of an object.","type":"string"},"groupVersion":{"default":"","description":"The group and version of the resources.","type":"string"},"kind":{"description":"Kind is a string value representing the REST resource this object represents.","type":"string"},"resources":{"description":"The resources served at this group/version.","items":{"allOf":[{"$ref":"#/components/schemas/io.k8s.apimachinery.pkg.apis.meta.v1.APIResource"}],"default":{}},"type":"array","x-kubernetes-list-type":"atomic"}},"required":["groupVersion","resources"],"type":"object","x-kubernetes-group-version-kind":[{"group":"","kind":"APIResourceList","version":"v1"}]}
            """, OpenApiNames.APIResource),
        [OpenApiNames.ServerAddressByClientCIDR] = new("""
            {"description":"ServerAddressByClientCIDR tells a client which server address to use for its client CIDR.","properties":{"clientCIDR":{"default":"","description":"The CIDR the address applies to.","type":"string"},"serverAddress":{"default":"","description":"host:port the client should use.","type":"string"}},"required":["clientCIDR","serverAddress"],"type":"object"}
            """),
        [OpenApiNames.GroupVersionForDiscovery] = new("""
            {"description":"GroupVersionForDiscovery names one version of an API group.","properties":{"groupVersion":{"default":"","description":"\"group/version\".","type":"string"},"version":{"default":"","description":"The version, e.g. v1.","type":"string"}},"required":["groupVersion","version"],"type":"object"}
            """),
        [OpenApiNames.APIGroup] = new("""
            {"description":"APIGroup contains the name, the supported versions and the preferred version of a group.","properties":{"apiVersion":{"description":"APIVersion defines the versioned schema of this representation of an object.","type":"string"},"kind":{"description":"Kind is a string value representing the REST resource this object represents.","type":"string"},"name":{"default":"","description":"The name of the group.","type":"string"},"preferredVersion":{"allOf":[{"$ref":"#/components/schemas/io.k8s.apimachinery.pkg.apis.meta.v1.GroupVersionForDiscovery"}],"default":{},"description":"The version clients should use."},"serverAddressByClientCIDRs":{"description":"Server addresses by client CIDR.","items":{"allOf":[{"$ref":"#/components/schemas/io.k8s.apimachinery.pkg.apis.meta.v1.ServerAddressByClientCIDR"}],"default":{}},"type":"array","x-kubernetes-list-type":"atomic"},"versions":{"description":"The versions served in this group.","items":{"allOf":[{"$ref":"#/components/schemas/io.k8s.apimachinery.pkg.apis.meta.v1.GroupVersionForDiscovery"}],"default":{}},"type":"array","x-kubernetes-list-type":"atomic"}},"required":["name","versions"],"type":"object","x-kubernetes-group-version-kind":[{"group":"","kind":"APIGroup","version":"v1"}]}
            """, OpenApiNames.GroupVersionForDiscovery, OpenApiNames.ServerAddressByClientCIDR),
        [OpenApiNames.APIGroupList] = new("""
            {"description":"APIGroupList is the list of groups served at /apis.","properties":{"apiVersion":{"description":"APIVersion defines the versioned schema of this representation of an object.","type":"string"},"groups":{"description":"The served groups.","items":{"allOf":[{"$ref":"#/components/schemas/io.k8s.apimachinery.pkg.apis.meta.v1.APIGroup"}],"default":{}},"type":"array","x-kubernetes-list-type":"atomic"},"kind":{"description":"Kind is a string value representing the REST resource this object represents.","type":"string"}},"required":["groups"],"type":"object","x-kubernetes-group-version-kind":[{"group":"","kind":"APIGroupList","version":"v1"}]}
            """, OpenApiNames.APIGroup),
        [OpenApiNames.APIVersions] = new("""
            {"description":"APIVersions lists the versions served at /api.","properties":{"apiVersion":{"description":"APIVersion defines the versioned schema of this representation of an object.","type":"string"},"kind":{"description":"Kind is a string value representing the REST resource this object represents.","type":"string"},"serverAddressByClientCIDRs":{"description":"Server addresses by client CIDR.","items":{"allOf":[{"$ref":"#/components/schemas/io.k8s.apimachinery.pkg.apis.meta.v1.ServerAddressByClientCIDR"}],"default":{}},"type":"array","x-kubernetes-list-type":"atomic"},"versions":{"description":"The versions served at /api.","items":{"default":"","type":"string"},"type":"array","x-kubernetes-list-type":"atomic"}},"required":["versions","serverAddressByClientCIDRs"],"type":"object","x-kubernetes-group-version-kind":[{"group":"","kind":"APIVersions","version":"v1"}]}
            """, OpenApiNames.ServerAddressByClientCIDR),
    };
}
