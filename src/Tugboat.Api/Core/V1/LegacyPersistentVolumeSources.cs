using System.Text.Json.Serialization;
using Tugboat.Api.Schema;

namespace Tugboat.Api.Core.V1;

[Doc("Deprecated in-tree plugin: a Glusterfs mount for a persistent volume.")]
public sealed class GlusterfsPersistentVolumeSource
{
    [JsonPropertyName("endpoints")] [RequiredField, ProtoField(1)] public string EndpointsName { get; set; } = "";
    [RequiredField, ProtoField(2)] public string Path { get; set; } = "";
    [ProtoField(3, OmitEmpty = true)] public bool? ReadOnly { get; set; }
    [ProtoField(4)] public string? EndpointsNamespace { get; set; }
}

[Doc("Deprecated in-tree plugin: a Rados Block Device for a persistent volume.")]
public sealed class RBDPersistentVolumeSource
{
    [JsonPropertyName("monitors")] [RequiredField] [ListType("atomic"), ProtoField(1)] public List<string> CephMonitors { get; set; } = [];
    [JsonPropertyName("image")] [RequiredField, ProtoField(2)] public string RBDImage { get; set; } = "";
    [ProtoField(3, OmitEmpty = true)] public string? FSType { get; set; }
    [JsonPropertyName("pool"), ProtoField(4, OmitEmpty = true)] public string? RBDPool { get; set; }
    [JsonPropertyName("user"), ProtoField(5, OmitEmpty = true)] public string? RadosUser { get; set; }
    [ProtoField(6, OmitEmpty = true)] public string? Keyring { get; set; }
    [ProtoField(7)] public SecretReference? SecretRef { get; set; }
    [ProtoField(8, OmitEmpty = true)] public bool? ReadOnly { get; set; }
}

[Doc("An iSCSI disk for a persistent volume.")]
public sealed class ISCSIPersistentVolumeSource
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
    [ProtoField(10)] public SecretReference? SecretRef { get; set; }
    [ProtoField(12)] public string? InitiatorName { get; set; }
}

[Doc("Deprecated in-tree plugin: an OpenStack Cinder volume for a persistent volume.")]
public sealed class CinderPersistentVolumeSource
{
    [RequiredField, ProtoField(1)] public string VolumeID { get; set; } = "";
    [ProtoField(2, OmitEmpty = true)] public string? FSType { get; set; }
    [ProtoField(3, OmitEmpty = true)] public bool? ReadOnly { get; set; }
    [ProtoField(4)] public SecretReference? SecretRef { get; set; }
}

[Doc("Deprecated in-tree plugin: a CephFS mount for a persistent volume.")]
public sealed class CephFSPersistentVolumeSource
{
    [RequiredField] [ListType("atomic"), ProtoField(1)] public List<string> Monitors { get; set; } = [];
    [ProtoField(2, OmitEmpty = true)] public string? Path { get; set; }
    [ProtoField(3, OmitEmpty = true)] public string? User { get; set; }
    [ProtoField(4, OmitEmpty = true)] public string? SecretFile { get; set; }
    [ProtoField(5)] public SecretReference? SecretRef { get; set; }
    [ProtoField(6, OmitEmpty = true)] public bool? ReadOnly { get; set; }
}

[Doc("Deprecated: a FlexVolume-provided persistent volume.")]
public sealed class FlexPersistentVolumeSource
{
    [RequiredField, ProtoField(1)] public string Driver { get; set; } = "";
    [ProtoField(2, OmitEmpty = true)] public string? FSType { get; set; }
    [ProtoField(3)] public SecretReference? SecretRef { get; set; }
    [ProtoField(4, OmitEmpty = true)] public bool? ReadOnly { get; set; }
    [ProtoField(5)] public Dictionary<string, string>? Options { get; set; }
}

[Doc("Deprecated in-tree plugin: an Azure File share for a persistent volume.")]
public sealed class AzureFilePersistentVolumeSource
{
    [RequiredField, ProtoField(1)] public string SecretName { get; set; } = "";
    [RequiredField, ProtoField(2)] public string ShareName { get; set; } = "";
    [ProtoField(3, OmitEmpty = true)] public bool? ReadOnly { get; set; }
    [ProtoField(4)] public string? SecretNamespace { get; set; }
}

[Doc("Deprecated in-tree plugin: a ScaleIO persistent volume.")]
public sealed class ScaleIOPersistentVolumeSource
{
    [RequiredField, ProtoField(1)] public string Gateway { get; set; } = "";
    [RequiredField, ProtoField(2)] public string System { get; set; } = "";
    [RequiredField, ProtoField(3)] public SecretReference? SecretRef { get; set; }
    [ProtoField(4, OmitEmpty = true)] public bool? SSLEnabled { get; set; }
    [ProtoField(5, OmitEmpty = true)] public string? ProtectionDomain { get; set; }
    [ProtoField(6, OmitEmpty = true)] public string? StoragePool { get; set; }
    [ProtoField(7, OmitEmpty = true)] public string? StorageMode { get; set; }
    [ProtoField(8, OmitEmpty = true)] public string? VolumeName { get; set; }
    [ProtoField(9, OmitEmpty = true)] public string? FSType { get; set; }
    [ProtoField(10, OmitEmpty = true)] public bool? ReadOnly { get; set; }
}

[Doc("Deprecated in-tree plugin: a StorageOS persistent volume.")]
public sealed class StorageOSPersistentVolumeSource
{
    [ProtoField(1, OmitEmpty = true)] public string? VolumeName { get; set; }
    [ProtoField(2, OmitEmpty = true)] public string? VolumeNamespace { get; set; }
    [ProtoField(3, OmitEmpty = true)] public string? FSType { get; set; }
    [ProtoField(4, OmitEmpty = true)] public bool? ReadOnly { get; set; }
    [ProtoField(5)] public ObjectReference? SecretRef { get; set; }
}
