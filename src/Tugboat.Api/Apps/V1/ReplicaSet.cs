using Tugboat.Api.Meta;
using Tugboat.Api.Schema;
using CoreV1 = Tugboat.Api.Core.V1;

namespace Tugboat.Api.Apps.V1;

[KubernetesKind("apps", "v1", "ReplicaSet")]
[Doc("Keeps a set number of identical pods running; usually owned by a Deployment.")]
public sealed class ReplicaSet : KubernetesObject
{
    [Doc("The desired pods.")]
    [ProtoField(2)] public ReplicaSetSpec? Spec { get; set; }
    [Doc("What the replicaset controller last observed.")]
    [ProtoField(3)] public ReplicaSetStatus? Status { get; set; }
}

public sealed class ReplicaSetList : IKubernetesList
{
    [ProtoField(0)] public string? ApiVersion { get; set; }
    [ProtoField(0)] public string? Kind { get; set; }
    [ProtoField(1)] public ListMeta Metadata { get; set; } = new();
    [RequiredField]
    [ProtoField(2)] public List<ReplicaSet> Items { get; set; } = [];
}

public sealed class ReplicaSetSpec
{
    [Doc("Number of pods wanted. Defaults to 1.")]
    [ProtoField(1)] public int? Replicas { get; set; }
    [Doc("Seconds a new pod must stay ready before it counts as available.")]
    [ProtoField(4, OmitEmpty = true)] public int? MinReadySeconds { get; set; }
    [RequiredField, Doc("Label query for the pods this replica set counts as its own; must match the template labels.")]
    [ProtoField(2)] public LabelSelector? Selector { get; set; }
    [Doc("The pod created when too few match the selector.")]
    [ProtoField(3)] public CoreV1.PodTemplateSpec? Template { get; set; }
}

public sealed class ReplicaSetStatus
{
    [RequiredField, Doc("Pods currently matching the selector and owned by this replica set.")]
    [ProtoField(1)] public int Replicas { get; set; }
    [ProtoField(2, OmitEmpty = true)] public int? FullyLabeledReplicas { get; set; }
    [Doc("Owned pods whose Ready condition is true.")]
    [ProtoField(4, OmitEmpty = true)] public int? ReadyReplicas { get; set; }
    [Doc("Owned pods ready for at least minReadySeconds.")]
    [ProtoField(5, OmitEmpty = true)] public int? AvailableReplicas { get; set; }
    [ProtoField(3, OmitEmpty = true)] public long? ObservedGeneration { get; set; }
    [PatchMergeKey("type"), PatchStrategy("merge"), ListType("map"), ListMapKeys("type")]
    [ProtoField(6)] public List<ReplicaSetCondition>? Conditions { get; set; }
}

public sealed class ReplicaSetCondition
{
    [RequiredField]
    [ProtoField(1)] public string Type { get; set; } = "";
    [RequiredField]
    [ProtoField(2)] public string Status { get; set; } = "";
    [ProtoField(3)] public DateTimeOffset? LastTransitionTime { get; set; }
    [ProtoField(4, OmitEmpty = true)] public string? Reason { get; set; }
    [ProtoField(5, OmitEmpty = true)] public string? Message { get; set; }
}
