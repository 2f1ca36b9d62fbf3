using Tugboat.Api.Meta;
using Tugboat.Api.Schema;

namespace Tugboat.Api.Core.V1;

[KubernetesKind("", "v1", "ReplicationController")]
[Doc("Keeps a fixed number of replicas of a pod template running; the predecessor of ReplicaSet.")]
public sealed class ReplicationController : KubernetesObject
{
    [Doc("How many pods to run and from which template.")]
    public ReplicationControllerSpec? Spec { get; set; }
    [Doc("Observed replica counts.")]
    public ReplicationControllerStatus? Status { get; set; }
}

[Doc("The desired state of a replication controller.")]
public sealed class ReplicationControllerSpec
{
    [Doc("Desired number of pods; default 1.")]
    public int? Replicas { get; set; }
    [Doc("Seconds a new pod must be ready before it counts as available.")]
    public int? MinReadySeconds { get; set; }
    [Doc("Labels of the pods this controller owns; defaults to the template's labels.")]
    [MapType("atomic")] public Dictionary<string, string>? Selector { get; set; }
    [Doc("Template for new pods.")]
    public PodTemplateSpec? Template { get; set; }
}

[Doc("The observed state of a replication controller.")]
public sealed class ReplicationControllerStatus
{
    [Doc("Number of pods currently owned.")]
    [RequiredField] public int Replicas { get; set; }
    public int? FullyLabeledReplicas { get; set; }
    [Doc("Number of owned pods that are ready.")]
    public int? ReadyReplicas { get; set; }
    [Doc("Number of owned pods available for minReadySeconds.")]
    public int? AvailableReplicas { get; set; }
    public long? ObservedGeneration { get; set; }
    [PatchMergeKey("type")]
    [PatchStrategy("merge")]
    [ListType("map")]
    [ListMapKeys("type")]
    public List<ReplicationControllerCondition>? Conditions { get; set; }
}

[Doc("One aspect of a replication controller's state.")]
public sealed class ReplicationControllerCondition
{
    [RequiredField] public string Type { get; set; } = "";
    [RequiredField] public string Status { get; set; } = "";
    public DateTimeOffset? LastTransitionTime { get; set; }
    public string? Reason { get; set; }
    public string? Message { get; set; }
}
