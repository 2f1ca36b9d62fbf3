using Tugboat.Api.Schema;

namespace Tugboat.Api.Core.V1;

[MapType("atomic")]
[Doc("Topology requirements that must all match.")]
public sealed class TopologySelectorTerm
{
    [ListType("atomic"), ProtoField(1)] public List<TopologySelectorLabelRequirement>? MatchLabelExpressions { get; set; }
}

[Doc("A label key and the values it may have.")]
public sealed class TopologySelectorLabelRequirement
{
    [RequiredField, ProtoField(1)] public string Key { get; set; } = "";
    [RequiredField] [ListType("atomic"), ProtoField(2)] public List<string> Values { get; set; } = [];
}
