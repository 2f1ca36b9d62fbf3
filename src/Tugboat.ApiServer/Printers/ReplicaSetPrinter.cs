using Tugboat.Api.Apps.V1;

namespace Tugboat.ApiServer.Printers;

/// <summary>kubectl get replicasets: Name, Desired, Current, Ready, Age; wide Containers, Images, Selector.</summary>
public sealed class ReplicaSetPrinter : TablePrinter<ReplicaSet>
{
    public static readonly ReplicaSetPrinter Instance = new();

    public override IReadOnlyList<TableColumn> Columns { get; } =
    [
        Col.Name,
        Col.Integer("Desired", "Number of replicas asked for."),
        Col.Integer("Current", "Number of replicas that exist."),
        Col.Integer("Ready", "Number of ready replicas."),
        Col.Age,
        Col.Containers(),
        Col.Images(),
        Col.Selector("Label query for the replica set's pods."),
    ];

    public override object?[] Row(ReplicaSet rs, DateTimeOffset now)
    {
        var (names, images) = Cells.Containers(rs.Spec?.Template);
        return
        [
            Cells.NameOf(rs),
            (long)(rs.Spec?.Replicas ?? 1), // v1 default
            (long)(rs.Status?.Replicas ?? 0),
            (long)(rs.Status?.ReadyReplicas ?? 0),
            Cells.AgeOf(rs, now),
            names,
            images,
            LabelSelectors.Format(rs.Spec?.Selector),
        ];
    }
}
