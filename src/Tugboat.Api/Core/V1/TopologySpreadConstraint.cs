using Tugboat.Api.Meta;
using Tugboat.Api.Schema;

namespace Tugboat.Api.Core.V1;

[Doc("How evenly matching pods must be spread across a topology domain.")]
public sealed class TopologySpreadConstraint
{
    [Doc("Largest allowed difference in matching pods between any two domains.")]
    [RequiredField, ProtoField(1)] public int MaxSkew { get; set; }
    [Doc("Node label that defines the domains.")]
    [RequiredField, ProtoField(2)] public string TopologyKey { get; set; } = "";
    [Doc("DoNotSchedule or ScheduleAnyway.")]
    [RequiredField, ProtoField(3)] public string WhenUnsatisfiable { get; set; } = "";
    [Doc("Selects the pods counted in each domain.")]
    [ProtoField(4)] public LabelSelector? LabelSelector { get; set; }
    [ProtoField(5)] public int? MinDomains { get; set; }
    [ProtoField(6)] public string? NodeAffinityPolicy { get; set; }
    [ProtoField(7)] public string? NodeTaintsPolicy { get; set; }
    [ListType("atomic"), ProtoField(8)] public List<string>? MatchLabelKeys { get; set; }
}
