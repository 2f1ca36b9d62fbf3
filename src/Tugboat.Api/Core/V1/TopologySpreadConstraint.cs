using Tugboat.Api.Meta;
using Tugboat.Api.Schema;

namespace Tugboat.Api.Core.V1;

[Doc("How evenly matching pods must be spread across a topology domain.")]
public sealed class TopologySpreadConstraint
{
    [Doc("Largest allowed difference in matching pods between any two domains.")]
    [RequiredField] public int MaxSkew { get; set; }
    [Doc("Node label that defines the domains.")]
    [RequiredField] public string TopologyKey { get; set; } = "";
    [Doc("DoNotSchedule or ScheduleAnyway.")]
    [RequiredField] public string WhenUnsatisfiable { get; set; } = "";
    [Doc("Selects the pods counted in each domain.")]
    public LabelSelector? LabelSelector { get; set; }
    public int? MinDomains { get; set; }
    public string? NodeAffinityPolicy { get; set; }
    public string? NodeTaintsPolicy { get; set; }
    [ListType("atomic")] public List<string>? MatchLabelKeys { get; set; }
}
