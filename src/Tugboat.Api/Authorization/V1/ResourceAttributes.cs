using Tugboat.Api.Meta;
using Tugboat.Api.Schema;

namespace Tugboat.Api.Authorization.V1;

[Doc("A request on a resource, as an authorizer sees it.")]
public sealed class ResourceAttributes
{
    [Doc("Namespace of the request; empty for cluster-scoped resources or all namespaces.")]
    public string? Namespace { get; set; }
    [Doc("get, list, watch, create, update, patch, delete, deletecollection, or * for all.")]
    public string? Verb { get; set; }
    [Doc("API group of the resource; * means all.")]
    public string? Group { get; set; }
    public string? Version { get; set; }
    [Doc("The resource; * means all.")]
    public string? Resource { get; set; }
    [Doc("The subresource, if any.")]
    public string? Subresource { get; set; }
    [Doc("Name of the object; empty means all.")]
    public string? Name { get; set; }
    public FieldSelectorAttributes? FieldSelector { get; set; }
    public LabelSelectorAttributes? LabelSelector { get; set; }
}

public sealed class FieldSelectorAttributes
{
    public string? RawSelector { get; set; }
    [ListType("atomic")]
    public List<FieldSelectorRequirement>? Requirements { get; set; }
}

public sealed class LabelSelectorAttributes
{
    public string? RawSelector { get; set; }
    [ListType("atomic")]
    public List<LabelSelectorRequirement>? Requirements { get; set; }
}
