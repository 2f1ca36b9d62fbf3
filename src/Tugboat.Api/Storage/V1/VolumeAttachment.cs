using Tugboat.Api.Meta;
using Tugboat.Api.Schema;
using CoreV1 = Tugboat.Api.Core.V1;

namespace Tugboat.Api.Storage.V1;

[KubernetesKind("storage.k8s.io", "v1", "VolumeAttachment")]
[Doc("Asks for a volume to be attached to or detached from a node.")]
public sealed class VolumeAttachment : KubernetesObject
{
    [RequiredField, Doc("The volume, the node and the attacher.")]
    public VolumeAttachmentSpec Spec { get; set; } = new();
    [Doc("Whether the volume is attached; written by the attacher.")]
    public VolumeAttachmentStatus? Status { get; set; }
}

public sealed class VolumeAttachmentList : IKubernetesList
{
    public string? ApiVersion { get; set; }
    public string? Kind { get; set; }
    public ListMeta Metadata { get; set; } = new();
    [RequiredField]
    public List<VolumeAttachment> Items { get; set; } = [];
}

public sealed class VolumeAttachmentSpec
{
    [RequiredField, Doc("Name of the driver that attaches the volume.")]
    public string Attacher { get; set; } = "";
    [RequiredField, Doc("The volume to attach.")]
    public VolumeAttachmentSource Source { get; set; } = new();
    [RequiredField, Doc("The node to attach the volume to.")]
    public string NodeName { get; set; } = "";
}

public sealed class VolumeAttachmentStatus
{
    [RequiredField, Doc("Whether the attach operation has finished.")]
    public bool Attached { get; set; }
    public Dictionary<string, string>? AttachmentMetadata { get; set; }
    public VolumeError? AttachError { get; set; }
    public VolumeError? DetachError { get; set; }
}

public sealed class VolumeAttachmentSource
{
    public string? PersistentVolumeName { get; set; }
    public CoreV1.PersistentVolumeSpec? InlineVolumeSpec { get; set; }
}

public sealed class VolumeError
{
    public DateTimeOffset? Time { get; set; }
    public string? Message { get; set; }
}
