using Tugboat.Api.Coordination.V1;

namespace Tugboat.ApiServer.Printers;

/// <summary>kubectl get leases: Name, Holder, Age.</summary>
public sealed class LeasePrinter : TablePrinter<Lease>
{
    public static readonly LeasePrinter Instance = new();

    public override IReadOnlyList<TableColumn> Columns { get; } =
    [
        Col.Name,
        Col.String("Holder", "Identity of the current holder of the lease."),
        Col.Age,
    ];

    public override object?[] Row(Lease lease, DateTimeOffset now) =>
        [Cells.NameOf(lease), lease.Spec?.HolderIdentity ?? "", Cells.AgeOf(lease, now)];
}
