using Tugboat.Api.Core.V1;

namespace Tugboat.ApiServer.Printers;

/// <summary>kubectl get podtemplates: Name, Containers, Images, Pod Labels (no Age column upstream).</summary>
public sealed class PodTemplatePrinter : TablePrinter<PodTemplate>
{
    public static readonly PodTemplatePrinter Instance = new();

    public override IReadOnlyList<TableColumn> Columns { get; } =
    [
        Col.Name,
        Col.Containers(0),
        Col.Images(0),
        Col.String("Pod Labels", "Labels of the pod template."),
    ];

    public override object?[] Row(PodTemplate pt, DateTimeOffset now)
    {
        var (names, images) = Cells.Containers(pt.Template);
        return [Cells.NameOf(pt), names, images, Cells.Labels(pt.Template?.Metadata?.Labels)];
    }
}
