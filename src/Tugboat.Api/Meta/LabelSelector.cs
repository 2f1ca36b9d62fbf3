using Tugboat.Api.Schema;

namespace Tugboat.Api.Meta;

[MapType("atomic")]
[Doc("A label selector is a label query over a set of resources.")]
public sealed class LabelSelector
{
    [ProtoField(1)] public Dictionary<string, string>? MatchLabels { get; set; }
    [ListType("atomic")]
    [ProtoField(2)] public List<LabelSelectorRequirement>? MatchExpressions { get; set; }
}

public sealed class LabelSelectorRequirement
{
    [RequiredField, ProtoField(1)] public string Key { get; set; } = "";
    [RequiredField, ProtoField(2)] public string Operator { get; set; } = "";
    [ListType("atomic"), ProtoField(3)] public List<string>? Values { get; set; }
}
