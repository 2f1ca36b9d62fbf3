using Tugboat.Api.Meta;
using Tugboat.Api.Schema;

namespace Tugboat.Api.Core.V1;

[KubernetesKind("", "v1", "PersistentVolumeClaim")]
[Doc("A request for storage by a user; it binds to a PersistentVolume that satisfies it.")]
public sealed class PersistentVolumeClaim : KubernetesObject
{
    [Doc("What storage the user wants.")]
    [ProtoField(2)] public PersistentVolumeClaimSpec? Spec { get; set; }
    [Doc("Binding state and actual capacity of the claim.")]
    [ProtoField(3)] public PersistentVolumeClaimStatus? Status { get; set; }
}

[Doc("The storage a claim asks for.")]
public sealed class PersistentVolumeClaimSpec
{
    [Doc("Access modes the volume must support.")]
    [ListType("atomic"), ProtoField(1)] public List<string>? AccessModes { get; set; }
    [Doc("Label query over volumes that may be bound.")]
    [ProtoField(4)] public LabelSelector? Selector { get; set; }
    [Doc("Minimum size (and other resources) the volume must have.")]
    [ProtoField(2)] public VolumeResourceRequirements? Resources { get; set; }
    [Doc("Name of the PersistentVolume bound to this claim.")]
    [ProtoField(3, OmitEmpty = true)] public string? VolumeName { get; set; }
    [Doc("StorageClass required by the claim; \"\" asks for a volume without a class.")]
    [ProtoField(5)] public string? StorageClassName { get; set; }
    [Doc("Filesystem (default) or Block.")]
    [ProtoField(6)] public string? VolumeMode { get; set; }
    [Doc("An existing snapshot or claim to populate the new volume from.")]
    [ProtoField(7)] public TypedLocalObjectReference? DataSource { get; set; }
    [Doc("Any object, possibly in another namespace, to populate the new volume from.")]
    [ProtoField(8)] public TypedObjectReference? DataSourceRef { get; set; }
    [ProtoField(9)] public string? VolumeAttributesClassName { get; set; }
}

[Doc("Storage resources a claim requests and limits.")]
public sealed class VolumeResourceRequirements
{
    [ProtoField(1)] public Dictionary<string, Quantity>? Limits { get; set; }
    [ProtoField(2)] public Dictionary<string, Quantity>? Requests { get; set; }
}

[Doc("The observed state of a claim.")]
public sealed class PersistentVolumeClaimStatus
{
    [Doc("Pending, Bound or Lost.")]
    [ProtoField(1, OmitEmpty = true)] public string? Phase { get; set; }
    [Doc("Access modes of the bound volume.")]
    [ListType("atomic"), ProtoField(2)] public List<string>? AccessModes { get; set; }
    [Doc("Actual resources of the bound volume.")]
    [ProtoField(3)] public Dictionary<string, Quantity>? Capacity { get; set; }
    [PatchMergeKey("type")]
    [PatchStrategy("merge")]
    [ListType("map")]
    [ListMapKeys("type")]
    [ProtoField(4)] public List<PersistentVolumeClaimCondition>? Conditions { get; set; }
    [Doc("Resources allocated to the claim, including pending expansions.")]
    [ProtoField(5)] public Dictionary<string, Quantity>? AllocatedResources { get; set; }
    [MapType("granular"), ProtoField(7)] public Dictionary<string, string>? AllocatedResourceStatuses { get; set; }
    [ProtoField(8)] public string? CurrentVolumeAttributesClassName { get; set; }
    [ProtoField(9)] public ModifyVolumeStatus? ModifyVolumeStatus { get; set; }
}

[Doc("One aspect of a claim's state, such as Resizing.")]
public sealed class PersistentVolumeClaimCondition
{
    [RequiredField, ProtoField(1)] public string Type { get; set; } = "";
    [RequiredField, ProtoField(2)] public string Status { get; set; } = "";
    [ProtoField(3)] public DateTimeOffset? LastProbeTime { get; set; }
    [ProtoField(4)] public DateTimeOffset? LastTransitionTime { get; set; }
    [ProtoField(5, OmitEmpty = true)] public string? Reason { get; set; }
    [ProtoField(6, OmitEmpty = true)] public string? Message { get; set; }
}

[Doc("Status of a volume attributes class change of a claim.")]
public sealed class ModifyVolumeStatus
{
    [ProtoField(1, OmitEmpty = true)] public string? TargetVolumeAttributesClassName { get; set; }
    [RequiredField, ProtoField(2)] public string Status { get; set; } = "";
}
