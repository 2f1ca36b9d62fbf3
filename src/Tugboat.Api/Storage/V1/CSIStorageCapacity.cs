using Tugboat.Api.Meta;
using Tugboat.Api.Schema;

namespace Tugboat.Api.Storage.V1;

[KubernetesKind("storage.k8s.io", "v1", "CSIStorageCapacity")]
[Doc("Storage capacity a CSI driver reports for one storage class in one topology segment.")]
public sealed class CSIStorageCapacity : KubernetesObject
{
    public LabelSelector? NodeTopology { get; set; }
    [RequiredField, Doc("The storage class this capacity applies to.")]
    public string StorageClassName { get; set; } = "";
    [Doc("Space available for new volumes.")]
    public Quantity? Capacity { get; set; }
    public Quantity? MaximumVolumeSize { get; set; }
}

public sealed class CSIStorageCapacityList : IKubernetesList
{
    public string? ApiVersion { get; set; }
    public string? Kind { get; set; }
    public ListMeta Metadata { get; set; } = new();
    [RequiredField]
    public List<CSIStorageCapacity> Items { get; set; } = [];
}
