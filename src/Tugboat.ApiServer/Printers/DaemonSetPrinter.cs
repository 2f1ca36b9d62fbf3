using Tugboat.Api.Apps.V1;

namespace Tugboat.ApiServer.Printers;

/// <summary>kubectl get daemonsets: Name, Desired, Current, Ready, Up-to-date, Available, Node Selector, Age; wide Containers, Images, Selector.</summary>
public sealed class DaemonSetPrinter : TablePrinter<DaemonSet>
{
    public static readonly DaemonSetPrinter Instance = new();

    public override IReadOnlyList<TableColumn> Columns { get; } =
    [
        Col.Name,
        Col.Integer("Desired", "Nodes that should run the daemon pod."),
        Col.Integer("Current", "Nodes running the daemon pod."),
        Col.Integer("Ready", "Nodes whose daemon pod is ready."),
        Col.Integer("Up-to-date", "Nodes running the latest daemon pod."),
        Col.Integer("Available", "Nodes whose daemon pod is available."),
        Col.String("Node Selector", "Node labels the pod template requires."),
        Col.Age,
        Col.Containers(),
        Col.Images(),
        Col.Selector("Label query for the daemon set's pods."),
    ];

    public override object?[] Row(DaemonSet ds, DateTimeOffset now)
    {
        var status = ds.Status ?? new DaemonSetStatus();
        var (names, images) = Cells.Containers(ds.Spec?.Template);
        return
        [
            Cells.NameOf(ds),
            (long)status.DesiredNumberScheduled,
            (long)status.CurrentNumberScheduled,
            (long)status.NumberReady,
            (long)(status.UpdatedNumberScheduled ?? 0),
            (long)(status.NumberAvailable ?? 0),
            Cells.Labels(ds.Spec?.Template.Spec?.NodeSelector),
            Cells.AgeOf(ds, now),
            names,
            images,
            LabelSelectors.Format(ds.Spec?.Selector),
        ];
    }
}
