using Tugboat.Api.Schema;

namespace Tugboat.Api.Core.V1;

[Doc("Marks a node so that pods not tolerating the taint are repelled from it.")]
public sealed class Taint
{
    [Doc("Taint key.")]
    [RequiredField] public string Key { get; set; } = "";
    [Doc("Taint value.")]
    public string? Value { get; set; }
    [Doc("NoSchedule, PreferNoSchedule or NoExecute.")]
    [RequiredField] public string Effect { get; set; } = "";
    [Doc("When a NoExecute taint was added.")]
    public DateTimeOffset? TimeAdded { get; set; }
}
