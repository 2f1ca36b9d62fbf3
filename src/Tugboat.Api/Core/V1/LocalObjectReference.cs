using Tugboat.Api.Schema;

namespace Tugboat.Api.Core.V1;

[MapType("atomic")]
[Doc("A reference to an object by name in the same namespace.")]
public sealed class LocalObjectReference
{
    [Doc("Name of the referent.")]
    [ProtoField(1, OmitEmpty = true)] public string? Name { get; set; }
}
