using Tugboat.Api.Meta;
using Tugboat.Api.Schema;
using CoreV1 = Tugboat.Api.Core.V1;

namespace Tugboat.Api.Apps.V1;

[KubernetesKind("apps", "v1", "StatefulSet")]
[Doc("Runs pods with stable ordinal names, stable network identities and their own persistent volumes, created and replaced in order.")]
public sealed class StatefulSet : KubernetesObject
{
    [Doc("The desired pods, their storage and how they are updated.")]
    [ProtoField(2)] public StatefulSetSpec? Spec { get; set; }
    [Doc("What the statefulset controller last observed.")]
    [ProtoField(3)] public StatefulSetStatus? Status { get; set; }
}

public sealed class StatefulSetList : IKubernetesList
{
    [ProtoField(0)] public string? ApiVersion { get; set; }
    [ProtoField(0)] public string? Kind { get; set; }
    [ProtoField(1)] public ListMeta Metadata { get; set; } = new();
    [RequiredField]
    [ProtoField(2)] public List<StatefulSet> Items { get; set; } = [];
}

public sealed class StatefulSetSpec
{
    [Doc("Number of pods wanted. Defaults to 1.")]
    [ProtoField(1)] public int? Replicas { get; set; }
    [RequiredField, Doc("Label query for the pods of this set; must match the template labels.")]
    [ProtoField(2)] public LabelSelector? Selector { get; set; }
    [RequiredField, Doc("The pod each ordinal is created from; pods are named <set>-<ordinal>.")]
    [ProtoField(3)] public CoreV1.PodTemplateSpec Template { get; set; } = new();
    [ListType("atomic"), Doc("Claims made once per pod (named <claim>-<set>-<ordinal>) and mounted into it; a template volume with the same name is replaced by the claim.")]
    [ProtoField(4)] public List<CoreV1.PersistentVolumeClaim>? VolumeClaimTemplates { get; set; }
    [RequiredField, Doc("The governing (usually headless) service that gives each pod a DNS name.")]
    [ProtoField(5)] public string ServiceName { get; set; } = "";
    [Doc("OrderedReady (default: one at a time, in order) or Parallel.")]
    [ProtoField(6, OmitEmpty = true)] public string? PodManagementPolicy { get; set; }
    [Doc("How template changes reach existing pods: RollingUpdate (default) or OnDelete.")]
    [ProtoField(7)] public StatefulSetUpdateStrategy? UpdateStrategy { get; set; }
    [Doc("How many ControllerRevisions to keep. Defaults to 10.")]
    [ProtoField(8)] public int? RevisionHistoryLimit { get; set; }
    [ProtoField(9, OmitEmpty = true)] public int? MinReadySeconds { get; set; }
    [Doc("Whether claims from volumeClaimTemplates are kept or deleted when the set is deleted or scaled down.")]
    [ProtoField(10)] public StatefulSetPersistentVolumeClaimRetentionPolicy? PersistentVolumeClaimRetentionPolicy { get; set; }
    [Doc("Where pod ordinal numbering starts.")]
    [ProtoField(11)] public StatefulSetOrdinals? Ordinals { get; set; }
}

public sealed class StatefulSetStatus
{
    [ProtoField(1, OmitEmpty = true)] public long? ObservedGeneration { get; set; }
    [RequiredField, Doc("Pods created by the controller.")]
    [ProtoField(2)] public int Replicas { get; set; }
    [Doc("Pods whose Ready condition is true.")]
    [ProtoField(3, OmitEmpty = true)] public int? ReadyReplicas { get; set; }
    [ProtoField(4, OmitEmpty = true)] public int? CurrentReplicas { get; set; }
    [ProtoField(5, OmitEmpty = true)] public int? UpdatedReplicas { get; set; }
    [Doc("Revision that pods below the partition are running.")]
    [ProtoField(6, OmitEmpty = true)] public string? CurrentRevision { get; set; }
    [Doc("Revision of the current template.")]
    [ProtoField(7, OmitEmpty = true)] public string? UpdateRevision { get; set; }
    [ProtoField(9)] public int? CollisionCount { get; set; }
    [PatchMergeKey("type"), PatchStrategy("merge"), ListType("map"), ListMapKeys("type")]
    [ProtoField(10)] public List<StatefulSetCondition>? Conditions { get; set; }
    [ProtoField(11)] public int AvailableReplicas { get; set; }
}

public sealed class StatefulSetUpdateStrategy
{
    [Doc("RollingUpdate or OnDelete.")]
    [ProtoField(1, OmitEmpty = true)] public string? Type { get; set; }
    [ProtoField(2)] public RollingUpdateStatefulSetStrategy? RollingUpdate { get; set; }
}

public sealed class StatefulSetPersistentVolumeClaimRetentionPolicy
{
    [Doc("Retain (default) or Delete the claims when the set is deleted.")]
    [ProtoField(1, OmitEmpty = true)] public string? WhenDeleted { get; set; }
    [Doc("Retain (default) or Delete the claims of pods removed by a scale down.")]
    [ProtoField(2, OmitEmpty = true)] public string? WhenScaled { get; set; }
}

public sealed class StatefulSetOrdinals
{
    [Doc("The ordinal of the first pod. Defaults to 0.")]
    [ProtoField(1)] public int Start { get; set; }
}

public sealed class StatefulSetCondition
{
    [RequiredField]
    [ProtoField(1)] public string Type { get; set; } = "";
    [RequiredField]
    [ProtoField(2)] public string Status { get; set; } = "";
    [ProtoField(3)] public DateTimeOffset? LastTransitionTime { get; set; }
    [ProtoField(4, OmitEmpty = true)] public string? Reason { get; set; }
    [ProtoField(5, OmitEmpty = true)] public string? Message { get; set; }
}

public sealed class RollingUpdateStatefulSetStrategy
{
    [Doc("Only pods with an ordinal at or above this number are updated. Defaults to 0.")]
    [ProtoField(1)] public int? Partition { get; set; }
    [Doc("How many pods may be down at once during an update (alpha, MaxUnavailableStatefulSet). Defaults to 1.")]
    [ProtoField(2)] public IntOrString? MaxUnavailable { get; set; }
}
