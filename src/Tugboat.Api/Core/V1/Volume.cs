using System.Text.Json.Serialization;
using Tugboat.Api.Schema;

namespace Tugboat.Api.Core.V1;

[Doc("A named volume in a pod that its containers may mount.")]
public sealed class Volume : VolumeSource
{
    [Doc("Name of the volume, unique within the pod (a DNS label).")]
    [RequiredField] public string Name { get; set; } = "";
}

[Doc("Where a volume's data comes from; exactly one member may be set.")]
public class VolumeSource
{
    [Doc("A file or directory on the node.")]
    public HostPathVolumeSource? HostPath { get; set; }
    [Doc("An empty directory that lives as long as the pod.")]
    public EmptyDirVolumeSource? EmptyDir { get; set; }
    public GCEPersistentDiskVolumeSource? GCEPersistentDisk { get; set; }
    public AWSElasticBlockStoreVolumeSource? AWSElasticBlockStore { get; set; }
    public GitRepoVolumeSource? GitRepo { get; set; }
    [Doc("Files from the keys of a Secret.")]
    public SecretVolumeSource? Secret { get; set; }
    [Doc("An NFS export.")]
    public NFSVolumeSource? NFS { get; set; }
    public ISCSIVolumeSource? ISCSI { get; set; }
    public GlusterfsVolumeSource? Glusterfs { get; set; }
    [Doc("The volume bound to a PersistentVolumeClaim in the pod's namespace.")]
    public PersistentVolumeClaimVolumeSource? PersistentVolumeClaim { get; set; }
    public RBDVolumeSource? RBD { get; set; }
    public FlexVolumeSource? FlexVolume { get; set; }
    public CinderVolumeSource? Cinder { get; set; }
    [JsonPropertyName("cephfs")] public CephFSVolumeSource? CephFS { get; set; }
    public FlockerVolumeSource? Flocker { get; set; }
    [Doc("Files holding pod fields and container resources.")]
    public DownwardAPIVolumeSource? DownwardAPI { get; set; }
    public FCVolumeSource? FC { get; set; }
    public AzureFileVolumeSource? AzureFile { get; set; }
    [Doc("Files from the keys of a ConfigMap.")]
    public ConfigMapVolumeSource? ConfigMap { get; set; }
    public VsphereVirtualDiskVolumeSource? VsphereVolume { get; set; }
    public QuobyteVolumeSource? Quobyte { get; set; }
    public AzureDiskVolumeSource? AzureDisk { get; set; }
    public PhotonPersistentDiskVolumeSource? PhotonPersistentDisk { get; set; }
    [Doc("Several sources (secrets, config maps, downward API, tokens) projected into one directory.")]
    public ProjectedVolumeSource? Projected { get; set; }
    public PortworxVolumeSource? PortworxVolume { get; set; }
    public ScaleIOVolumeSource? ScaleIO { get; set; }
    [JsonPropertyName("storageos")] public StorageOSVolumeSource? StorageOS { get; set; }
    [Doc("An ephemeral volume provided by a CSI driver.")]
    public CSIVolumeSource? CSI { get; set; }
    [Doc("A volume from a claim created with the pod and deleted with it.")]
    public EphemeralVolumeSource? Ephemeral { get; set; }
    [Doc("The content of an OCI image or artifact.")]
    public ImageVolumeSource? Image { get; set; }
}
