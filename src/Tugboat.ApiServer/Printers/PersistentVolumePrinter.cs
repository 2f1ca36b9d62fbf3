using Tugboat.Api.Core.V1;

namespace Tugboat.ApiServer.Printers;

/// <summary>
/// kubectl get pv: Name, Capacity, Access Modes, Reclaim Policy, Status, Claim, StorageClass, VolumeAttributesClass, Reason, Age;
/// wide VolumeMode.
/// </summary>
public sealed class PersistentVolumePrinter : TablePrinter<PersistentVolume>
{
    public static readonly PersistentVolumePrinter Instance = new();

    public override IReadOnlyList<TableColumn> Columns { get; } =
    [
        Col.Name,
        Col.String("Capacity", "Storage capacity of the volume."),
        Col.String("Access Modes", "How the volume can be mounted: RWO, ROX, RWX, RWOP."),
        Col.String("Reclaim Policy", "What happens to the volume when its claim is released."),
        Col.String("Status", "Phase of the volume: Pending, Available, Bound, Released or Failed."),
        Col.String("Claim", "The claim bound to the volume, as namespace/name."),
        Col.String("StorageClass", "Storage class of the volume."),
        Col.String("VolumeAttributesClass", "Volume attributes class of the volume."),
        Col.String("Reason", "Why the volume is in its phase."),
        Col.Age,
        Col.String("VolumeMode", "Filesystem or Block.", 1),
    ];

    public override object?[] Row(PersistentVolume pv, DateTimeOffset now)
    {
        var spec = pv.Spec ?? new PersistentVolumeSpec();
        var claim = spec.ClaimRef is { } claimRef ? $"{claimRef.Namespace}/{claimRef.Name}" : "";
        // v1 defaulting: phase Pending, reclaim policy Retain, volume mode Filesystem.
        var phase = string.IsNullOrEmpty(pv.Status?.Phase) ? "Pending" : pv.Status.Phase;
        if (pv.Metadata.DeletionTimestamp is not null) phase = "Terminating";
        return
        [
            Cells.NameOf(pv),
            Cells.Quantity(Cells.Lookup(spec.Capacity, "storage")),
            Cells.AccessModes(spec.AccessModes),
            string.IsNullOrEmpty(spec.PersistentVolumeReclaimPolicy) ? "Retain" : spec.PersistentVolumeReclaimPolicy,
            phase,
            claim,
            StorageClasses.Of(pv.Metadata, spec.StorageClassName),
            spec.VolumeAttributesClassName ?? Cells.Unset,
            pv.Status?.Reason ?? "",
            Cells.AgeOf(pv, now),
            spec.VolumeMode ?? "Filesystem",
        ];
    }
}
