namespace Tugboat.Api.Storage.V1;

/// <summary>The root kinds of storage.k8s.io/v1.</summary>
public static class StorageV1Kinds
{
    public static readonly Type[] All =
    [
        typeof(StorageClass),
        typeof(CSIDriver),
        typeof(CSINode),
        typeof(VolumeAttachment),
        typeof(CSIStorageCapacity),
    ];
}
