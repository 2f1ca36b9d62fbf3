using Tugboat.Api.Meta;
using Tugboat.Api.Schema;

namespace Tugboat.Api.Policy.V1;

[KubernetesKind("policy", "v1", "PodDisruptionBudget")]
[Doc("Limits how many pods of a set may be down at once through voluntary disruptions such as evictions.")]
public sealed class PodDisruptionBudget : KubernetesObject
{
    [Doc("The pods covered and how many must stay up.")]
    [ProtoField(2)] public PodDisruptionBudgetSpec? Spec { get; set; }
    [Doc("What the disruption controller last observed.")]
    [ProtoField(3)] public PodDisruptionBudgetStatus? Status { get; set; }
}

public sealed class PodDisruptionBudgetList : IKubernetesList
{
    [ProtoField(0)] public string? ApiVersion { get; set; }
    [ProtoField(0)] public string? Kind { get; set; }
    [ProtoField(1)] public ListMeta Metadata { get; set; } = new();
    [RequiredField]
    [ProtoField(2)] public List<PodDisruptionBudget> Items { get; set; } = [];
}

public sealed class PodDisruptionBudgetSpec
{
    [Doc("Pods (number or percentage) that must stay available after an eviction.")]
    [ProtoField(1)] public IntOrString? MinAvailable { get; set; }
    [PatchStrategy("replace"), Doc("The pods this budget covers.")]
    [ProtoField(2)] public LabelSelector? Selector { get; set; }
    [Doc("Pods (number or percentage) that may be unavailable after an eviction.")]
    [ProtoField(3)] public IntOrString? MaxUnavailable { get; set; }
    [Doc("IfHealthyBudget (default) or AlwaysAllow: when pods that are not ready may be evicted.")]
    [ProtoField(4)] public string? UnhealthyPodEvictionPolicy { get; set; }
}

public sealed class PodDisruptionBudgetStatus
{
    [ProtoField(1, OmitEmpty = true)] public long? ObservedGeneration { get; set; }
    [ProtoField(2)] public Dictionary<string, DateTimeOffset>? DisruptedPods { get; set; }
    [RequiredField, Doc("Evictions allowed right now.")]
    [ProtoField(3)] public int DisruptionsAllowed { get; set; }
    [RequiredField, Doc("Healthy pods now.")]
    [ProtoField(4)] public int CurrentHealthy { get; set; }
    [RequiredField, Doc("Healthy pods needed.")]
    [ProtoField(5)] public int DesiredHealthy { get; set; }
    [RequiredField, Doc("Pods counted by the budget.")]
    [ProtoField(6)] public int ExpectedPods { get; set; }
    [PatchMergeKey("type"), PatchStrategy("merge"), ListType("map"), ListMapKeys("type")]
    [ProtoField(7)] public List<Condition>? Conditions { get; set; }
}
