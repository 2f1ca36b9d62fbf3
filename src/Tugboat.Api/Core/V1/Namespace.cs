using Tugboat.Api.Meta;
using Tugboat.Api.Schema;

namespace Tugboat.Api.Core.V1;

[KubernetesKind("", "v1", "Namespace")]
[Doc("A scope for names; most objects belong to exactly one namespace.")]
public sealed class Namespace : KubernetesObject
{
    [Doc("The finalizers of the namespace.")]
    [ProtoField(2)] public NamespaceSpec? Spec { get; set; }
    [Doc("Phase and conditions of the namespace.")]
    [ProtoField(3)] public NamespaceStatus? Status { get; set; }
}

[Doc("The desired state of a namespace.")]
public sealed class NamespaceSpec
{
    [Doc("Things that must be cleaned up before the namespace is removed.")]
    [ListType("atomic"), ProtoField(1)] public List<string>? Finalizers { get; set; }
}

[Doc("The observed state of a namespace.")]
public sealed class NamespaceStatus
{
    [Doc("Active or Terminating.")]
    [ProtoField(1, OmitEmpty = true)] public string? Phase { get; set; }
    [PatchMergeKey("type")]
    [PatchStrategy("merge")]
    [ListType("map")]
    [ListMapKeys("type")]
    [ProtoField(2)] public List<NamespaceCondition>? Conditions { get; set; }
}

[Doc("One aspect of a namespace's state.")]
public sealed class NamespaceCondition
{
    [RequiredField, ProtoField(1)] public string Type { get; set; } = "";
    [RequiredField, ProtoField(2)] public string Status { get; set; } = "";
    [ProtoField(4)] public DateTimeOffset? LastTransitionTime { get; set; }
    [ProtoField(5, OmitEmpty = true)] public string? Reason { get; set; }
    [ProtoField(6, OmitEmpty = true)] public string? Message { get; set; }
}
