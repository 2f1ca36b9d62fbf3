using Tugboat.Api.Schema;

namespace Tugboat.Api.Core.V1;

[MapType("atomic")]
[Doc("Selects a field of the pod by path.")]
public sealed class ObjectFieldSelector
{
    public string? APIVersion { get; set; }
    [RequiredField] public string FieldPath { get; set; } = "";
}

[MapType("atomic")]
[Doc("Selects a resource (limits.cpu, requests.memory, ...) of a container.")]
public sealed class ResourceFieldSelector
{
    public string? ContainerName { get; set; }
    [RequiredField] public string Resource { get; set; } = "";
    public Quantity? Divisor { get; set; }
}
