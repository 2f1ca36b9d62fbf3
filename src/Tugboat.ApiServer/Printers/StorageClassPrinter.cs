using Tugboat.Api.Storage.V1;

namespace Tugboat.ApiServer.Printers;

/// <summary>kubectl get storageclasses: Name (with " (default)"), Provisioner, ReclaimPolicy, VolumeBindingMode, AllowVolumeExpansion, Age.</summary>
public sealed class StorageClassPrinter : TablePrinter<StorageClass>
{
    public static readonly StorageClassPrinter Instance = new();

    public override IReadOnlyList<TableColumn> Columns { get; } =
    [
        Col.Name,
        Col.String("Provisioner", "The volume provisioner of the class."),
        Col.String("ReclaimPolicy", "Reclaim policy of volumes the class provisions."),
        Col.String("VolumeBindingMode", "Immediate or WaitForFirstConsumer."),
        Col.String("AllowVolumeExpansion", "Whether claims of the class may be resized."),
        Col.Age,
    ];

    public override object?[] Row(StorageClass sc, DateTimeOffset now)
    {
        var name = Cells.NameOf(sc);
        if (IsDefault(sc)) name += " (default)";
        return
        [
            name,
            sc.Provisioner,
            sc.ReclaimPolicy ?? "Delete",
            sc.VolumeBindingMode ?? "Immediate",
            sc.AllowVolumeExpansion ?? false,
            Cells.AgeOf(sc, now),
        ];
    }

    /// <summary>storageutil.IsDefaultAnnotation: the GA or beta is-default-class annotation is "true".</summary>
    internal static bool IsDefault(StorageClass sc)
    {
        var annotations = sc.Metadata.Annotations;
        if (annotations is null) return false;
        return (annotations.TryGetValue("storageclass.kubernetes.io/is-default-class", out var ga) && ga == "true")
            || (annotations.TryGetValue("storageclass.beta.kubernetes.io/is-default-class", out var beta) && beta == "true");
    }
}
