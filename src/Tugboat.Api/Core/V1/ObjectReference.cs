using Tugboat.Api.Schema;

namespace Tugboat.Api.Core.V1;

[MapType("atomic")]
[Doc("A reference to any object, with enough information to find it.")]
public sealed class ObjectReference
{
    public string? Kind { get; set; }
    public string? Namespace { get; set; }
    public string? Name { get; set; }
    public string? UID { get; set; }
    public string? APIVersion { get; set; }
    public string? ResourceVersion { get; set; }
    [Doc("Path to a part of the object, e.g. spec.containers{name}.")]
    public string? FieldPath { get; set; }
}
