using Tugboat.Api.Meta;
using Tugboat.Api.Schema;
using CoreV1 = Tugboat.Api.Core.V1;

namespace Tugboat.Api.Apps.V1;

[KubernetesKind("apps", "v1", "StatefulSet")]
[Doc("Runs pods with stable ordinal names, stable network identities and their own persistent volumes, created and replaced in order.")]
public sealed class StatefulSet : KubernetesObject
{
    [Doc("The desired pods, their storage and how they are updated.")]
    public StatefulSetSpec? Spec { get; set; }
    [Doc("What the statefulset controller last observed.")]
    public StatefulSetStatus? Status { get; set; }
}

public sealed class StatefulSetList : IKubernetesList
{
    public string? ApiVersion { get; set; }
    public string? Kind { get; set; }
    public ListMeta Metadata { get; set; } = new();
    [RequiredField]
    public List<StatefulSet> Items { get; set; } = [];
}

public sealed class StatefulSetSpec
{
    [Doc("Number of pods wanted. Defaults to 1.")]
    public int? Replicas { get; set; }
    [RequiredField, Doc("Label query for the pods of this set; must match the template labels.")]
    public LabelSelector? Selector { get; set; }
    [RequiredField, Doc("The pod each ordinal is created from; pods are named <set>-<ordinal>.")]
    public CoreV1.PodTemplateSpec Template { get; set; } = new();
    [ListType("atomic"), Doc("Claims made once per pod (named <claim>-<set>-<ordinal>) and mounted into it; a template volume with the same name is replaced by the claim.")]
    public List<CoreV1.PersistentVolumeClaim>? VolumeClaimTemplates { get; set; }
    [RequiredField, Doc("The governing (usually headless) service that gives each pod a DNS name.")]
    public string ServiceName { get; set; } = "";
    [Doc("OrderedReady (default: one at a time, in order) or Parallel.")]
    public string? PodManagementPolicy { get; set; }
    [Doc("How template changes reach existing pods: RollingUpdate (default) or OnDelete.")]
    public StatefulSetUpdateStrategy? UpdateStrategy { get; set; }
    [Doc("How many ControllerRevisions to keep. Defaults to 10.")]
    public int? RevisionHistoryLimit { get; set; }
    public int? MinReadySeconds { get; set; }
    [Doc("Whether claims from volumeClaimTemplates are kept or deleted when the set is deleted or scaled down.")]
    public StatefulSetPersistentVolumeClaimRetentionPolicy? PersistentVolumeClaimRetentionPolicy { get; set; }
    [Doc("Where pod ordinal numbering starts.")]
    public StatefulSetOrdinals? Ordinals { get; set; }
}

public sealed class StatefulSetStatus
{
    public long? ObservedGeneration { get; set; }
    [RequiredField, Doc("Pods created by the controller.")]
    public int Replicas { get; set; }
    [Doc("Pods whose Ready condition is true.")]
    public int? ReadyReplicas { get; set; }
    public int? CurrentReplicas { get; set; }
    public int? UpdatedReplicas { get; set; }
    [Doc("Revision that pods below the partition are running.")]
    public string? CurrentRevision { get; set; }
    [Doc("Revision of the current template.")]
    public string? UpdateRevision { get; set; }
    public int? CollisionCount { get; set; }
    [PatchMergeKey("type"), PatchStrategy("merge"), ListType("map"), ListMapKeys("type")]
    public List<StatefulSetCondition>? Conditions { get; set; }
    public int AvailableReplicas { get; set; }
}

public sealed class StatefulSetUpdateStrategy
{
    [Doc("RollingUpdate or OnDelete.")]
    public string? Type { get; set; }
    public RollingUpdateStatefulSetStrategy? RollingUpdate { get; set; }
}

public sealed class StatefulSetPersistentVolumeClaimRetentionPolicy
{
    [Doc("Retain (default) or Delete the claims when the set is deleted.")]
    public string? WhenDeleted { get; set; }
    [Doc("Retain (default) or Delete the claims of pods removed by a scale down.")]
    public string? WhenScaled { get; set; }
}

public sealed class StatefulSetOrdinals
{
    [Doc("The ordinal of the first pod. Defaults to 0.")]
    public int Start { get; set; }
}

public sealed class StatefulSetCondition
{
    [RequiredField]
    public string Type { get; set; } = "";
    [RequiredField]
    public string Status { get; set; } = "";
    public DateTimeOffset? LastTransitionTime { get; set; }
    public string? Reason { get; set; }
    public string? Message { get; set; }
}

public sealed class RollingUpdateStatefulSetStrategy
{
    [Doc("Only pods with an ordinal at or above this number are updated. Defaults to 0.")]
    public int? Partition { get; set; }
    [Doc("How many pods may be down at once during an update (alpha, MaxUnavailableStatefulSet). Defaults to 1.")]
    public IntOrString? MaxUnavailable { get; set; }
}
