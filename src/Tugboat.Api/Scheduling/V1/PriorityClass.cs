using Tugboat.Api.Meta;
using Tugboat.Api.Schema;

namespace Tugboat.Api.Scheduling.V1;

[KubernetesKind("scheduling.k8s.io", "v1", "PriorityClass")]
[Doc("Maps a priority class name to an integer priority for pods.")]
public sealed class PriorityClass : KubernetesObject
{
    [RequiredField, Doc("The priority of pods using this class; higher schedules first.")]
    [ProtoField(2)] public int Value { get; set; }
    [Doc("Whether pods without a priority class get this one. Only one class may be the default.")]
    [ProtoField(3, OmitEmpty = true)] public bool? GlobalDefault { get; set; }
    [Doc("When to use this class.")]
    [ProtoField(4, OmitEmpty = true)] public string? Description { get; set; }
    [Doc("PreemptLowerPriority (default) or Never.")]
    [ProtoField(5)] public string? PreemptionPolicy { get; set; }
}

public sealed class PriorityClassList : IKubernetesList
{
    [ProtoField(0)] public string? ApiVersion { get; set; }
    [ProtoField(0)] public string? Kind { get; set; }
    [ProtoField(1)] public ListMeta Metadata { get; set; } = new();
    [RequiredField]
    [ProtoField(2)] public List<PriorityClass> Items { get; set; } = [];
}
