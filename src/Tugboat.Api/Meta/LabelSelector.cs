using Tugboat.Api.Schema;

namespace Tugboat.Api.Meta;

[MapType("atomic")]
[Doc("A label selector is a label query over a set of resources.")]
public sealed class LabelSelector
{
    public Dictionary<string, string>? MatchLabels { get; set; }
    [ListType("atomic")]
    public List<LabelSelectorRequirement>? MatchExpressions { get; set; }
}

public sealed class LabelSelectorRequirement
{
    [RequiredField] public string Key { get; set; } = "";
    [RequiredField] public string Operator { get; set; } = "";
    [ListType("atomic")] public List<string>? Values { get; set; }
}
