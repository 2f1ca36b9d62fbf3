using Tugboat.Api.Schema;

namespace Tugboat.Api.Meta;

[Doc("ObjectMeta is metadata that all persisted resources must have, which includes all objects users must create.")]
public sealed class ObjectMeta
{
    [Doc("Name must be unique within a namespace.")]
    public string? Name { get; set; }
    [Doc("GenerateName is an optional prefix, used by the server, to generate a unique name ONLY IF the Name field has not been provided.")]
    public string? GenerateName { get; set; }
    [Doc("Namespace defines the space within which each name must be unique.")]
    public string? Namespace { get; set; }
    public string? SelfLink { get; set; }
    [Doc("UID is the unique in time and space value for this object.")]
    public string? Uid { get; set; }
    [Doc("An opaque value that represents the internal version of this object.")]
    public string? ResourceVersion { get; set; }
    [Doc("A sequence number representing a specific generation of the desired state.")]
    public long? Generation { get; set; }
    public DateTimeOffset? CreationTimestamp { get; set; }
    public DateTimeOffset? DeletionTimestamp { get; set; }
    public long? DeletionGracePeriodSeconds { get; set; }
    [Doc("Map of string keys and values that can be used to organize and categorize (scope and select) objects.")]
    public Dictionary<string, string>? Labels { get; set; }
    [Doc("Annotations is an unstructured key value map stored with a resource.")]
    public Dictionary<string, string>? Annotations { get; set; }
    [PatchMergeKey("uid"), PatchStrategy("merge"), ListType("map"), ListMapKeys("uid")]
    public List<OwnerReference>? OwnerReferences { get; set; }
    [PatchStrategy("merge"), ListType("set")]
    public List<string>? Finalizers { get; set; }
    [ListType("atomic")]
    public List<ManagedFieldsEntry>? ManagedFields { get; set; }
}

[MapType("atomic")]
public sealed class OwnerReference
{
    [RequiredField] public string ApiVersion { get; set; } = "";
    [RequiredField] public string Kind { get; set; } = "";
    [RequiredField] public string Name { get; set; } = "";
    [RequiredField] public string Uid { get; set; } = "";
    public bool? Controller { get; set; }
    public bool? BlockOwnerDeletion { get; set; }
}

public sealed class ManagedFieldsEntry
{
    public string? Manager { get; set; }
    public string? Operation { get; set; }
    public string? ApiVersion { get; set; }
    public DateTimeOffset? Time { get; set; }
    public string? FieldsType { get; set; }
    [PreserveUnknownFields] public System.Text.Json.Nodes.JsonObject? FieldsV1 { get; set; }
    public string? Subresource { get; set; }
}

public sealed class ListMeta
{
    public string? SelfLink { get; set; }
    public string? ResourceVersion { get; set; }
    [System.Text.Json.Serialization.JsonPropertyName("continue")]
    public string? Continue { get; set; }
    public long? RemainingItemCount { get; set; }
}
