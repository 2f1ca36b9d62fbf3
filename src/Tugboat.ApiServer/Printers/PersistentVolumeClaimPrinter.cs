using Tugboat.Api.Core.V1;

namespace Tugboat.ApiServer.Printers;

/// <summary>kubectl get pvc: Name, Status, Volume, Capacity, Access Modes, StorageClass, VolumeAttributesClass, Age; wide VolumeMode.</summary>
public sealed class PersistentVolumeClaimPrinter : TablePrinter<PersistentVolumeClaim>
{
    public static readonly PersistentVolumeClaimPrinter Instance = new();

    public override IReadOnlyList<TableColumn> Columns { get; } =
    [
        Col.Name,
        Col.String("Status", "Phase of the claim: Pending, Bound or Lost."),
        Col.String("Volume", "The persistent volume bound to the claim."),
        Col.String("Capacity", "Storage capacity of the bound volume."),
        Col.String("Access Modes", "Access modes of the bound volume: RWO, ROX, RWX, RWOP."),
        Col.String("StorageClass", "Storage class the claim asks for."),
        Col.String("VolumeAttributesClass", "Volume attributes class the claim asks for."),
        Col.Age,
        Col.String("VolumeMode", "Filesystem or Block.", 1),
    ];

    public override object?[] Row(PersistentVolumeClaim pvc, DateTimeOffset now)
    {
        var spec = pvc.Spec ?? new PersistentVolumeClaimSpec();
        var status = pvc.Status ?? new PersistentVolumeClaimStatus();
        // v1 defaulting: phase Pending, volume mode Filesystem.
        var phase = string.IsNullOrEmpty(status.Phase) ? "Pending" : status.Phase;
        if (pvc.Metadata.DeletionTimestamp is not null) phase = "Terminating";

        var capacity = "";
        var accessModes = "";
        if (!string.IsNullOrEmpty(spec.VolumeName))
        {
            accessModes = Cells.AccessModes(status.AccessModes);
            capacity = Cells.Quantity(Cells.Lookup(status.Capacity, "storage"));
        }

        return
        [
            Cells.NameOf(pvc),
            phase,
            spec.VolumeName ?? "",
            capacity,
            accessModes,
            StorageClasses.Of(pvc.Metadata, spec.StorageClassName),
            spec.VolumeAttributesClassName ?? Cells.Unset,
            Cells.AgeOf(pvc, now),
            spec.VolumeMode ?? "Filesystem",
        ];
    }
}
