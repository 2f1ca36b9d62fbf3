using System.Text.Json.Serialization;
using Tugboat.Api.Schema;

namespace Tugboat.Api.Core.V1;

[Doc("Deprecated in-tree plugin: a Glusterfs mount for a persistent volume.")]
public sealed class GlusterfsPersistentVolumeSource
{
    [JsonPropertyName("endpoints")] [RequiredField] public string EndpointsName { get; set; } = "";
    [RequiredField] public string Path { get; set; } = "";
    public bool? ReadOnly { get; set; }
    public string? EndpointsNamespace { get; set; }
}

[Doc("Deprecated in-tree plugin: a Rados Block Device for a persistent volume.")]
public sealed class RBDPersistentVolumeSource
{
    [JsonPropertyName("monitors")] [RequiredField] [ListType("atomic")] public List<string> CephMonitors { get; set; } = [];
    [JsonPropertyName("image")] [RequiredField] public string RBDImage { get; set; } = "";
    public string? FSType { get; set; }
    [JsonPropertyName("pool")] public string? RBDPool { get; set; }
    [JsonPropertyName("user")] public string? RadosUser { get; set; }
    public string? Keyring { get; set; }
    public SecretReference? SecretRef { get; set; }
    public bool? ReadOnly { get; set; }
}

[Doc("An iSCSI disk for a persistent volume.")]
public sealed class ISCSIPersistentVolumeSource
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
    public SecretReference? SecretRef { get; set; }
    public string? InitiatorName { get; set; }
}

[Doc("Deprecated in-tree plugin: an OpenStack Cinder volume for a persistent volume.")]
public sealed class CinderPersistentVolumeSource
{
    [RequiredField] public string VolumeID { get; set; } = "";
    public string? FSType { get; set; }
    public bool? ReadOnly { get; set; }
    public SecretReference? SecretRef { get; set; }
}

[Doc("Deprecated in-tree plugin: a CephFS mount for a persistent volume.")]
public sealed class CephFSPersistentVolumeSource
{
    [RequiredField] [ListType("atomic")] public List<string> Monitors { get; set; } = [];
    public string? Path { get; set; }
    public string? User { get; set; }
    public string? SecretFile { get; set; }
    public SecretReference? SecretRef { get; set; }
    public bool? ReadOnly { get; set; }
}

[Doc("Deprecated: a FlexVolume-provided persistent volume.")]
public sealed class FlexPersistentVolumeSource
{
    [RequiredField] public string Driver { get; set; } = "";
    public string? FSType { get; set; }
    public SecretReference? SecretRef { get; set; }
    public bool? ReadOnly { get; set; }
    public Dictionary<string, string>? Options { get; set; }
}

[Doc("Deprecated in-tree plugin: an Azure File share for a persistent volume.")]
public sealed class AzureFilePersistentVolumeSource
{
    [RequiredField] public string SecretName { get; set; } = "";
    [RequiredField] public string ShareName { get; set; } = "";
    public bool? ReadOnly { get; set; }
    public string? SecretNamespace { get; set; }
}

[Doc("Deprecated in-tree plugin: a ScaleIO persistent volume.")]
public sealed class ScaleIOPersistentVolumeSource
{
    [RequiredField] public string Gateway { get; set; } = "";
    [RequiredField] public string System { get; set; } = "";
    [RequiredField] public SecretReference? SecretRef { get; set; }
    public bool? SSLEnabled { get; set; }
    public string? ProtectionDomain { get; set; }
    public string? StoragePool { get; set; }
    public string? StorageMode { get; set; }
    public string? VolumeName { get; set; }
    public string? FSType { get; set; }
    public bool? ReadOnly { get; set; }
}

[Doc("Deprecated in-tree plugin: a StorageOS persistent volume.")]
public sealed class StorageOSPersistentVolumeSource
{
    public string? VolumeName { get; set; }
    public string? VolumeNamespace { get; set; }
    public string? FSType { get; set; }
    public bool? ReadOnly { get; set; }
    public ObjectReference? SecretRef { get; set; }
}
