using Tugboat.Api.Storage.V1;

namespace Tugboat.ApiServer.Printers;

/// <summary>kubectl get csinodes: Name, Drivers (count), Age.</summary>
public sealed class CSINodePrinter : TablePrinter<CSINode>
{
    public static readonly CSINodePrinter Instance = new();

    public override IReadOnlyList<TableColumn> Columns { get; } =
    [
        Col.Name,
        Col.Integer("Drivers", "Number of CSI drivers registered on the node."),
        Col.Age,
    ];

    public override object?[] Row(CSINode node, DateTimeOffset now) =>
        [Cells.NameOf(node), (long)(node.Spec.Drivers?.Count ?? 0), Cells.AgeOf(node, now)];
}
