using Tugboat.Api.Meta;
using Tugboat.Api.Schema;

namespace Tugboat.Api.Storage.V1;

[KubernetesKind("storage.k8s.io", "v1", "CSIDriver")]
[Doc("Tells the cluster how to work with an installed CSI volume driver.")]
public sealed class CSIDriver : KubernetesObject
{
    [RequiredField, Doc("The driver's capabilities and requirements.")]
    public CSIDriverSpec Spec { get; set; } = new();
}

public sealed class CSIDriverList : IKubernetesList
{
    public string? ApiVersion { get; set; }
    public string? Kind { get; set; }
    public ListMeta Metadata { get; set; } = new();
    [RequiredField]
    public List<CSIDriver> Items { get; set; } = [];
}

public sealed class CSIDriverSpec
{
    [Doc("Whether volumes must be attached (VolumeAttachment) before mounting.")]
    public bool? AttachRequired { get; set; }
    [Doc("Whether the pod name, namespace and UID are passed to the driver on mount.")]
    public bool? PodInfoOnMount { get; set; }
    [ListType("set"), Doc("Persistent and/or Ephemeral: which volume kinds the driver supports.")]
    public List<string>? VolumeLifecycleModes { get; set; }
    public bool? StorageCapacity { get; set; }
    [Doc("Whether the volume ownership and permissions may be changed to the pod fsGroup.")]
    public string? FsGroupPolicy { get; set; }
    [ListType("atomic")]
    public List<TokenRequest>? TokenRequests { get; set; }
    public bool? RequiresRepublish { get; set; }
    public bool? SeLinuxMount { get; set; }
}

public sealed class TokenRequest
{
    [RequiredField]
    public string Audience { get; set; } = "";
    public long? ExpirationSeconds { get; set; }
}
