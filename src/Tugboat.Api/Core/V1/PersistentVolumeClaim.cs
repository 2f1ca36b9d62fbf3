using Tugboat.Api.Meta;
using Tugboat.Api.Schema;

namespace Tugboat.Api.Core.V1;

[KubernetesKind("", "v1", "PersistentVolumeClaim")]
[Doc("A request for storage by a user; it binds to a PersistentVolume that satisfies it.")]
public sealed class PersistentVolumeClaim : KubernetesObject
{
    [Doc("What storage the user wants.")]
    public PersistentVolumeClaimSpec? Spec { get; set; }
    [Doc("Binding state and actual capacity of the claim.")]
    public PersistentVolumeClaimStatus? Status { get; set; }
}

[Doc("The storage a claim asks for.")]
public sealed class PersistentVolumeClaimSpec
{
    [Doc("Access modes the volume must support.")]
    [ListType("atomic")] public List<string>? AccessModes { get; set; }
    [Doc("Label query over volumes that may be bound.")]
    public LabelSelector? Selector { get; set; }
    [Doc("Minimum size (and other resources) the volume must have.")]
    public VolumeResourceRequirements? Resources { get; set; }
    [Doc("Name of the PersistentVolume bound to this claim.")]
    public string? VolumeName { get; set; }
    [Doc("StorageClass required by the claim; \"\" asks for a volume without a class.")]
    public string? StorageClassName { get; set; }
    [Doc("Filesystem (default) or Block.")]
    public string? VolumeMode { get; set; }
    [Doc("An existing snapshot or claim to populate the new volume from.")]
    public TypedLocalObjectReference? DataSource { get; set; }
    [Doc("Any object, possibly in another namespace, to populate the new volume from.")]
    public TypedObjectReference? DataSourceRef { get; set; }
    public string? VolumeAttributesClassName { get; set; }
}

[Doc("Storage resources a claim requests and limits.")]
public sealed class VolumeResourceRequirements
{
    public Dictionary<string, Quantity>? Limits { get; set; }
    public Dictionary<string, Quantity>? Requests { get; set; }
}

[Doc("The observed state of a claim.")]
public sealed class PersistentVolumeClaimStatus
{
    [Doc("Pending, Bound or Lost.")]
    public string? Phase { get; set; }
    [Doc("Access modes of the bound volume.")]
    [ListType("atomic")] public List<string>? AccessModes { get; set; }
    [Doc("Actual resources of the bound volume.")]
    public Dictionary<string, Quantity>? Capacity { get; set; }
    [PatchMergeKey("type")]
    [PatchStrategy("merge")]
    [ListType("map")]
    [ListMapKeys("type")]
    public List<PersistentVolumeClaimCondition>? Conditions { get; set; }
    [Doc("Resources allocated to the claim, including pending expansions.")]
    public Dictionary<string, Quantity>? AllocatedResources { get; set; }
    [MapType("granular")] public Dictionary<string, string>? AllocatedResourceStatuses { get; set; }
    public string? CurrentVolumeAttributesClassName { get; set; }
    public ModifyVolumeStatus? ModifyVolumeStatus { get; set; }
}

[Doc("One aspect of a claim's state, such as Resizing.")]
public sealed class PersistentVolumeClaimCondition
{
    [RequiredField] public string Type { get; set; } = "";
    [RequiredField] public string Status { get; set; } = "";
    public DateTimeOffset? LastProbeTime { get; set; }
    public DateTimeOffset? LastTransitionTime { get; set; }
    public string? Reason { get; set; }
    public string? Message { get; set; }
}

[Doc("Status of a volume attributes class change of a claim.")]
public sealed class ModifyVolumeStatus
{
    public string? TargetVolumeAttributesClassName { get; set; }
    [RequiredField] public string Status { get; set; } = "";
}
