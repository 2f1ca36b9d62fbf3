using Tugboat.Api.Core.V1;

namespace Tugboat.ApiServer.Printers;

/// <summary>kubectl get serviceaccounts: Name, Secrets (count), Age.</summary>
public sealed class ServiceAccountPrinter : TablePrinter<ServiceAccount>
{
    public static readonly ServiceAccountPrinter Instance = new();

    public override IReadOnlyList<TableColumn> Columns { get; } =
    [
        Col.Name,
        Col.String("Secrets", "Number of secrets listed on the service account."),
        Col.Age,
    ];

    public override object?[] Row(ServiceAccount sa, DateTimeOffset now) =>
        [Cells.NameOf(sa), (long)(sa.Secrets?.Count ?? 0), Cells.AgeOf(sa, now)];
}
