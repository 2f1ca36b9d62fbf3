using Tugboat.Api.Schema;

namespace Tugboat.Api.Core.V1;

[MapType("atomic")]
[Doc("Selects a field of the pod by path.")]
public sealed class ObjectFieldSelector
{
    [ProtoField(1, OmitEmpty = true)] public string? APIVersion { get; set; }
    [RequiredField, ProtoField(2)] public string FieldPath { get; set; } = "";
}

[MapType("atomic")]
[Doc("Selects a resource (limits.cpu, requests.memory, ...) of a container.")]
public sealed class ResourceFieldSelector
{
    [ProtoField(1, OmitEmpty = true)] public string? ContainerName { get; set; }
    [RequiredField, ProtoField(2)] public string Resource { get; set; } = "";
    [ProtoField(3)] public Quantity? Divisor { get; set; }
}
