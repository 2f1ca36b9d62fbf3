using Tugboat.Api.Schema;

namespace Tugboat.Api.Core.V1;

[Doc("Marks a node so that pods not tolerating the taint are repelled from it.")]
public sealed class Taint
{
    [Doc("Taint key.")]
    [RequiredField, ProtoField(1)] public string Key { get; set; } = "";
    [Doc("Taint value.")]
    [ProtoField(2, OmitEmpty = true)] public string? Value { get; set; }
    [Doc("NoSchedule, PreferNoSchedule or NoExecute.")]
    [RequiredField, ProtoField(3)] public string Effect { get; set; } = "";
    [Doc("When a NoExecute taint was added.")]
    [ProtoField(4)] public DateTimeOffset? TimeAdded { get; set; }
}
