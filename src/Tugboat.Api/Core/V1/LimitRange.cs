using Tugboat.Api.Meta;
using Tugboat.Api.Schema;

namespace Tugboat.Api.Core.V1;

[KubernetesKind("", "v1", "LimitRange")]
[Doc("Default, minimum and maximum resource values applied to pods, containers and claims in a namespace.")]
public sealed class LimitRange : KubernetesObject
{
    [Doc("The limits to enforce.")]
    [ProtoField(2)] public LimitRangeSpec? Spec { get; set; }
}

[Doc("The limits of a LimitRange.")]
public sealed class LimitRangeSpec
{
    [Doc("Limits per kind of object.")]
    [RequiredField] [ListType("atomic"), ProtoField(1)] public List<LimitRangeItem> Limits { get; set; } = [];
}

[Doc("Resource limits for one kind of object (Pod, Container or PersistentVolumeClaim).")]
public sealed class LimitRangeItem
{
    [Doc("Pod, Container or PersistentVolumeClaim.")]
    [RequiredField, ProtoField(1)] public string Type { get; set; } = "";
    [Doc("Maximum of each resource.")]
    [ProtoField(2)] public Dictionary<string, Quantity>? Max { get; set; }
    [Doc("Minimum of each resource.")]
    [ProtoField(3)] public Dictionary<string, Quantity>? Min { get; set; }
    [Doc("Default limit of each resource when unset.")]
    [ProtoField(4)] public Dictionary<string, Quantity>? Default { get; set; }
    [Doc("Default request of each resource when unset.")]
    [ProtoField(5)] public Dictionary<string, Quantity>? DefaultRequest { get; set; }
    [Doc("Maximum ratio of limit to request for each resource.")]
    [ProtoField(6)] public Dictionary<string, Quantity>? MaxLimitRequestRatio { get; set; }
}
