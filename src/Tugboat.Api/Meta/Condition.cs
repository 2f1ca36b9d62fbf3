using Tugboat.Api.Schema;

namespace Tugboat.Api.Meta;

[Doc("metav1.Condition: one aspect of an object's current state, as used in status.conditions.")]
public sealed class Condition
{
    [Doc("The kind of condition, in CamelCase or as a domain-prefixed name.")]
    [RequiredField, ProtoField(1)] public string Type { get; set; } = "";
    [Doc("True, False or Unknown.")]
    [RequiredField, ProtoField(2)] public string Status { get; set; } = "";
    [Doc("The metadata.generation the condition was computed from.")]
    [ProtoField(3, OmitEmpty = true)] public long? ObservedGeneration { get; set; }
    [Doc("When the status last changed.")]
    [RequiredField, ProtoField(4)] public DateTimeOffset? LastTransitionTime { get; set; }
    [Doc("A CamelCase word giving the programmatic reason for the last transition.")]
    [RequiredField, ProtoField(5)] public string Reason { get; set; } = "";
    [Doc("A human-readable explanation of the transition.")]
    [RequiredField, ProtoField(6)] public string Message { get; set; } = "";
}
