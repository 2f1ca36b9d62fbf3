using Tugboat.Api.Schema;

namespace Tugboat.Api.Core.V1;

[MapType("atomic")]
[Doc("A set of node selector terms, any one of which must match (logical OR).")]
public sealed class NodeSelector
{
    [RequiredField] [ListType("atomic"), ProtoField(1)] public List<NodeSelectorTerm> NodeSelectorTerms { get; set; } = [];
}

[MapType("atomic")]
[Doc("Node requirements that must all match (logical AND).")]
public sealed class NodeSelectorTerm
{
    [ListType("atomic"), ProtoField(1)] public List<NodeSelectorRequirement>? MatchExpressions { get; set; }
    [ListType("atomic"), ProtoField(2)] public List<NodeSelectorRequirement>? MatchFields { get; set; }
}

[Doc("A key, an operator (In, NotIn, Exists, DoesNotExist, Gt, Lt) and values matched against node labels or fields.")]
public sealed class NodeSelectorRequirement
{
    [RequiredField, ProtoField(1)] public string Key { get; set; } = "";
    [RequiredField, ProtoField(2)] public string Operator { get; set; } = "";
    [ListType("atomic"), ProtoField(3)] public List<string>? Values { get; set; }
}
