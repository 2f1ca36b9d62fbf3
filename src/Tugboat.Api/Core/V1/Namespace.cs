using Tugboat.Api.Meta;
using Tugboat.Api.Schema;

namespace Tugboat.Api.Core.V1;

[KubernetesKind("", "v1", "Namespace")]
[Doc("A scope for names; most objects belong to exactly one namespace.")]
public sealed class Namespace : KubernetesObject
{
    [Doc("The finalizers of the namespace.")]
    public NamespaceSpec? Spec { get; set; }
    [Doc("Phase and conditions of the namespace.")]
    public NamespaceStatus? Status { get; set; }
}

[Doc("The desired state of a namespace.")]
public sealed class NamespaceSpec
{
    [Doc("Things that must be cleaned up before the namespace is removed.")]
    [ListType("atomic")] public List<string>? Finalizers { get; set; }
}

[Doc("The observed state of a namespace.")]
public sealed class NamespaceStatus
{
    [Doc("Active or Terminating.")]
    public string? Phase { get; set; }
    [PatchMergeKey("type")]
    [PatchStrategy("merge")]
    [ListType("map")]
    [ListMapKeys("type")]
    public List<NamespaceCondition>? Conditions { get; set; }
}

[Doc("One aspect of a namespace's state.")]
public sealed class NamespaceCondition
{
    [RequiredField] public string Type { get; set; } = "";
    [RequiredField] public string Status { get; set; } = "";
    public DateTimeOffset? LastTransitionTime { get; set; }
    public string? Reason { get; set; }
    public string? Message { get; set; }
}
