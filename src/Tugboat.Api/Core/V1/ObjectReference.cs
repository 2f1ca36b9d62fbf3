using Tugboat.Api.Schema;

namespace Tugboat.Api.Core.V1;

[MapType("atomic")]
[Doc("A reference to any object, with enough information to find it.")]
public sealed class ObjectReference
{
    [ProtoField(1, OmitEmpty = true)] public string? Kind { get; set; }
    [ProtoField(2, OmitEmpty = true)] public string? Namespace { get; set; }
    [ProtoField(3, OmitEmpty = true)] public string? Name { get; set; }
    [ProtoField(4, OmitEmpty = true)] public string? UID { get; set; }
    [ProtoField(5, OmitEmpty = true)] public string? APIVersion { get; set; }
    [ProtoField(6, OmitEmpty = true)] public string? ResourceVersion { get; set; }
    [Doc("Path to a part of the object, e.g. spec.containers{name}.")]
    [ProtoField(7, OmitEmpty = true)] public string? FieldPath { get; set; }
}
