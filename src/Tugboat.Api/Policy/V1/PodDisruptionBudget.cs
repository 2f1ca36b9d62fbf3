using Tugboat.Api.Meta;
using Tugboat.Api.Schema;

namespace Tugboat.Api.Policy.V1;

[KubernetesKind("policy", "v1", "PodDisruptionBudget")]
[Doc("Limits how many pods of a set may be down at once through voluntary disruptions such as evictions.")]
public sealed class PodDisruptionBudget : KubernetesObject
{
    [Doc("The pods covered and how many must stay up.")]
    public PodDisruptionBudgetSpec? Spec { get; set; }
    [Doc("What the disruption controller last observed.")]
    public PodDisruptionBudgetStatus? Status { get; set; }
}

public sealed class PodDisruptionBudgetList : IKubernetesList
{
    public string? ApiVersion { get; set; }
    public string? Kind { get; set; }
    public ListMeta Metadata { get; set; } = new();
    [RequiredField]
    public List<PodDisruptionBudget> Items { get; set; } = [];
}

public sealed class PodDisruptionBudgetSpec
{
    [Doc("Pods (number or percentage) that must stay available after an eviction.")]
    public IntOrString? MinAvailable { get; set; }
    [PatchStrategy("replace"), Doc("The pods this budget covers.")]
    public LabelSelector? Selector { get; set; }
    [Doc("Pods (number or percentage) that may be unavailable after an eviction.")]
    public IntOrString? MaxUnavailable { get; set; }
    [Doc("IfHealthyBudget (default) or AlwaysAllow: when pods that are not ready may be evicted.")]
    public string? UnhealthyPodEvictionPolicy { get; set; }
}

public sealed class PodDisruptionBudgetStatus
{
    public long? ObservedGeneration { get; set; }
    public Dictionary<string, DateTimeOffset>? DisruptedPods { get; set; }
    [RequiredField, Doc("Evictions allowed right now.")]
    public int DisruptionsAllowed { get; set; }
    [RequiredField, Doc("Healthy pods now.")]
    public int CurrentHealthy { get; set; }
    [RequiredField, Doc("Healthy pods needed.")]
    public int DesiredHealthy { get; set; }
    [RequiredField, Doc("Pods counted by the budget.")]
    public int ExpectedPods { get; set; }
    [PatchMergeKey("type"), PatchStrategy("merge"), ListType("map"), ListMapKeys("type")]
    public List<Condition>? Conditions { get; set; }
}
