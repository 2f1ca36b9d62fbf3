using Tugboat.Api.Autoscaling.V1;

namespace Tugboat.ApiServer.Printers;

/// <summary>kubectl get --subresource=scale: Name, Desired, Available, Age (upstream's Name column has no "name" format here).</summary>
public sealed class ScalePrinter : TablePrinter<Scale>
{
    public static readonly ScalePrinter Instance = new();

    public override IReadOnlyList<TableColumn> Columns { get; } =
    [
        Col.String("Name", "Name of the scaled object."),
        Col.Integer("Desired", "Replicas asked for."),
        Col.Integer("Available", "Replicas observed."),
        Col.Age,
    ];

    public override object?[] Row(Scale scale, DateTimeOffset now) =>
        [Cells.NameOf(scale), (long)(scale.Spec?.Replicas ?? 0), (long)(scale.Status?.Replicas ?? 0), Cells.AgeOf(scale, now)];
}
