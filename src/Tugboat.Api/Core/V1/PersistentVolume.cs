using System.Text.Json.Serialization;
using Tugboat.Api.Meta;
using Tugboat.Api.Schema;

namespace Tugboat.Api.Core.V1;

[KubernetesKind("", "v1", "PersistentVolume")]
[Doc("A piece of storage in the cluster, provisioned by an administrator or a provisioner, that a claim can bind to.")]
public sealed class PersistentVolume : KubernetesObject
{
    [Doc("Capacity, access modes and source of the volume.")]
    [ProtoField(2)] public PersistentVolumeSpec? Spec { get; set; }
    [Doc("Current phase of the volume.")]
    [ProtoField(3)] public PersistentVolumeStatus? Status { get; set; }
}

[Doc("The characteristics of a persistent volume.")]
public sealed class PersistentVolumeSpec : PersistentVolumeSource
{
    [Doc("Size of the volume (storage).")]
    [ProtoField(1)] public Dictionary<string, Quantity>? Capacity { get; set; }
    [Doc("Ways the volume can be mounted: ReadWriteOnce, ReadOnlyMany, ReadWriteMany, ReadWriteOncePod.")]
    [ListType("atomic"), ProtoField(3)] public List<string>? AccessModes { get; set; }
    [Doc("The claim this volume is bound (or reserved) to.")]
    [MapType("granular"), ProtoField(4)] public ObjectReference? ClaimRef { get; set; }
    [Doc("What happens when the claim is released: Retain, Delete or Recycle.")]
    [ProtoField(5, OmitEmpty = true)] public string? PersistentVolumeReclaimPolicy { get; set; }
    [Doc("StorageClass this volume belongs to.")]
    [ProtoField(6, OmitEmpty = true)] public string? StorageClassName { get; set; }
    [Doc("Mount options used when the volume is mounted.")]
    [ListType("atomic"), ProtoField(7)] public List<string>? MountOptions { get; set; }
    [Doc("Filesystem (default) or Block.")]
    [ProtoField(8)] public string? VolumeMode { get; set; }
    [Doc("Nodes from which the volume is reachable.")]
    [ProtoField(9)] public VolumeNodeAffinity? NodeAffinity { get; set; }
    [ProtoField(10)] public string? VolumeAttributesClassName { get; set; }
}

[Doc("Where a persistent volume's storage is; exactly one member may be set.")]
public class PersistentVolumeSource
{
    [ProtoField(1, Embedded = 2)] public GCEPersistentDiskVolumeSource? GCEPersistentDisk { get; set; }
    [ProtoField(2, Embedded = 2)] public AWSElasticBlockStoreVolumeSource? AWSElasticBlockStore { get; set; }
    [Doc("A directory on a node; for single-node testing only.")]
    [ProtoField(3, Embedded = 2)] public HostPathVolumeSource? HostPath { get; set; }
    [ProtoField(4, Embedded = 2)] public GlusterfsPersistentVolumeSource? Glusterfs { get; set; }
    [Doc("An NFS export.")]
    [ProtoField(5, Embedded = 2)] public NFSVolumeSource? NFS { get; set; }
    [ProtoField(6, Embedded = 2)] public RBDPersistentVolumeSource? RBD { get; set; }
    [ProtoField(7, Embedded = 2)] public ISCSIPersistentVolumeSource? ISCSI { get; set; }
    [ProtoField(8, Embedded = 2)] public CinderPersistentVolumeSource? Cinder { get; set; }
    [JsonPropertyName("cephfs"), ProtoField(9, Embedded = 2)] public CephFSPersistentVolumeSource? CephFS { get; set; }
    [ProtoField(10, Embedded = 2)] public FCVolumeSource? FC { get; set; }
    [ProtoField(11, Embedded = 2)] public FlockerVolumeSource? Flocker { get; set; }
    [ProtoField(12, Embedded = 2)] public FlexPersistentVolumeSource? FlexVolume { get; set; }
    [ProtoField(13, Embedded = 2)] public AzureFilePersistentVolumeSource? AzureFile { get; set; }
    [ProtoField(14, Embedded = 2)] public VsphereVirtualDiskVolumeSource? VsphereVolume { get; set; }
    [ProtoField(15, Embedded = 2)] public QuobyteVolumeSource? Quobyte { get; set; }
    [ProtoField(16, Embedded = 2)] public AzureDiskVolumeSource? AzureDisk { get; set; }
    [ProtoField(17, Embedded = 2)] public PhotonPersistentDiskVolumeSource? PhotonPersistentDisk { get; set; }
    [ProtoField(18, Embedded = 2)] public PortworxVolumeSource? PortworxVolume { get; set; }
    [ProtoField(19, Embedded = 2)] public ScaleIOPersistentVolumeSource? ScaleIO { get; set; }
    [Doc("A disk or directory attached to one node.")]
    [ProtoField(20, Embedded = 2)] public LocalVolumeSource? Local { get; set; }
    [JsonPropertyName("storageos"), ProtoField(21, Embedded = 2)] public StorageOSPersistentVolumeSource? StorageOS { get; set; }
    [Doc("A volume managed by an external CSI driver.")]
    [ProtoField(22, Embedded = 2)] public CSIPersistentVolumeSource? CSI { get; set; }
}

[Doc("The nodes a volume can be accessed from.")]
public sealed class VolumeNodeAffinity
{
    [ProtoField(1)] public NodeSelector? Required { get; set; }
}

[Doc("The observed state of a persistent volume.")]
public sealed class PersistentVolumeStatus
{
    [Doc("Pending, Available, Bound, Released or Failed.")]
    [ProtoField(1, OmitEmpty = true)] public string? Phase { get; set; }
    [ProtoField(2, OmitEmpty = true)] public string? Message { get; set; }
    [ProtoField(3, OmitEmpty = true)] public string? Reason { get; set; }
    [ProtoField(4)] public DateTimeOffset? LastPhaseTransitionTime { get; set; }
}

[Doc("A local disk, partition or directory on a node.")]
public sealed class LocalVolumeSource
{
    [RequiredField, ProtoField(1)] public string Path { get; set; } = "";
    [ProtoField(2)] public string? FSType { get; set; }
}

[Doc("A persistent volume managed by a CSI driver.")]
public sealed class CSIPersistentVolumeSource
{
    [RequiredField, ProtoField(1)] public string Driver { get; set; } = "";
    [RequiredField, ProtoField(2)] public string VolumeHandle { get; set; } = "";
    [ProtoField(3, OmitEmpty = true)] public bool? ReadOnly { get; set; }
    [ProtoField(4, OmitEmpty = true)] public string? FSType { get; set; }
    [ProtoField(5)] public Dictionary<string, string>? VolumeAttributes { get; set; }
    [ProtoField(6)] public SecretReference? ControllerPublishSecretRef { get; set; }
    [ProtoField(7)] public SecretReference? NodeStageSecretRef { get; set; }
    [ProtoField(8)] public SecretReference? NodePublishSecretRef { get; set; }
    [ProtoField(9)] public SecretReference? ControllerExpandSecretRef { get; set; }
    [ProtoField(10)] public SecretReference? NodeExpandSecretRef { get; set; }
}

[MapType("atomic")]
[Doc("A reference to a Secret by name and namespace.")]
public sealed class SecretReference
{
    [ProtoField(1, OmitEmpty = true)] public string? Name { get; set; }
    [ProtoField(2, OmitEmpty = true)] public string? Namespace { get; set; }
}
