using Tugboat.Api.Storage.V1;

namespace Tugboat.ApiServer.Printers;

/// <summary>kubectl get csistoragecapacities: Name, StorageClassName, Capacity (no Age column upstream).</summary>
public sealed class CSIStorageCapacityPrinter : TablePrinter<CSIStorageCapacity>
{
    public static readonly CSIStorageCapacityPrinter Instance = new();

    public override IReadOnlyList<TableColumn> Columns { get; } =
    [
        Col.Name,
        Col.String("StorageClassName", "The storage class the capacity applies to."),
        Col.String("Capacity", "Available capacity."),
    ];

    public override object?[] Row(CSIStorageCapacity c, DateTimeOffset now) =>
        [Cells.NameOf(c), c.StorageClassName, c.Capacity?.ToString() ?? Cells.Unset];
}
