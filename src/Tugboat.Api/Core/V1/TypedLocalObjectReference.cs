using Tugboat.Api.Schema;

namespace Tugboat.Api.Core.V1;

[MapType("atomic")]
[Doc("A reference to an object of a given kind and API group in the same namespace.")]
public sealed class TypedLocalObjectReference
{
    [ProtoField(1)] public string? APIGroup { get; set; }
    [RequiredField, ProtoField(2)] public string Kind { get; set; } = "";
    [RequiredField, ProtoField(3)] public string Name { get; set; } = "";
}

[Doc("A reference to an object of a given kind and API group, optionally in another namespace.")]
public sealed class TypedObjectReference
{
    [ProtoField(1)] public string? APIGroup { get; set; }
    [RequiredField, ProtoField(2)] public string Kind { get; set; } = "";
    [RequiredField, ProtoField(3)] public string Name { get; set; } = "";
    [ProtoField(4)] public string? Namespace { get; set; }
}
