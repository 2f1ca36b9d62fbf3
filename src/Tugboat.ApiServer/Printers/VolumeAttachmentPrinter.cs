using Tugboat.Api.Storage.V1;

namespace Tugboat.ApiServer.Printers;

/// <summary>kubectl get volumeattachments: Name, Attacher, PV, Node, Attached, Age.</summary>
public sealed class VolumeAttachmentPrinter : TablePrinter<VolumeAttachment>
{
    public static readonly VolumeAttachmentPrinter Instance = new();

    public override IReadOnlyList<TableColumn> Columns { get; } =
    [
        Col.Name,
        new("Attacher", "string", "name", "The driver that attaches the volume."),
        Col.String("PV", "The persistent volume being attached."),
        Col.String("Node", "The node the volume is attached to."),
        Col.Boolean("Attached", "Whether the attach operation has finished."),
        Col.Age,
    ];

    public override object?[] Row(VolumeAttachment va, DateTimeOffset now) =>
    [
        Cells.NameOf(va),
        va.Spec.Attacher,
        va.Spec.Source.PersistentVolumeName ?? "",
        va.Spec.NodeName,
        va.Status?.Attached ?? false,
        Cells.AgeOf(va, now),
    ];
}
