using Tugboat.Api.Schema;

namespace Tugboat.Api.Core.V1;

[Doc("Lets a pod be scheduled onto (or stay on) nodes with a matching taint.")]
public sealed class Toleration
{
    [Doc("Taint key the toleration applies to; empty with operator Exists matches every taint.")]
    [ProtoField(1, OmitEmpty = true)] public string? Key { get; set; }
    [Doc("Exists or Equal (default).")]
    [ProtoField(2, OmitEmpty = true)] public string? Operator { get; set; }
    [Doc("Taint value to match when the operator is Equal.")]
    [ProtoField(3, OmitEmpty = true)] public string? Value { get; set; }
    [Doc("Taint effect to match: NoSchedule, PreferNoSchedule or NoExecute; empty matches all.")]
    [ProtoField(4, OmitEmpty = true)] public string? Effect { get; set; }
    [Doc("For NoExecute, how long the pod stays bound after the taint appears.")]
    [ProtoField(5)] public long? TolerationSeconds { get; set; }
}
