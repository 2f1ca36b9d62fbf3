using System.Text.Json.Serialization;
using Tugboat.Api.Schema;

namespace Tugboat.Api.Core.V1;

[Doc("Deprecated: a directory cloned from a git repository.")]
public sealed class GitRepoVolumeSource
{
    [RequiredField, ProtoField(1)] public string Repository { get; set; } = "";
    [ProtoField(2, OmitEmpty = true)] public string? Revision { get; set; }
    [ProtoField(3, OmitEmpty = true)] public string? Directory { get; set; }
}

[Doc("An iSCSI disk attached to the node and mounted into the pod.")]
public sealed class ISCSIVolumeSource
{
    [RequiredField, ProtoField(1)] public string TargetPortal { get; set; } = "";
    [RequiredField, ProtoField(2)] public string IQN { get; set; } = "";
    [RequiredField, ProtoField(3)] public int Lun { get; set; }
    [ProtoField(4, OmitEmpty = true)] public string? ISCSIInterface { get; set; }
    [ProtoField(5, OmitEmpty = true)] public string? FSType { get; set; }
    [ProtoField(6, OmitEmpty = true)] public bool? ReadOnly { get; set; }
    [ListType("atomic"), ProtoField(7)] public List<string>? Portals { get; set; }
    [JsonPropertyName("chapAuthDiscovery"), ProtoField(8, OmitEmpty = true)] public bool? DiscoveryCHAPAuth { get; set; }
    [JsonPropertyName("chapAuthSession"), ProtoField(11, OmitEmpty = true)] public bool? SessionCHAPAuth { get; set; }
    [ProtoField(10)] public LocalObjectReference? SecretRef { get; set; }
    [ProtoField(12)] public string? InitiatorName { get; set; }
}

[Doc("Deprecated in-tree plugin: a GCE persistent disk.")]
public sealed class GCEPersistentDiskVolumeSource
{
    [RequiredField, ProtoField(1)] public string PDName { get; set; } = "";
    [ProtoField(2, OmitEmpty = true)] public string? FSType { get; set; }
    [ProtoField(3, OmitEmpty = true)] public int? Partition { get; set; }
    [ProtoField(4, OmitEmpty = true)] public bool? ReadOnly { get; set; }
}

[Doc("Deprecated in-tree plugin: an AWS EBS disk.")]
public sealed class AWSElasticBlockStoreVolumeSource
{
    [RequiredField, ProtoField(1)] public string VolumeID { get; set; } = "";
    [ProtoField(2, OmitEmpty = true)] public string? FSType { get; set; }
    [ProtoField(3, OmitEmpty = true)] public int? Partition { get; set; }
    [ProtoField(4, OmitEmpty = true)] public bool? ReadOnly { get; set; }
}

[Doc("Deprecated in-tree plugin: a Glusterfs mount.")]
public sealed class GlusterfsVolumeSource
{
    [JsonPropertyName("endpoints")] [RequiredField, ProtoField(1)] public string EndpointsName { get; set; } = "";
    [RequiredField, ProtoField(2)] public string Path { get; set; } = "";
    [ProtoField(3, OmitEmpty = true)] public bool? ReadOnly { get; set; }
}

[Doc("Deprecated in-tree plugin: a Rados Block Device.")]
public sealed class RBDVolumeSource
{
    [JsonPropertyName("monitors")] [RequiredField] [ListType("atomic"), ProtoField(1)] public List<string> CephMonitors { get; set; } = [];
    [JsonPropertyName("image")] [RequiredField, ProtoField(2)] public string RBDImage { get; set; } = "";
    [ProtoField(3, OmitEmpty = true)] public string? FSType { get; set; }
    [JsonPropertyName("pool"), ProtoField(4, OmitEmpty = true)] public string? RBDPool { get; set; }
    [JsonPropertyName("user"), ProtoField(5, OmitEmpty = true)] public string? RadosUser { get; set; }
    [ProtoField(6, OmitEmpty = true)] public string? Keyring { get; set; }
    [ProtoField(7)] public LocalObjectReference? SecretRef { get; set; }
    [ProtoField(8, OmitEmpty = true)] public bool? ReadOnly { get; set; }
}

[Doc("Deprecated: a volume provided by an exec-based FlexVolume driver.")]
public sealed class FlexVolumeSource
{
    [RequiredField, ProtoField(1)] public string Driver { get; set; } = "";
    [ProtoField(2, OmitEmpty = true)] public string? FSType { get; set; }
    [ProtoField(3)] public LocalObjectReference? SecretRef { get; set; }
    [ProtoField(4, OmitEmpty = true)] public bool? ReadOnly { get; set; }
    [ProtoField(5)] public Dictionary<string, string>? Options { get; set; }
}

[Doc("Deprecated in-tree plugin: an OpenStack Cinder volume.")]
public sealed class CinderVolumeSource
{
    [RequiredField, ProtoField(1)] public string VolumeID { get; set; } = "";
    [ProtoField(2, OmitEmpty = true)] public string? FSType { get; set; }
    [ProtoField(3, OmitEmpty = true)] public bool? ReadOnly { get; set; }
    [ProtoField(4)] public LocalObjectReference? SecretRef { get; set; }
}

[Doc("Deprecated in-tree plugin: a CephFS mount.")]
public sealed class CephFSVolumeSource
{
    [RequiredField] [ListType("atomic"), ProtoField(1)] public List<string> Monitors { get; set; } = [];
    [ProtoField(2, OmitEmpty = true)] public string? Path { get; set; }
    [ProtoField(3, OmitEmpty = true)] public string? User { get; set; }
    [ProtoField(4, OmitEmpty = true)] public string? SecretFile { get; set; }
    [ProtoField(5)] public LocalObjectReference? SecretRef { get; set; }
    [ProtoField(6, OmitEmpty = true)] public bool? ReadOnly { get; set; }
}

[Doc("Deprecated in-tree plugin: a Flocker dataset.")]
public sealed class FlockerVolumeSource
{
    [ProtoField(1, OmitEmpty = true)] public string? DatasetName { get; set; }
    [ProtoField(2, OmitEmpty = true)] public string? DatasetUUID { get; set; }
}

[Doc("A Fibre Channel disk attached to the node and mounted into the pod.")]
public sealed class FCVolumeSource
{
    [ListType("atomic"), ProtoField(1)] public List<string>? TargetWWNs { get; set; }
    [ProtoField(2)] public int? Lun { get; set; }
    [ProtoField(3, OmitEmpty = true)] public string? FSType { get; set; }
    [ProtoField(4, OmitEmpty = true)] public bool? ReadOnly { get; set; }
    [JsonPropertyName("wwids")] [ListType("atomic"), ProtoField(5)] public List<string>? WWIDs { get; set; }
}

[Doc("Deprecated in-tree plugin: an Azure File share.")]
public sealed class AzureFileVolumeSource
{
    [RequiredField, ProtoField(1)] public string SecretName { get; set; } = "";
    [RequiredField, ProtoField(2)] public string ShareName { get; set; } = "";
    [ProtoField(3, OmitEmpty = true)] public bool? ReadOnly { get; set; }
}

[Doc("Deprecated in-tree plugin: a vSphere virtual disk.")]
public sealed class VsphereVirtualDiskVolumeSource
{
    [RequiredField, ProtoField(1)] public string VolumePath { get; set; } = "";
    [ProtoField(2, OmitEmpty = true)] public string? FSType { get; set; }
    [ProtoField(3, OmitEmpty = true)] public string? StoragePolicyName { get; set; }
    [ProtoField(4, OmitEmpty = true)] public string? StoragePolicyID { get; set; }
}

[Doc("Deprecated in-tree plugin: a Quobyte mount.")]
public sealed class QuobyteVolumeSource
{
    [RequiredField, ProtoField(1)] public string Registry { get; set; } = "";
    [RequiredField, ProtoField(2)] public string Volume { get; set; } = "";
    [ProtoField(3, OmitEmpty = true)] public bool? ReadOnly { get; set; }
    [ProtoField(4, OmitEmpty = true)] public string? User { get; set; }
    [ProtoField(5, OmitEmpty = true)] public string? Group { get; set; }
    [ProtoField(6, OmitEmpty = true)] public string? Tenant { get; set; }
}

[Doc("Deprecated in-tree plugin: an Azure data disk.")]
public sealed class AzureDiskVolumeSource
{
    [RequiredField, ProtoField(1)] public string DiskName { get; set; } = "";
    [JsonPropertyName("diskURI")] [RequiredField, ProtoField(2)] public string DataDiskURI { get; set; } = "";
    [ProtoField(3)] public string? CachingMode { get; set; }
    [ProtoField(4)] public string? FSType { get; set; }
    [ProtoField(5)] public bool? ReadOnly { get; set; }
    [ProtoField(6)] public string? Kind { get; set; }
}

[Doc("Deprecated in-tree plugin: a Photon Controller persistent disk.")]
public sealed class PhotonPersistentDiskVolumeSource
{
    [RequiredField, ProtoField(1)] public string PdID { get; set; } = "";
    [ProtoField(2, OmitEmpty = true)] public string? FSType { get; set; }
}

[Doc("Deprecated in-tree plugin: a Portworx volume.")]
public sealed class PortworxVolumeSource
{
    [RequiredField, ProtoField(1)] public string VolumeID { get; set; } = "";
    [ProtoField(2, OmitEmpty = true)] public string? FSType { get; set; }
    [ProtoField(3, OmitEmpty = true)] public bool? ReadOnly { get; set; }
}

[Doc("Deprecated in-tree plugin: a ScaleIO volume.")]
public sealed class ScaleIOVolumeSource
{
    [RequiredField, ProtoField(1)] public string Gateway { get; set; } = "";
    [RequiredField, ProtoField(2)] public string System { get; set; } = "";
    [RequiredField, ProtoField(3)] public LocalObjectReference? SecretRef { get; set; }
    [ProtoField(4, OmitEmpty = true)] public bool? SSLEnabled { get; set; }
    [ProtoField(5, OmitEmpty = true)] public string? ProtectionDomain { get; set; }
    [ProtoField(6, OmitEmpty = true)] public string? StoragePool { get; set; }
    [ProtoField(7, OmitEmpty = true)] public string? StorageMode { get; set; }
    [ProtoField(8, OmitEmpty = true)] public string? VolumeName { get; set; }
    [ProtoField(9, OmitEmpty = true)] public string? FSType { get; set; }
    [ProtoField(10, OmitEmpty = true)] public bool? ReadOnly { get; set; }
}

[Doc("Deprecated in-tree plugin: a StorageOS volume.")]
public sealed class StorageOSVolumeSource
{
    [ProtoField(1, OmitEmpty = true)] public string? VolumeName { get; set; }
    [ProtoField(2, OmitEmpty = true)] public string? VolumeNamespace { get; set; }
    [ProtoField(3, OmitEmpty = true)] public string? FSType { get; set; }
    [ProtoField(4, OmitEmpty = true)] public bool? ReadOnly { get; set; }
    [ProtoField(5)] public LocalObjectReference? SecretRef { get; set; }
}
