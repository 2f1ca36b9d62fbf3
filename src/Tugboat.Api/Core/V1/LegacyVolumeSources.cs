using System.Text.Json.Serialization;
using Tugboat.Api.Schema;

namespace Tugboat.Api.Core.V1;

[Doc("Deprecated: a directory cloned from a git repository.")]
public sealed class GitRepoVolumeSource
{
    [RequiredField] public string Repository { get; set; } = "";
    public string? Revision { get; set; }
    public string? Directory { get; set; }
}

[Doc("An iSCSI disk attached to the node and mounted into the pod.")]
public sealed class ISCSIVolumeSource
{
    [RequiredField] public string TargetPortal { get; set; } = "";
    [RequiredField] public string IQN { get; set; } = "";
    [RequiredField] public int Lun { get; set; }
    public string? ISCSIInterface { get; set; }
    public string? FSType { get; set; }
    public bool? ReadOnly { get; set; }
    [ListType("atomic")] public List<string>? Portals { get; set; }
    [JsonPropertyName("chapAuthDiscovery")] public bool? DiscoveryCHAPAuth { get; set; }
    [JsonPropertyName("chapAuthSession")] public bool? SessionCHAPAuth { get; set; }
    public LocalObjectReference? SecretRef { get; set; }
    public string? InitiatorName { get; set; }
}

[Doc("Deprecated in-tree plugin: a GCE persistent disk.")]
public sealed class GCEPersistentDiskVolumeSource
{
    [RequiredField] public string PDName { get; set; } = "";
    public string? FSType { get; set; }
    public int? Partition { get; set; }
    public bool? ReadOnly { get; set; }
}

[Doc("Deprecated in-tree plugin: an AWS EBS disk.")]
public sealed class AWSElasticBlockStoreVolumeSource
{
    [RequiredField] public string VolumeID { get; set; } = "";
    public string? FSType { get; set; }
    public int? Partition { get; set; }
    public bool? ReadOnly { get; set; }
}

[Doc("Deprecated in-tree plugin: a Glusterfs mount.")]
public sealed class GlusterfsVolumeSource
{
    [JsonPropertyName("endpoints")] [RequiredField] public string EndpointsName { get; set; } = "";
    [RequiredField] public string Path { get; set; } = "";
    public bool? ReadOnly { get; set; }
}

[Doc("Deprecated in-tree plugin: a Rados Block Device.")]
public sealed class RBDVolumeSource
{
    [JsonPropertyName("monitors")] [RequiredField] [ListType("atomic")] public List<string> CephMonitors { get; set; } = [];
    [JsonPropertyName("image")] [RequiredField] public string RBDImage { get; set; } = "";
    public string? FSType { get; set; }
    [JsonPropertyName("pool")] public string? RBDPool { get; set; }
    [JsonPropertyName("user")] public string? RadosUser { get; set; }
    public string? Keyring { get; set; }
    public LocalObjectReference? SecretRef { get; set; }
    public bool? ReadOnly { get; set; }
}

[Doc("Deprecated: a volume provided by an exec-based FlexVolume driver.")]
public sealed class FlexVolumeSource
{
    [RequiredField] public string Driver { get; set; } = "";
    public string? FSType { get; set; }
    public LocalObjectReference? SecretRef { get; set; }
    public bool? ReadOnly { get; set; }
    public Dictionary<string, string>? Options { get; set; }
}

[Doc("Deprecated in-tree plugin: an OpenStack Cinder volume.")]
public sealed class CinderVolumeSource
{
    [RequiredField] public string VolumeID { get; set; } = "";
    public string? FSType { get; set; }
    public bool? ReadOnly { get; set; }
    public LocalObjectReference? SecretRef { get; set; }
}

[Doc("Deprecated in-tree plugin: a CephFS mount.")]
public sealed class CephFSVolumeSource
{
    [RequiredField] [ListType("atomic")] public List<string> Monitors { get; set; } = [];
    public string? Path { get; set; }
    public string? User { get; set; }
    public string? SecretFile { get; set; }
    public LocalObjectReference? SecretRef { get; set; }
    public bool? ReadOnly { get; set; }
}

[Doc("Deprecated in-tree plugin: a Flocker dataset.")]
public sealed class FlockerVolumeSource
{
    public string? DatasetName { get; set; }
    public string? DatasetUUID { get; set; }
}

[Doc("A Fibre Channel disk attached to the node and mounted into the pod.")]
public sealed class FCVolumeSource
{
    [ListType("atomic")] public List<string>? TargetWWNs { get; set; }
    public int? Lun { get; set; }
    public string? FSType { get; set; }
    public bool? ReadOnly { get; set; }
    [JsonPropertyName("wwids")] [ListType("atomic")] public List<string>? WWIDs { get; set; }
}

[Doc("Deprecated in-tree plugin: an Azure File share.")]
public sealed class AzureFileVolumeSource
{
    [RequiredField] public string SecretName { get; set; } = "";
    [RequiredField] public string ShareName { get; set; } = "";
    public bool? ReadOnly { get; set; }
}

[Doc("Deprecated in-tree plugin: a vSphere virtual disk.")]
public sealed class VsphereVirtualDiskVolumeSource
{
    [RequiredField] public string VolumePath { get; set; } = "";
    public string? FSType { get; set; }
    public string? StoragePolicyName { get; set; }
    public string? StoragePolicyID { get; set; }
}

[Doc("Deprecated in-tree plugin: a Quobyte mount.")]
public sealed class QuobyteVolumeSource
{
    [RequiredField] public string Registry { get; set; } = "";
    [RequiredField] public string Volume { get; set; } = "";
    public bool? ReadOnly { get; set; }
    public string? User { get; set; }
    public string? Group { get; set; }
    public string? Tenant { get; set; }
}

[Doc("Deprecated in-tree plugin: an Azure data disk.")]
public sealed class AzureDiskVolumeSource
{
    [RequiredField] public string DiskName { get; set; } = "";
    [JsonPropertyName("diskURI")] [RequiredField] public string DataDiskURI { get; set; } = "";
    public string? CachingMode { get; set; }
    public string? FSType { get; set; }
    public bool? ReadOnly { get; set; }
    public string? Kind { get; set; }
}

[Doc("Deprecated in-tree plugin: a Photon Controller persistent disk.")]
public sealed class PhotonPersistentDiskVolumeSource
{
    [RequiredField] public string PdID { get; set; } = "";
    public string? FSType { get; set; }
}

[Doc("Deprecated in-tree plugin: a Portworx volume.")]
public sealed class PortworxVolumeSource
{
    [RequiredField] public string VolumeID { get; set; } = "";
    public string? FSType { get; set; }
    public bool? ReadOnly { get; set; }
}

[Doc("Deprecated in-tree plugin: a ScaleIO volume.")]
public sealed class ScaleIOVolumeSource
{
    [RequiredField] public string Gateway { get; set; } = "";
    [RequiredField] public string System { get; set; } = "";
    [RequiredField] public LocalObjectReference? SecretRef { get; set; }
    public bool? SSLEnabled { get; set; }
    public string? ProtectionDomain { get; set; }
    public string? StoragePool { get; set; }
    public string? StorageMode { get; set; }
    public string? VolumeName { get; set; }
    public string? FSType { get; set; }
    public bool? ReadOnly { get; set; }
}

[Doc("Deprecated in-tree plugin: a StorageOS volume.")]
public sealed class StorageOSVolumeSource
{
    public string? VolumeName { get; set; }
    public string? VolumeNamespace { get; set; }
    public string? FSType { get; set; }
    public bool? ReadOnly { get; set; }
    public LocalObjectReference? SecretRef { get; set; }
}
