using Tugboat.Api.Schema;

namespace Tugboat.Api.Core.V1;

[MapType("atomic")]
[Doc("A reference to an object of a given kind and API group in the same namespace.")]
public sealed class TypedLocalObjectReference
{
    public string? APIGroup { get; set; }
    [RequiredField] public string Kind { get; set; } = "";
    [RequiredField] public string Name { get; set; } = "";
}

[Doc("A reference to an object of a given kind and API group, optionally in another namespace.")]
public sealed class TypedObjectReference
{
    public string? APIGroup { get; set; }
    [RequiredField] public string Kind { get; set; } = "";
    [RequiredField] public string Name { get; set; } = "";
    public string? Namespace { get; set; }
}
