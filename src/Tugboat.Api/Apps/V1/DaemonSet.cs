using Tugboat.Api.Meta;
using Tugboat.Api.Schema;
using CoreV1 = Tugboat.Api.Core.V1;

namespace Tugboat.Api.Apps.V1;

[KubernetesKind("apps", "v1", "DaemonSet")]
[Doc("Runs one copy of a pod on every node that matches its node selection.")]
public sealed class DaemonSet : KubernetesObject
{
    [Doc("The pod to run on each node and how it is updated.")]
    [ProtoField(2)] public DaemonSetSpec? Spec { get; set; }
    [Doc("What the daemonset controller last observed.")]
    [ProtoField(3)] public DaemonSetStatus? Status { get; set; }
}

public sealed class DaemonSetList : IKubernetesList
{
    [ProtoField(0)] public string? ApiVersion { get; set; }
    [ProtoField(0)] public string? Kind { get; set; }
    [ProtoField(1)] public ListMeta Metadata { get; set; } = new();
    [RequiredField]
    [ProtoField(2)] public List<DaemonSet> Items { get; set; } = [];
}

public sealed class DaemonSetSpec
{
    [RequiredField, Doc("Label query for the pods of this daemon set; must match the template labels.")]
    [ProtoField(1)] public LabelSelector? Selector { get; set; }
    [RequiredField, Doc("The pod to run on each eligible node.")]
    [ProtoField(2)] public CoreV1.PodTemplateSpec Template { get; set; } = new();
    [Doc("How template changes reach running pods: RollingUpdate (default) or OnDelete.")]
    [ProtoField(3)] public DaemonSetUpdateStrategy? UpdateStrategy { get; set; }
    [ProtoField(4, OmitEmpty = true)] public int? MinReadySeconds { get; set; }
    [ProtoField(6)] public int? RevisionHistoryLimit { get; set; }
}

public sealed class DaemonSetStatus
{
    [RequiredField, Doc("Nodes running at least one daemon pod that should.")]
    [ProtoField(1)] public int CurrentNumberScheduled { get; set; }
    [RequiredField, Doc("Nodes running a daemon pod that should not.")]
    [ProtoField(2)] public int NumberMisscheduled { get; set; }
    [RequiredField, Doc("Nodes that should run the daemon pod.")]
    [ProtoField(3)] public int DesiredNumberScheduled { get; set; }
    [RequiredField, Doc("Nodes whose daemon pod is ready.")]
    [ProtoField(4)] public int NumberReady { get; set; }
    [ProtoField(5, OmitEmpty = true)] public long? ObservedGeneration { get; set; }
    [ProtoField(6, OmitEmpty = true)] public int? UpdatedNumberScheduled { get; set; }
    [ProtoField(7, OmitEmpty = true)] public int? NumberAvailable { get; set; }
    [ProtoField(8, OmitEmpty = true)] public int? NumberUnavailable { get; set; }
    [ProtoField(9)] public int? CollisionCount { get; set; }
    [PatchMergeKey("type"), PatchStrategy("merge"), ListType("map"), ListMapKeys("type")]
    [ProtoField(10)] public List<DaemonSetCondition>? Conditions { get; set; }
}

public sealed class DaemonSetUpdateStrategy
{
    [ProtoField(1, OmitEmpty = true)] public string? Type { get; set; }
    [ProtoField(2)] public RollingUpdateDaemonSet? RollingUpdate { get; set; }
}

public sealed class DaemonSetCondition
{
    [RequiredField]
    [ProtoField(1)] public string Type { get; set; } = "";
    [RequiredField]
    [ProtoField(2)] public string Status { get; set; } = "";
    [ProtoField(3)] public DateTimeOffset? LastTransitionTime { get; set; }
    [ProtoField(4, OmitEmpty = true)] public string? Reason { get; set; }
    [ProtoField(5, OmitEmpty = true)] public string? Message { get; set; }
}

public sealed class RollingUpdateDaemonSet
{
    [ProtoField(1)] public IntOrString? MaxUnavailable { get; set; }
    [ProtoField(2)] public IntOrString? MaxSurge { get; set; }
}
