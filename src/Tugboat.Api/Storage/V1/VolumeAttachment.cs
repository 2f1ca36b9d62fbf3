using Tugboat.Api.Meta;
using Tugboat.Api.Schema;
using CoreV1 = Tugboat.Api.Core.V1;

namespace Tugboat.Api.Storage.V1;

[KubernetesKind("storage.k8s.io", "v1", "VolumeAttachment")]
[Doc("Asks for a volume to be attached to or detached from a node.")]
public sealed class VolumeAttachment : KubernetesObject
{
    [RequiredField, Doc("The volume, the node and the attacher.")]
    [ProtoField(2)] public VolumeAttachmentSpec Spec { get; set; } = new();
    [Doc("Whether the volume is attached; written by the attacher.")]
    [ProtoField(3)] public VolumeAttachmentStatus? Status { get; set; }
}

public sealed class VolumeAttachmentList : IKubernetesList
{
    [ProtoField(0)] public string? ApiVersion { get; set; }
    [ProtoField(0)] public string? Kind { get; set; }
    [ProtoField(1)] public ListMeta Metadata { get; set; } = new();
    [RequiredField]
    [ProtoField(2)] public List<VolumeAttachment> Items { get; set; } = [];
}

public sealed class VolumeAttachmentSpec
{
    [RequiredField, Doc("Name of the driver that attaches the volume.")]
    [ProtoField(1)] public string Attacher { get; set; } = "";
    [RequiredField, Doc("The volume to attach.")]
    [ProtoField(2)] public VolumeAttachmentSource Source { get; set; } = new();
    [RequiredField, Doc("The node to attach the volume to.")]
    [ProtoField(3)] public string NodeName { get; set; } = "";
}

public sealed class VolumeAttachmentStatus
{
    [RequiredField, Doc("Whether the attach operation has finished.")]
    [ProtoField(1)] public bool Attached { get; set; }
    [ProtoField(2)] public Dictionary<string, string>? AttachmentMetadata { get; set; }
    [ProtoField(3)] public VolumeError? AttachError { get; set; }
    [ProtoField(4)] public VolumeError? DetachError { get; set; }
}

public sealed class VolumeAttachmentSource
{
    [ProtoField(1)] public string? PersistentVolumeName { get; set; }
    [ProtoField(2)] public CoreV1.PersistentVolumeSpec? InlineVolumeSpec { get; set; }
}

public sealed class VolumeError
{
    [ProtoField(1)] public DateTimeOffset? Time { get; set; }
    [ProtoField(2, OmitEmpty = true)] public string? Message { get; set; }
}
