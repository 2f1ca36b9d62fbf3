using Tugboat.Api.Apps.V1;

namespace Tugboat.ApiServer.Printers;

/// <summary>kubectl get statefulsets: Name, Ready ("2/3"), Age; wide Containers, Images.</summary>
public sealed class StatefulSetPrinter : TablePrinter<StatefulSet>
{
    public static readonly StatefulSetPrinter Instance = new();

    public override IReadOnlyList<TableColumn> Columns { get; } =
    [
        Col.Name,
        Col.String("Ready", "Ready replicas out of desired replicas."),
        Col.Age,
        Col.Containers(),
        Col.Images(),
    ];

    public override object?[] Row(StatefulSet sts, DateTimeOffset now)
    {
        var (names, images) = Cells.Containers(sts.Spec?.Template);
        var desired = sts.Spec?.Replicas ?? 1; // v1 default
        return [Cells.NameOf(sts), $"{sts.Status?.ReadyReplicas ?? 0}/{desired}", Cells.AgeOf(sts, now), names, images];
    }
}
