using Tugboat.Api.Schema;

namespace Tugboat.Api.Meta;

[Doc("ObjectMeta is metadata that all persisted resources must have, which includes all objects users must create.")]
public sealed class ObjectMeta
{
    [Doc("Name must be unique within a namespace.")]
    [ProtoField(1, OmitEmpty = true)] public string? Name { get; set; }
    [Doc("GenerateName is an optional prefix, used by the server, to generate a unique name ONLY IF the Name field has not been provided.")]
    [ProtoField(2, OmitEmpty = true)] public string? GenerateName { get; set; }
    [Doc("Namespace defines the space within which each name must be unique.")]
    [ProtoField(3, OmitEmpty = true)] public string? Namespace { get; set; }
    [ProtoField(4, OmitEmpty = true)] public string? SelfLink { get; set; }
    [Doc("UID is the unique in time and space value for this object.")]
    [ProtoField(5, OmitEmpty = true)] public string? Uid { get; set; }
    [Doc("An opaque value that represents the internal version of this object.")]
    [ProtoField(6, OmitEmpty = true)] public string? ResourceVersion { get; set; }
    [Doc("A sequence number representing a specific generation of the desired state.")]
    [ProtoField(7, OmitEmpty = true)] public long? Generation { get; set; }
    [ProtoField(8)] public DateTimeOffset? CreationTimestamp { get; set; }
    [ProtoField(9)] public DateTimeOffset? DeletionTimestamp { get; set; }
    [ProtoField(10)] public long? DeletionGracePeriodSeconds { get; set; }
    [Doc("Map of string keys and values that can be used to organize and categorize (scope and select) objects.")]
    [ProtoField(11)] public Dictionary<string, string>? Labels { get; set; }
    [Doc("Annotations is an unstructured key value map stored with a resource.")]
    [ProtoField(12)] public Dictionary<string, string>? Annotations { get; set; }
    [PatchMergeKey("uid"), PatchStrategy("merge"), ListType("map"), ListMapKeys("uid")]
    [ProtoField(13)] public List<OwnerReference>? OwnerReferences { get; set; }
    [PatchStrategy("merge"), ListType("set")]
    [ProtoField(14)] public List<string>? Finalizers { get; set; }
    [ListType("atomic")]
    [ProtoField(17)] public List<ManagedFieldsEntry>? ManagedFields { get; set; }
}

[MapType("atomic")]
public sealed class OwnerReference
{
    [RequiredField, ProtoField(5)] public string ApiVersion { get; set; } = "";
    [RequiredField, ProtoField(1)] public string Kind { get; set; } = "";
    [RequiredField, ProtoField(3)] public string Name { get; set; } = "";
    [RequiredField, ProtoField(4)] public string Uid { get; set; } = "";
    [ProtoField(6)] public bool? Controller { get; set; }
    [ProtoField(7)] public bool? BlockOwnerDeletion { get; set; }
}

public sealed class ManagedFieldsEntry
{
    [ProtoField(1, OmitEmpty = true)] public string? Manager { get; set; }
    [ProtoField(2, OmitEmpty = true)] public string? Operation { get; set; }
    [ProtoField(3, OmitEmpty = true)] public string? ApiVersion { get; set; }
    [ProtoField(4)] public DateTimeOffset? Time { get; set; }
    [ProtoField(6, OmitEmpty = true)] public string? FieldsType { get; set; }
    [PreserveUnknownFields, ProtoField(7)] public System.Text.Json.Nodes.JsonObject? FieldsV1 { get; set; }
    [ProtoField(8, OmitEmpty = true)] public string? Subresource { get; set; }
}

public sealed class ListMeta
{
    [ProtoField(1, OmitEmpty = true)] public string? SelfLink { get; set; }
    [ProtoField(2, OmitEmpty = true)] public string? ResourceVersion { get; set; }
    [System.Text.Json.Serialization.JsonPropertyName("continue")]
    [ProtoField(3, OmitEmpty = true)] public string? Continue { get; set; }
    [ProtoField(4)] public long? RemainingItemCount { get; set; }
}
