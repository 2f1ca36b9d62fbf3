using Tugboat.Api.Apps.V1;

namespace Tugboat.ApiServer.Printers;

/// <summary>kubectl get deployments: Name, Ready ("2/3"), Up-to-date, Available, Age; wide Containers, Images, Selector.</summary>
public sealed class DeploymentPrinter : TablePrinter<Deployment>
{
    public static readonly DeploymentPrinter Instance = new();

    public override IReadOnlyList<TableColumn> Columns { get; } =
    [
        Col.Name,
        Col.String("Ready", "Ready replicas out of desired replicas."),
        Col.String("Up-to-date", "Replicas running the latest pod template."),
        Col.String("Available", "Replicas available to serve."),
        Col.Age,
        Col.Containers(),
        Col.Images(),
        Col.Selector("Label query for the deployment's pods."),
    ];

    public override object?[] Row(Deployment d, DateTimeOffset now)
    {
        var desired = d.Spec?.Replicas ?? 1; // v1 default
        var status = d.Status ?? new DeploymentStatus();
        var (names, images) = Cells.Containers(d.Spec?.Template);
        return
        [
            Cells.NameOf(d),
            $"{status.ReadyReplicas ?? 0}/{desired}",
            (long)(status.UpdatedReplicas ?? 0),
            (long)(status.AvailableReplicas ?? 0),
            Cells.AgeOf(d, now),
            names,
            images,
            // unlike the other workloads, this is selector.String(): "" rather than <none> for an empty selector
            LabelSelectors.ToSelectorString(d.Spec?.Selector) ?? "<invalid>",
        ];
    }
}
