using Tugboat.Api.Meta;
using Tugboat.Api.Schema;

namespace Tugboat.Api.Core.V1;

[KubernetesKind("", "v1", "ReplicationController")]
[Doc("Keeps a fixed number of replicas of a pod template running; the predecessor of ReplicaSet.")]
public sealed class ReplicationController : KubernetesObject
{
    [Doc("How many pods to run and from which template.")]
    [ProtoField(2)] public ReplicationControllerSpec? Spec { get; set; }
    [Doc("Observed replica counts.")]
    [ProtoField(3)] public ReplicationControllerStatus? Status { get; set; }
}

[Doc("The desired state of a replication controller.")]
public sealed class ReplicationControllerSpec
{
    [Doc("Desired number of pods; default 1.")]
    [ProtoField(1)] public int? Replicas { get; set; }
    [Doc("Seconds a new pod must be ready before it counts as available.")]
    [ProtoField(4, OmitEmpty = true)] public int? MinReadySeconds { get; set; }
    [Doc("Labels of the pods this controller owns; defaults to the template's labels.")]
    [MapType("atomic"), ProtoField(2)] public Dictionary<string, string>? Selector { get; set; }
    [Doc("Template for new pods.")]
    [ProtoField(3)] public PodTemplateSpec? Template { get; set; }
}

[Doc("The observed state of a replication controller.")]
public sealed class ReplicationControllerStatus
{
    [Doc("Number of pods currently owned.")]
    [RequiredField, ProtoField(1)] public int Replicas { get; set; }
    [ProtoField(2, OmitEmpty = true)] public int? FullyLabeledReplicas { get; set; }
    [Doc("Number of owned pods that are ready.")]
    [ProtoField(4, OmitEmpty = true)] public int? ReadyReplicas { get; set; }
    [Doc("Number of owned pods available for minReadySeconds.")]
    [ProtoField(5, OmitEmpty = true)] public int? AvailableReplicas { get; set; }
    [ProtoField(3, OmitEmpty = true)] public long? ObservedGeneration { get; set; }
    [PatchMergeKey("type")]
    [PatchStrategy("merge")]
    [ListType("map")]
    [ListMapKeys("type")]
    [ProtoField(6)] public List<ReplicationControllerCondition>? Conditions { get; set; }
}

[Doc("One aspect of a replication controller's state.")]
public sealed class ReplicationControllerCondition
{
    [RequiredField, ProtoField(1)] public string Type { get; set; } = "";
    [RequiredField, ProtoField(2)] public string Status { get; set; } = "";
    [ProtoField(3)] public DateTimeOffset? LastTransitionTime { get; set; }
    [ProtoField(4, OmitEmpty = true)] public string? Reason { get; set; }
    [ProtoField(5, OmitEmpty = true)] public string? Message { get; set; }
}
