using System.Text.Json.Serialization;
using Tugboat.Api.Meta;
using Tugboat.Api.Schema;

namespace Tugboat.Api.Core.V1;

[KubernetesKind("", "v1", "PersistentVolume")]
[Doc("A piece of storage in the cluster, provisioned by an administrator or a provisioner, that a claim can bind to.")]
public sealed class PersistentVolume : KubernetesObject
{
    [Doc("Capacity, access modes and source of the volume.")]
    public PersistentVolumeSpec? Spec { get; set; }
    [Doc("Current phase of the volume.")]
    public PersistentVolumeStatus? Status { get; set; }
}

[Doc("The characteristics of a persistent volume.")]
public sealed class PersistentVolumeSpec : PersistentVolumeSource
{
    [Doc("Size of the volume (storage).")]
    public Dictionary<string, Quantity>? Capacity { get; set; }
    [Doc("Ways the volume can be mounted: ReadWriteOnce, ReadOnlyMany, ReadWriteMany, ReadWriteOncePod.")]
    [ListType("atomic")] public List<string>? AccessModes { get; set; }
    [Doc("The claim this volume is bound (or reserved) to.")]
    [MapType("granular")] public ObjectReference? ClaimRef { get; set; }
    [Doc("What happens when the claim is released: Retain, Delete or Recycle.")]
    public string? PersistentVolumeReclaimPolicy { get; set; }
    [Doc("StorageClass this volume belongs to.")]
    public string? StorageClassName { get; set; }
    [Doc("Mount options used when the volume is mounted.")]
    [ListType("atomic")] public List<string>? MountOptions { get; set; }
    [Doc("Filesystem (default) or Block.")]
    public string? VolumeMode { get; set; }
    [Doc("Nodes from which the volume is reachable.")]
    public VolumeNodeAffinity? NodeAffinity { get; set; }
    public string? VolumeAttributesClassName { get; set; }
}

[Doc("Where a persistent volume's storage is; exactly one member may be set.")]
public class PersistentVolumeSource
{
    public GCEPersistentDiskVolumeSource? GCEPersistentDisk { get; set; }
    public AWSElasticBlockStoreVolumeSource? AWSElasticBlockStore { get; set; }
    [Doc("A directory on a node; for single-node testing only.")]
    public HostPathVolumeSource? HostPath { get; set; }
    public GlusterfsPersistentVolumeSource? Glusterfs { get; set; }
    [Doc("An NFS export.")]
    public NFSVolumeSource? NFS { get; set; }
    public RBDPersistentVolumeSource? RBD { get; set; }
    public ISCSIPersistentVolumeSource? ISCSI { get; set; }
    public CinderPersistentVolumeSource? Cinder { get; set; }
    [JsonPropertyName("cephfs")] public CephFSPersistentVolumeSource? CephFS { get; set; }
    public FCVolumeSource? FC { get; set; }
    public FlockerVolumeSource? Flocker { get; set; }
    public FlexPersistentVolumeSource? FlexVolume { get; set; }
    public AzureFilePersistentVolumeSource? AzureFile { get; set; }
    public VsphereVirtualDiskVolumeSource? VsphereVolume { get; set; }
    public QuobyteVolumeSource? Quobyte { get; set; }
    public AzureDiskVolumeSource? AzureDisk { get; set; }
    public PhotonPersistentDiskVolumeSource? PhotonPersistentDisk { get; set; }
    public PortworxVolumeSource? PortworxVolume { get; set; }
    public ScaleIOPersistentVolumeSource? ScaleIO { get; set; }
    [Doc("A disk or directory attached to one node.")]
    public LocalVolumeSource? Local { get; set; }
    [JsonPropertyName("storageos")] public StorageOSPersistentVolumeSource? StorageOS { get; set; }
    [Doc("A volume managed by an external CSI driver.")]
    public CSIPersistentVolumeSource? CSI { get; set; }
}

[Doc("The nodes a volume can be accessed from.")]
public sealed class VolumeNodeAffinity
{
    public NodeSelector? Required { get; set; }
}

[Doc("The observed state of a persistent volume.")]
public sealed class PersistentVolumeStatus
{
    [Doc("Pending, Available, Bound, Released or Failed.")]
    public string? Phase { get; set; }
    public string? Message { get; set; }
    public string? Reason { get; set; }
    public DateTimeOffset? LastPhaseTransitionTime { get; set; }
}

[Doc("A local disk, partition or directory on a node.")]
public sealed class LocalVolumeSource
{
    [RequiredField] public string Path { get; set; } = "";
    public string? FSType { get; set; }
}

[Doc("A persistent volume managed by a CSI driver.")]
public sealed class CSIPersistentVolumeSource
{
    [RequiredField] public string Driver { get; set; } = "";
    [RequiredField] public string VolumeHandle { get; set; } = "";
    public bool? ReadOnly { get; set; }
    public string? FSType { get; set; }
    public Dictionary<string, string>? VolumeAttributes { get; set; }
    public SecretReference? ControllerPublishSecretRef { get; set; }
    public SecretReference? NodeStageSecretRef { get; set; }
    public SecretReference? NodePublishSecretRef { get; set; }
    public SecretReference? ControllerExpandSecretRef { get; set; }
    public SecretReference? NodeExpandSecretRef { get; set; }
}

[MapType("atomic")]
[Doc("A reference to a Secret by name and namespace.")]
public sealed class SecretReference
{
    public string? Name { get; set; }
    public string? Namespace { get; set; }
}
