using Tugboat.Api.Meta;
using Tugboat.Api.Schema;

namespace Tugboat.Api.Storage.V1;

[KubernetesKind("storage.k8s.io", "v1", "CSIStorageCapacity")]
[Doc("Storage capacity a CSI driver reports for one storage class in one topology segment.")]
public sealed class CSIStorageCapacity : KubernetesObject
{
    [ProtoField(2)] public LabelSelector? NodeTopology { get; set; }
    [RequiredField, Doc("The storage class this capacity applies to.")]
    [ProtoField(3)] public string StorageClassName { get; set; } = "";
    [Doc("Space available for new volumes.")]
    [ProtoField(4)] public Quantity? Capacity { get; set; }
    [ProtoField(5)] public Quantity? MaximumVolumeSize { get; set; }
}

public sealed class CSIStorageCapacityList : IKubernetesList
{
    [ProtoField(0)] public string? ApiVersion { get; set; }
    [ProtoField(0)] public string? Kind { get; set; }
    [ProtoField(1)] public ListMeta Metadata { get; set; } = new();
    [RequiredField]
    [ProtoField(2)] public List<CSIStorageCapacity> Items { get; set; } = [];
}
