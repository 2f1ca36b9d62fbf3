using Tugboat.Api.Meta;
using Tugboat.Api.Schema;

namespace Tugboat.Api.Storage.V1;

[KubernetesKind("storage.k8s.io", "v1", "CSIDriver")]
[Doc("Tells the cluster how to work with an installed CSI volume driver.")]
public sealed class CSIDriver : KubernetesObject
{
    [RequiredField, Doc("The driver's capabilities and requirements.")]
    [ProtoField(2)] public CSIDriverSpec Spec { get; set; } = new();
}

public sealed class CSIDriverList : IKubernetesList
{
    [ProtoField(0)] public string? ApiVersion { get; set; }
    [ProtoField(0)] public string? Kind { get; set; }
    [ProtoField(1)] public ListMeta Metadata { get; set; } = new();
    [RequiredField]
    [ProtoField(2)] public List<CSIDriver> Items { get; set; } = [];
}

public sealed class CSIDriverSpec
{
    [Doc("Whether volumes must be attached (VolumeAttachment) before mounting.")]
    [ProtoField(1)] public bool? AttachRequired { get; set; }
    [Doc("Whether the pod name, namespace and UID are passed to the driver on mount.")]
    [ProtoField(2)] public bool? PodInfoOnMount { get; set; }
    [ListType("set"), Doc("Persistent and/or Ephemeral: which volume kinds the driver supports.")]
    [ProtoField(3)] public List<string>? VolumeLifecycleModes { get; set; }
    [ProtoField(4)] public bool? StorageCapacity { get; set; }
    [Doc("Whether the volume ownership and permissions may be changed to the pod fsGroup.")]
    [ProtoField(5)] public string? FsGroupPolicy { get; set; }
    [ListType("atomic")]
    [ProtoField(6)] public List<TokenRequest>? TokenRequests { get; set; }
    [ProtoField(7)] public bool? RequiresRepublish { get; set; }
    [ProtoField(8)] public bool? SeLinuxMount { get; set; }
}

public sealed class TokenRequest
{
    [RequiredField]
    [ProtoField(1)] public string Audience { get; set; } = "";
    [ProtoField(2)] public long? ExpirationSeconds { get; set; }
}
