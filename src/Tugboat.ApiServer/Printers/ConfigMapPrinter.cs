using Tugboat.Api.Core.V1;

namespace Tugboat.ApiServer.Printers;

/// <summary>kubectl get configmaps: Name, Data (number of data and binaryData keys), Age.</summary>
public sealed class ConfigMapPrinter : TablePrinter<ConfigMap>
{
    public static readonly ConfigMapPrinter Instance = new();

    public override IReadOnlyList<TableColumn> Columns { get; } =
    [
        Col.Name,
        Col.String("Data", "Number of keys in data and binaryData."),
        Col.Age,
    ];

    public override object?[] Row(ConfigMap cm, DateTimeOffset now) =>
        [Cells.NameOf(cm), (long)((cm.Data?.Count ?? 0) + (cm.BinaryData?.Count ?? 0)), Cells.AgeOf(cm, now)];
}
