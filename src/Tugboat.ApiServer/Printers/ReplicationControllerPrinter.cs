using Tugboat.Api.Core.V1;

namespace Tugboat.ApiServer.Printers;

/// <summary>kubectl get rc: Name, Desired, Current, Ready, Age; wide Containers, Images, Selector.</summary>
public sealed class ReplicationControllerPrinter : TablePrinter<ReplicationController>
{
    public static readonly ReplicationControllerPrinter Instance = new();

    public override IReadOnlyList<TableColumn> Columns { get; } =
    [
        Col.Name,
        Col.Integer("Desired", "Number of replicas asked for."),
        Col.Integer("Current", "Number of replicas that exist."),
        Col.Integer("Ready", "Number of ready replicas."),
        Col.Age,
        Col.Containers(),
        Col.Images(),
        Col.Selector("Labels of the pods the controller counts as its own."),
    ];

    public override object?[] Row(ReplicationController rc, DateTimeOffset now)
    {
        var (names, images) = Cells.Containers(rc.Spec?.Template);
        return
        [
            Cells.NameOf(rc),
            (long)(rc.Spec?.Replicas ?? 1), // v1 default
            (long)(rc.Status?.Replicas ?? 0),
            (long)(rc.Status?.ReadyReplicas ?? 0),
            Cells.AgeOf(rc, now),
            names,
            images,
            Cells.Labels(rc.Spec?.Selector),
        ];
    }
}
