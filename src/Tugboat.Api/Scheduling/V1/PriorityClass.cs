using Tugboat.Api.Meta;
using Tugboat.Api.Schema;

namespace Tugboat.Api.Scheduling.V1;

[KubernetesKind("scheduling.k8s.io", "v1", "PriorityClass")]
[Doc("Maps a priority class name to an integer priority for pods.")]
public sealed class PriorityClass : KubernetesObject
{
    [RequiredField, Doc("The priority of pods using this class; higher schedules first.")]
    public int Value { get; set; }
    [Doc("Whether pods without a priority class get this one. Only one class may be the default.")]
    public bool? GlobalDefault { get; set; }
    [Doc("When to use this class.")]
    public string? Description { get; set; }
    [Doc("PreemptLowerPriority (default) or Never.")]
    public string? PreemptionPolicy { get; set; }
}

public sealed class PriorityClassList : IKubernetesList
{
    public string? ApiVersion { get; set; }
    public string? Kind { get; set; }
    public ListMeta Metadata { get; set; } = new();
    [RequiredField]
    public List<PriorityClass> Items { get; set; } = [];
}
