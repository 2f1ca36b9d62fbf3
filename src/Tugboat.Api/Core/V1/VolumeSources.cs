using Tugboat.Api.Meta;
using Tugboat.Api.Schema;

namespace Tugboat.Api.Core.V1;

[Doc("A path on the node mapped into the pod.")]
public sealed class HostPathVolumeSource
{
    [Doc("Path on the node.")]
    [RequiredField] public string Path { get; set; } = "";
    [Doc("Expected type of the path: \"\", DirectoryOrCreate, Directory, FileOrCreate, File, Socket, CharDevice or BlockDevice.")]
    public string? Type { get; set; }
}

[Doc("A temporary directory that shares the pod's lifetime.")]
public sealed class EmptyDirVolumeSource
{
    [Doc("Storage medium: \"\" for the node's default, or Memory for tmpfs.")]
    public string? Medium { get; set; }
    [Doc("Maximum size of the directory.")]
    public Quantity? SizeLimit { get; set; }
}

[Doc("Exposes a Secret's keys as files.")]
public sealed class SecretVolumeSource
{
    [Doc("Name of the Secret in the pod's namespace.")]
    public string? SecretName { get; set; }
    [Doc("Keys to project and their paths; all keys when empty.")]
    [ListType("atomic")] public List<KeyToPath>? Items { get; set; }
    [Doc("Mode bits of the created files; default 0644.")]
    public int? DefaultMode { get; set; }
    [Doc("Whether the Secret or its keys may be missing.")]
    public bool? Optional { get; set; }
}

[Doc("Exposes a ConfigMap's keys as files.")]
public sealed class ConfigMapVolumeSource
{
    public string? Name { get; set; }
    [Doc("Keys to project and their paths; all keys when empty.")]
    [ListType("atomic")] public List<KeyToPath>? Items { get; set; }
    [Doc("Mode bits of the created files; default 0644.")]
    public int? DefaultMode { get; set; }
    [Doc("Whether the ConfigMap or its keys may be missing.")]
    public bool? Optional { get; set; }
}

[Doc("Maps one key to a relative file path.")]
public sealed class KeyToPath
{
    [RequiredField] public string Key { get; set; } = "";
    [RequiredField] public string Path { get; set; } = "";
    public int? Mode { get; set; }
}

[Doc("Exposes pod fields and container resources as files.")]
public sealed class DownwardAPIVolumeSource
{
    [ListType("atomic")] public List<DownwardAPIVolumeFile>? Items { get; set; }
    public int? DefaultMode { get; set; }
}

[Doc("One file of a downward API volume.")]
public sealed class DownwardAPIVolumeFile
{
    [RequiredField] public string Path { get; set; } = "";
    public ObjectFieldSelector? FieldRef { get; set; }
    public ResourceFieldSelector? ResourceFieldRef { get; set; }
    public int? Mode { get; set; }
}

[Doc("Several volume sources combined into one directory.")]
public sealed class ProjectedVolumeSource
{
    [ListType("atomic")] public List<VolumeProjection>? Sources { get; set; }
    public int? DefaultMode { get; set; }
}

[Doc("One source of a projected volume; exactly one member may be set.")]
public sealed class VolumeProjection
{
    public SecretProjection? Secret { get; set; }
    public DownwardAPIProjection? DownwardAPI { get; set; }
    public ConfigMapProjection? ConfigMap { get; set; }
    public ServiceAccountTokenProjection? ServiceAccountToken { get; set; }
    public ClusterTrustBundleProjection? ClusterTrustBundle { get; set; }
}

[Doc("Secret keys projected into a projected volume.")]
public sealed class SecretProjection
{
    public string? Name { get; set; }
    [ListType("atomic")] public List<KeyToPath>? Items { get; set; }
    public bool? Optional { get; set; }
}

[Doc("ConfigMap keys projected into a projected volume.")]
public sealed class ConfigMapProjection
{
    public string? Name { get; set; }
    [ListType("atomic")] public List<KeyToPath>? Items { get; set; }
    public bool? Optional { get; set; }
}

[Doc("Downward API files projected into a projected volume.")]
public sealed class DownwardAPIProjection
{
    [ListType("atomic")] public List<DownwardAPIVolumeFile>? Items { get; set; }
}

[Doc("A bound service account token written to a file and refreshed by the kubelet.")]
public sealed class ServiceAccountTokenProjection
{
    public string? Audience { get; set; }
    public long? ExpirationSeconds { get; set; }
    [RequiredField] public string Path { get; set; } = "";
}

[Doc("Certificates from ClusterTrustBundle objects written to a file.")]
public sealed class ClusterTrustBundleProjection
{
    public string? Name { get; set; }
    public string? SignerName { get; set; }
    public LabelSelector? LabelSelector { get; set; }
    public bool? Optional { get; set; }
    [RequiredField] public string Path { get; set; } = "";
}

[Doc("Uses the volume bound to a PersistentVolumeClaim.")]
public sealed class PersistentVolumeClaimVolumeSource
{
    [Doc("Name of the claim in the pod's namespace.")]
    [RequiredField] public string ClaimName { get; set; } = "";
    public bool? ReadOnly { get; set; }
}

[Doc("A volume backed by a claim created from a template for this pod.")]
public sealed class EphemeralVolumeSource
{
    public PersistentVolumeClaimTemplate? VolumeClaimTemplate { get; set; }
}

[Doc("The metadata and spec of a claim created for an ephemeral volume.")]
public sealed class PersistentVolumeClaimTemplate
{
    public ObjectMeta? Metadata { get; set; }
    [RequiredField] public PersistentVolumeClaimSpec Spec { get; set; } = new();
}

[Doc("An ephemeral volume provided by a CSI driver.")]
public sealed class CSIVolumeSource
{
    [RequiredField] public string Driver { get; set; } = "";
    public bool? ReadOnly { get; set; }
    public string? FSType { get; set; }
    public Dictionary<string, string>? VolumeAttributes { get; set; }
    public LocalObjectReference? NodePublishSecretRef { get; set; }
}

[Doc("An OCI image or artifact mounted read-only.")]
public sealed class ImageVolumeSource
{
    public string? Reference { get; set; }
    public string? PullPolicy { get; set; }
}

[Doc("An NFS mount.")]
public sealed class NFSVolumeSource
{
    [Doc("Host name or IP of the NFS server.")]
    [RequiredField] public string Server { get; set; } = "";
    [Doc("Exported path.")]
    [RequiredField] public string Path { get; set; } = "";
    public bool? ReadOnly { get; set; }
}
