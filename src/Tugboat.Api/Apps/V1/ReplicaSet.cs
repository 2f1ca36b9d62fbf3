using Tugboat.Api.Meta;
using Tugboat.Api.Schema;
using CoreV1 = Tugboat.Api.Core.V1;

namespace Tugboat.Api.Apps.V1;

[KubernetesKind("apps", "v1", "ReplicaSet")]
[Doc("Keeps a set number of identical pods running; usually owned by a Deployment.")]
public sealed class ReplicaSet : KubernetesObject
{
    [Doc("The desired pods.")]
    public ReplicaSetSpec? Spec { get; set; }
    [Doc("What the replicaset controller last observed.")]
    public ReplicaSetStatus? Status { get; set; }
}

public sealed class ReplicaSetList : IKubernetesList
{
    public string? ApiVersion { get; set; }
    public string? Kind { get; set; }
    public ListMeta Metadata { get; set; } = new();
    [RequiredField]
    public List<ReplicaSet> Items { get; set; } = [];
}

public sealed class ReplicaSetSpec
{
    [Doc("Number of pods wanted. Defaults to 1.")]
    public int? Replicas { get; set; }
    [Doc("Seconds a new pod must stay ready before it counts as available.")]
    public int? MinReadySeconds { get; set; }
    [RequiredField, Doc("Label query for the pods this replica set counts as its own; must match the template labels.")]
    public LabelSelector? Selector { get; set; }
    [Doc("The pod created when too few match the selector.")]
    public CoreV1.PodTemplateSpec? Template { get; set; }
}

public sealed class ReplicaSetStatus
{
    [RequiredField, Doc("Pods currently matching the selector and owned by this replica set.")]
    public int Replicas { get; set; }
    public int? FullyLabeledReplicas { get; set; }
    [Doc("Owned pods whose Ready condition is true.")]
    public int? ReadyReplicas { get; set; }
    [Doc("Owned pods ready for at least minReadySeconds.")]
    public int? AvailableReplicas { get; set; }
    public long? ObservedGeneration { get; set; }
    [PatchMergeKey("type"), PatchStrategy("merge"), ListType("map"), ListMapKeys("type")]
    public List<ReplicaSetCondition>? Conditions { get; set; }
}

public sealed class ReplicaSetCondition
{
    [RequiredField]
    public string Type { get; set; } = "";
    [RequiredField]
    public string Status { get; set; } = "";
    public DateTimeOffset? LastTransitionTime { get; set; }
    public string? Reason { get; set; }
    public string? Message { get; set; }
}
