using System.Text.Json.Serialization;
using Tugboat.Api.Schema;

namespace Tugboat.Api.Core.V1;

[Doc("A named volume in a pod that its containers may mount.")]
public sealed class Volume : VolumeSource
{
    [Doc("Name of the volume, unique within the pod (a DNS label).")]
    [RequiredField, ProtoField(1)] public string Name { get; set; } = "";
}

[Doc("Where a volume's data comes from; exactly one member may be set.")]
public class VolumeSource
{
    [Doc("A file or directory on the node.")]
    [ProtoField(1, Embedded = 2)] public HostPathVolumeSource? HostPath { get; set; }
    [Doc("An empty directory that lives as long as the pod.")]
    [ProtoField(2, Embedded = 2)] public EmptyDirVolumeSource? EmptyDir { get; set; }
    [ProtoField(3, Embedded = 2)] public GCEPersistentDiskVolumeSource? GCEPersistentDisk { get; set; }
    [ProtoField(4, Embedded = 2)] public AWSElasticBlockStoreVolumeSource? AWSElasticBlockStore { get; set; }
    [ProtoField(5, Embedded = 2)] public GitRepoVolumeSource? GitRepo { get; set; }
    [Doc("Files from the keys of a Secret.")]
    [ProtoField(6, Embedded = 2)] public SecretVolumeSource? Secret { get; set; }
    [Doc("An NFS export.")]
    [ProtoField(7, Embedded = 2)] public NFSVolumeSource? NFS { get; set; }
    [ProtoField(8, Embedded = 2)] public ISCSIVolumeSource? ISCSI { get; set; }
    [ProtoField(9, Embedded = 2)] public GlusterfsVolumeSource? Glusterfs { get; set; }
    [Doc("The volume bound to a PersistentVolumeClaim in the pod's namespace.")]
    [ProtoField(10, Embedded = 2)] public PersistentVolumeClaimVolumeSource? PersistentVolumeClaim { get; set; }
    [ProtoField(11, Embedded = 2)] public RBDVolumeSource? RBD { get; set; }
    [ProtoField(12, Embedded = 2)] public FlexVolumeSource? FlexVolume { get; set; }
    [ProtoField(13, Embedded = 2)] public CinderVolumeSource? Cinder { get; set; }
    [JsonPropertyName("cephfs"), ProtoField(14, Embedded = 2)] public CephFSVolumeSource? CephFS { get; set; }
    [ProtoField(15, Embedded = 2)] public FlockerVolumeSource? Flocker { get; set; }
    [Doc("Files holding pod fields and container resources.")]
    [ProtoField(16, Embedded = 2)] public DownwardAPIVolumeSource? DownwardAPI { get; set; }
    [ProtoField(17, Embedded = 2)] public FCVolumeSource? FC { get; set; }
    [ProtoField(18, Embedded = 2)] public AzureFileVolumeSource? AzureFile { get; set; }
    [Doc("Files from the keys of a ConfigMap.")]
    [ProtoField(19, Embedded = 2)] public ConfigMapVolumeSource? ConfigMap { get; set; }
    [ProtoField(20, Embedded = 2)] public VsphereVirtualDiskVolumeSource? VsphereVolume { get; set; }
    [ProtoField(21, Embedded = 2)] public QuobyteVolumeSource? Quobyte { get; set; }
    [ProtoField(22, Embedded = 2)] public AzureDiskVolumeSource? AzureDisk { get; set; }
    [ProtoField(23, Embedded = 2)] public PhotonPersistentDiskVolumeSource? PhotonPersistentDisk { get; set; }
    [Doc("Several sources (secrets, config maps, downward API, tokens) projected into one directory.")]
    [ProtoField(26, Embedded = 2)] public ProjectedVolumeSource? Projected { get; set; }
    [ProtoField(24, Embedded = 2)] public PortworxVolumeSource? PortworxVolume { get; set; }
    [ProtoField(25, Embedded = 2)] public ScaleIOVolumeSource? ScaleIO { get; set; }
    [JsonPropertyName("storageos"), ProtoField(27, Embedded = 2)] public StorageOSVolumeSource? StorageOS { get; set; }
    [Doc("An ephemeral volume provided by a CSI driver.")]
    [ProtoField(28, Embedded = 2)] public CSIVolumeSource? CSI { get; set; }
    [Doc("A volume from a claim created with the pod and deleted with it.")]
    [ProtoField(29, Embedded = 2)] public EphemeralVolumeSource? Ephemeral { get; set; }
    [Doc("The content of an OCI image or artifact.")]
    [ProtoField(30, Embedded = 2)] public ImageVolumeSource? Image { get; set; }
}
