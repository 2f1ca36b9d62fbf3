using Tugboat.Api.Meta;
using Tugboat.Api.Schema;

namespace Tugboat.Api.Core.V1;

[KubernetesKind("", "v1", "LimitRange")]
[Doc("Default, minimum and maximum resource values applied to pods, containers and claims in a namespace.")]
public sealed class LimitRange : KubernetesObject
{
    [Doc("The limits to enforce.")]
    public LimitRangeSpec? Spec { get; set; }
}

[Doc("The limits of a LimitRange.")]
public sealed class LimitRangeSpec
{
    [Doc("Limits per kind of object.")]
    [RequiredField] [ListType("atomic")] public List<LimitRangeItem> Limits { get; set; } = [];
}

[Doc("Resource limits for one kind of object (Pod, Container or PersistentVolumeClaim).")]
public sealed class LimitRangeItem
{
    [Doc("Pod, Container or PersistentVolumeClaim.")]
    [RequiredField] public string Type { get; set; } = "";
    [Doc("Maximum of each resource.")]
    public Dictionary<string, Quantity>? Max { get; set; }
    [Doc("Minimum of each resource.")]
    public Dictionary<string, Quantity>? Min { get; set; }
    [Doc("Default limit of each resource when unset.")]
    public Dictionary<string, Quantity>? Default { get; set; }
    [Doc("Default request of each resource when unset.")]
    public Dictionary<string, Quantity>? DefaultRequest { get; set; }
    [Doc("Maximum ratio of limit to request for each resource.")]
    public Dictionary<string, Quantity>? MaxLimitRequestRatio { get; set; }
}
