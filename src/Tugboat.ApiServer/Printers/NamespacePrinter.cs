using Tugboat.Api.Core.V1;

namespace Tugboat.ApiServer.Printers;

/// <summary>kubectl get namespaces: Name, Status, Age.</summary>
public sealed class NamespacePrinter : TablePrinter<Namespace>
{
    public static readonly NamespacePrinter Instance = new();

    public override IReadOnlyList<TableColumn> Columns { get; } =
    [
        Col.Name,
        Col.String("Status", "Phase of the namespace: Active or Terminating."),
        Col.Age,
    ];

    // v1 defaulting sets the phase to Active when it is empty.
    public override object?[] Row(Namespace ns, DateTimeOffset now) =>
        [Cells.NameOf(ns), string.IsNullOrEmpty(ns.Status?.Phase) ? "Active" : ns.Status.Phase, Cells.AgeOf(ns, now)];
}
