using Tugboat.Api.Meta;
using Tugboat.Api.Schema;
using CoreV1 = Tugboat.Api.Core.V1;

namespace Tugboat.Api.Storage.V1;

[KubernetesKind("storage.k8s.io", "v1", "StorageClass")]
[Doc("Describes a kind of storage and the provisioner that creates volumes of that kind on demand.")]
public sealed class StorageClass : KubernetesObject
{
    [RequiredField, Doc("Name of the volume provisioner, for example rancher.io/local-path.")]
    [ProtoField(2)] public string Provisioner { get; set; } = "";
    [Doc("Provisioner-specific settings.")]
    [ProtoField(3)] public Dictionary<string, string>? Parameters { get; set; }
    [Doc("What happens to provisioned volumes when their claim is deleted: Delete (default) or Retain.")]
    [ProtoField(4)] public string? ReclaimPolicy { get; set; }
    [ListType("atomic"), Doc("Mount options given to volumes of this class.")]
    [ProtoField(5)] public List<string>? MountOptions { get; set; }
    [Doc("Whether claims of this class may be resized.")]
    [ProtoField(6)] public bool? AllowVolumeExpansion { get; set; }
    [Doc("Immediate (default) or WaitForFirstConsumer: delay binding until a pod uses the claim.")]
    [ProtoField(7)] public string? VolumeBindingMode { get; set; }
    [ListType("atomic"), Doc("Where volumes of this class may be provisioned.")]
    [ProtoField(8)] public List<CoreV1.TopologySelectorTerm>? AllowedTopologies { get; set; }
}

public sealed class StorageClassList : IKubernetesList
{
    [ProtoField(0)] public string? ApiVersion { get; set; }
    [ProtoField(0)] public string? Kind { get; set; }
    [ProtoField(1)] public ListMeta Metadata { get; set; } = new();
    [RequiredField]
    [ProtoField(2)] public List<StorageClass> Items { get; set; } = [];
}
