using Tugboat.Api.Policy.V1;

namespace Tugboat.ApiServer.Printers;

/// <summary>kubectl get pdb: Name, Min Available, Max Unavailable, Allowed Disruptions, Age.</summary>
public sealed class PodDisruptionBudgetPrinter : TablePrinter<PodDisruptionBudget>
{
    public static readonly PodDisruptionBudgetPrinter Instance = new();

    public override IReadOnlyList<TableColumn> Columns { get; } =
    [
        Col.Name,
        Col.String("Min Available", "Pods that must stay available, as a number or percentage."),
        Col.String("Max Unavailable", "Pods that may be unavailable, as a number or percentage."),
        Col.Integer("Allowed Disruptions", "Evictions allowed right now."),
        Col.Age,
    ];

    public override object?[] Row(PodDisruptionBudget pdb, DateTimeOffset now) =>
    [
        Cells.NameOf(pdb),
        pdb.Spec?.MinAvailable?.ToString() ?? "N/A",
        pdb.Spec?.MaxUnavailable?.ToString() ?? "N/A",
        (long)(pdb.Status?.DisruptionsAllowed ?? 0),
        Cells.AgeOf(pdb, now),
    ];
}
