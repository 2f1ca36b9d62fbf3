using Tugboat.Api.Meta;
using Tugboat.Api.Schema;

namespace Tugboat.Api.Authorization.V1;

[Doc("A request on a resource, as an authorizer sees it.")]
public sealed class ResourceAttributes
{
    [Doc("Namespace of the request; empty for cluster-scoped resources or all namespaces.")]
    [ProtoField(1, OmitEmpty = true)] public string? Namespace { get; set; }
    [Doc("get, list, watch, create, update, patch, delete, deletecollection, or * for all.")]
    [ProtoField(2, OmitEmpty = true)] public string? Verb { get; set; }
    [Doc("API group of the resource; * means all.")]
    [ProtoField(3, OmitEmpty = true)] public string? Group { get; set; }
    [ProtoField(4, OmitEmpty = true)] public string? Version { get; set; }
    [Doc("The resource; * means all.")]
    [ProtoField(5, OmitEmpty = true)] public string? Resource { get; set; }
    [Doc("The subresource, if any.")]
    [ProtoField(6, OmitEmpty = true)] public string? Subresource { get; set; }
    [Doc("Name of the object; empty means all.")]
    [ProtoField(7, OmitEmpty = true)] public string? Name { get; set; }
    [ProtoField(8)] public FieldSelectorAttributes? FieldSelector { get; set; }
    [ProtoField(9)] public LabelSelectorAttributes? LabelSelector { get; set; }
}

public sealed class FieldSelectorAttributes
{
    [ProtoField(1, OmitEmpty = true)] public string? RawSelector { get; set; }
    [ListType("atomic")]
    [ProtoField(2)] public List<FieldSelectorRequirement>? Requirements { get; set; }
}

public sealed class LabelSelectorAttributes
{
    [ProtoField(1, OmitEmpty = true)] public string? RawSelector { get; set; }
    [ListType("atomic")]
    [ProtoField(2)] public List<LabelSelectorRequirement>? Requirements { get; set; }
}
