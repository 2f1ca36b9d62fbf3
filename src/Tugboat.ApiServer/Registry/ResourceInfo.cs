namespace Tugboat.ApiServer.Registry;

/// <summary>One REST resource as served at one group/version (pods in v1, deployments in apps/v1, ...).</summary>
public sealed record ResourceInfo
{
    public required string Group { get; init; }
    public required string Version { get; init; }
    /// <summary>The plural lower-case name used in URLs ("pods").</summary>
    public required string Resource { get; init; }
    public required string Kind { get; init; }
    public required string Singular { get; init; }
    public required bool Namespaced { get; init; }
    /// <summary>The C# type the objects deserialize into.</summary>
    public required Type ClrType { get; init; }
    public string[] ShortNames { get; init; } = [];
    public string[] Categories { get; init; } = [];
    public string[] Verbs { get; init; } = StandardVerbs;
    /// <summary>Subresources served under this resource, e.g. "status", "scale", "binding", "eviction", "log".</summary>
    public string[] Subresources { get; init; } = [];
    /// <summary>The group/version objects of this resource are stored in; different for a second served version (autoscaling/v1 HPA is stored as v2).</summary>
    public string? StorageVersion { get; init; }
    /// <summary>Key prefix in the store, shared by all versions of one resource: "/registry/pods/".</summary>
    public string StoragePrefix => $"/registry/{(StorageGroup.Length == 0 ? "" : StorageGroup + "/")}{StorageResource}/";
    /// <summary>The group of the storage version (events.k8s.io Events are stored as core Events).</summary>
    public string StorageGroup => StorageVersion is null ? Group : ResourceCatalog.SplitApiVersion(StorageVersion).Group;
    /// <summary>Converts between this served version and the storage version; null when they are the same.</summary>
    public Conversion.IVersionConverter? Converter { get; init; }
    /// <summary>The resource name in storage when it differs from the served one (events.k8s.io events share core events' storage).</summary>
    public string? StoredAs { get; init; }
    public string StorageResource => StoredAs ?? Resource;

    public string ApiVersion => Group.Length == 0 ? Version : $"{Group}/{Version}";
    public string ListKind => Kind + "List";

    /// <summary>The path prefix of this resource's group/version: "/api/v1" or "/apis/apps/v1".</summary>
    public string ApiPrefix => Group.Length == 0 ? $"/api/{Version}" : $"/apis/{Group}/{Version}";

    public static readonly string[] StandardVerbs =
        ["create", "delete", "deletecollection", "get", "list", "patch", "update", "watch"];

    public override string ToString() => Group.Length == 0 ? Resource : $"{Resource}.{Group}";
}
