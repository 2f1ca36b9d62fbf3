using Tugboat.Api.Meta;
using Tugboat.Api.Schema;
using CoreV1 = Tugboat.Api.Core.V1;

namespace Tugboat.Api.Apps.V1;

[KubernetesKind("apps", "v1", "DaemonSet")]
[Doc("Runs one copy of a pod on every node that matches its node selection.")]
public sealed class DaemonSet : KubernetesObject
{
    [Doc("The pod to run on each node and how it is updated.")]
    public DaemonSetSpec? Spec { get; set; }
    [Doc("What the daemonset controller last observed.")]
    public DaemonSetStatus? Status { get; set; }
}

public sealed class DaemonSetList : IKubernetesList
{
    public string? ApiVersion { get; set; }
    public string? Kind { get; set; }
    public ListMeta Metadata { get; set; } = new();
    [RequiredField]
    public List<DaemonSet> Items { get; set; } = [];
}

public sealed class DaemonSetSpec
{
    [RequiredField, Doc("Label query for the pods of this daemon set; must match the template labels.")]
    public LabelSelector? Selector { get; set; }
    [RequiredField, Doc("The pod to run on each eligible node.")]
    public CoreV1.PodTemplateSpec Template { get; set; } = new();
    [Doc("How template changes reach running pods: RollingUpdate (default) or OnDelete.")]
    public DaemonSetUpdateStrategy? UpdateStrategy { get; set; }
    public int? MinReadySeconds { get; set; }
    public int? RevisionHistoryLimit { get; set; }
}

public sealed class DaemonSetStatus
{
    [RequiredField, Doc("Nodes running at least one daemon pod that should.")]
    public int CurrentNumberScheduled { get; set; }
    [RequiredField, Doc("Nodes running a daemon pod that should not.")]
    public int NumberMisscheduled { get; set; }
    [RequiredField, Doc("Nodes that should run the daemon pod.")]
    public int DesiredNumberScheduled { get; set; }
    [RequiredField, Doc("Nodes whose daemon pod is ready.")]
    public int NumberReady { get; set; }
    public long? ObservedGeneration { get; set; }
    public int? UpdatedNumberScheduled { get; set; }
    public int? NumberAvailable { get; set; }
    public int? NumberUnavailable { get; set; }
    public int? CollisionCount { get; set; }
    [PatchMergeKey("type"), PatchStrategy("merge"), ListType("map"), ListMapKeys("type")]
    public List<DaemonSetCondition>? Conditions { get; set; }
}

public sealed class DaemonSetUpdateStrategy
{
    public string? Type { get; set; }
    public RollingUpdateDaemonSet? RollingUpdate { get; set; }
}

public sealed class DaemonSetCondition
{
    [RequiredField]
    public string Type { get; set; } = "";
    [RequiredField]
    public string Status { get; set; } = "";
    public DateTimeOffset? LastTransitionTime { get; set; }
    public string? Reason { get; set; }
    public string? Message { get; set; }
}

public sealed class RollingUpdateDaemonSet
{
    public IntOrString? MaxUnavailable { get; set; }
    public IntOrString? MaxSurge { get; set; }
}
