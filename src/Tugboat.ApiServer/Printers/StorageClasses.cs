using Tugboat.Api.Meta;

namespace Tugboat.ApiServer.Printers;

/// <summary>Storage class lookups shared by the volume printers (helper.GetPersistentVolume[Claim]Class).</summary>
internal static class StorageClasses
{
    public const string BetaClassAnnotation = "volume.beta.kubernetes.io/storage-class";

    /// <summary>The beta annotation wins over spec.storageClassName.</summary>
    public static string Of(ObjectMeta meta, string? storageClassName) =>
        meta.Annotations is not null && meta.Annotations.TryGetValue(BetaClassAnnotation, out var cls) ? cls : storageClassName ?? "";
}
