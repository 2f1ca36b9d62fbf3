using Tugboat.Api.Meta;
using Tugboat.Api.Schema;

namespace Tugboat.Api.Core.V1;

[Doc("A path on the node mapped into the pod.")]
public sealed class HostPathVolumeSource
{
    [Doc("Path on the node.")]
    [RequiredField, ProtoField(1)] public string Path { get; set; } = "";
    [Doc("Expected type of the path: \"\", DirectoryOrCreate, Directory, FileOrCreate, File, Socket, CharDevice or BlockDevice.")]
    [ProtoField(2)] public string? Type { get; set; }
}

[Doc("A temporary directory that shares the pod's lifetime.")]
public sealed class EmptyDirVolumeSource
{
    [Doc("Storage medium: \"\" for the node's default, or Memory for tmpfs.")]
    [ProtoField(1, OmitEmpty = true)] public string? Medium { get; set; }
    [Doc("Maximum size of the directory.")]
    [ProtoField(2)] public Quantity? SizeLimit { get; set; }
}

[Doc("Exposes a Secret's keys as files.")]
public sealed class SecretVolumeSource
{
    [Doc("Name of the Secret in the pod's namespace.")]
    [ProtoField(1, OmitEmpty = true)] public string? SecretName { get; set; }
    [Doc("Keys to project and their paths; all keys when empty.")]
    [ListType("atomic"), ProtoField(2)] public List<KeyToPath>? Items { get; set; }
    [Doc("Mode bits of the created files; default 0644.")]
    [ProtoField(3)] public int? DefaultMode { get; set; }
    [Doc("Whether the Secret or its keys may be missing.")]
    [ProtoField(4)] public bool? Optional { get; set; }
}

[Doc("Exposes a ConfigMap's keys as files.")]
public sealed class ConfigMapVolumeSource
{
    [ProtoField(1, Embedded = 1, OmitEmpty = true)] public string? Name { get; set; }
    [Doc("Keys to project and their paths; all keys when empty.")]
    [ListType("atomic"), ProtoField(2)] public List<KeyToPath>? Items { get; set; }
    [Doc("Mode bits of the created files; default 0644.")]
    [ProtoField(3)] public int? DefaultMode { get; set; }
    [Doc("Whether the ConfigMap or its keys may be missing.")]
    [ProtoField(4)] public bool? Optional { get; set; }
}

[Doc("Maps one key to a relative file path.")]
public sealed class KeyToPath
{
    [RequiredField, ProtoField(1)] public string Key { get; set; } = "";
    [RequiredField, ProtoField(2)] public string Path { get; set; } = "";
    [ProtoField(3)] public int? Mode { get; set; }
}

[Doc("Exposes pod fields and container resources as files.")]
public sealed class DownwardAPIVolumeSource
{
    [ListType("atomic"), ProtoField(1)] public List<DownwardAPIVolumeFile>? Items { get; set; }
    [ProtoField(2)] public int? DefaultMode { get; set; }
}

[Doc("One file of a downward API volume.")]
public sealed class DownwardAPIVolumeFile
{
    [RequiredField, ProtoField(1)] public string Path { get; set; } = "";
    [ProtoField(2)] public ObjectFieldSelector? FieldRef { get; set; }
    [ProtoField(3)] public ResourceFieldSelector? ResourceFieldRef { get; set; }
    [ProtoField(4)] public int? Mode { get; set; }
}

[Doc("Several volume sources combined into one directory.")]
public sealed class ProjectedVolumeSource
{
    [ListType("atomic"), ProtoField(1)] public List<VolumeProjection>? Sources { get; set; }
    [ProtoField(2)] public int? DefaultMode { get; set; }
}

[Doc("One source of a projected volume; exactly one member may be set.")]
public sealed class VolumeProjection
{
    [ProtoField(1)] public SecretProjection? Secret { get; set; }
    [ProtoField(2)] public DownwardAPIProjection? DownwardAPI { get; set; }
    [ProtoField(3)] public ConfigMapProjection? ConfigMap { get; set; }
    [ProtoField(4)] public ServiceAccountTokenProjection? ServiceAccountToken { get; set; }
    [ProtoField(5)] public ClusterTrustBundleProjection? ClusterTrustBundle { get; set; }
}

[Doc("Secret keys projected into a projected volume.")]
public sealed class SecretProjection
{
    [ProtoField(1, Embedded = 1, OmitEmpty = true)] public string? Name { get; set; }
    [ListType("atomic"), ProtoField(2)] public List<KeyToPath>? Items { get; set; }
    [ProtoField(4)] public bool? Optional { get; set; }
}

[Doc("ConfigMap keys projected into a projected volume.")]
public sealed class ConfigMapProjection
{
    [ProtoField(1, Embedded = 1, OmitEmpty = true)] public string? Name { get; set; }
    [ListType("atomic"), ProtoField(2)] public List<KeyToPath>? Items { get; set; }
    [ProtoField(4)] public bool? Optional { get; set; }
}

[Doc("Downward API files projected into a projected volume.")]
public sealed class DownwardAPIProjection
{
    [ListType("atomic"), ProtoField(1)] public List<DownwardAPIVolumeFile>? Items { get; set; }
}

[Doc("A bound service account token written to a file and refreshed by the kubelet.")]
public sealed class ServiceAccountTokenProjection
{
    [ProtoField(1, OmitEmpty = true)] public string? Audience { get; set; }
    [ProtoField(2)] public long? ExpirationSeconds { get; set; }
    [RequiredField, ProtoField(3)] public string Path { get; set; } = "";
}

[Doc("Certificates from ClusterTrustBundle objects written to a file.")]
public sealed class ClusterTrustBundleProjection
{
    [ProtoField(1)] public string? Name { get; set; }
    [ProtoField(2)] public string? SignerName { get; set; }
    [ProtoField(3)] public LabelSelector? LabelSelector { get; set; }
    [ProtoField(5)] public bool? Optional { get; set; }
    [RequiredField, ProtoField(4)] public string Path { get; set; } = "";
}

[Doc("Uses the volume bound to a PersistentVolumeClaim.")]
public sealed class PersistentVolumeClaimVolumeSource
{
    [Doc("Name of the claim in the pod's namespace.")]
    [RequiredField, ProtoField(1)] public string ClaimName { get; set; } = "";
    [ProtoField(2, OmitEmpty = true)] public bool? ReadOnly { get; set; }
}

[Doc("A volume backed by a claim created from a template for this pod.")]
public sealed class EphemeralVolumeSource
{
    [ProtoField(1)] public PersistentVolumeClaimTemplate? VolumeClaimTemplate { get; set; }
}

[Doc("The metadata and spec of a claim created for an ephemeral volume.")]
public sealed class PersistentVolumeClaimTemplate
{
    [ProtoField(1)] public ObjectMeta? Metadata { get; set; }
    [RequiredField, ProtoField(2)] public PersistentVolumeClaimSpec Spec { get; set; } = new();
}

[Doc("An ephemeral volume provided by a CSI driver.")]
public sealed class CSIVolumeSource
{
    [RequiredField, ProtoField(1)] public string Driver { get; set; } = "";
    [ProtoField(2)] public bool? ReadOnly { get; set; }
    [ProtoField(3)] public string? FSType { get; set; }
    [ProtoField(4)] public Dictionary<string, string>? VolumeAttributes { get; set; }
    [ProtoField(5)] public LocalObjectReference? NodePublishSecretRef { get; set; }
}

[Doc("An OCI image or artifact mounted read-only.")]
public sealed class ImageVolumeSource
{
    [ProtoField(1, OmitEmpty = true)] public string? Reference { get; set; }
    [ProtoField(2, OmitEmpty = true)] public string? PullPolicy { get; set; }
}

[Doc("An NFS mount.")]
public sealed class NFSVolumeSource
{
    [Doc("Host name or IP of the NFS server.")]
    [RequiredField, ProtoField(1)] public string Server { get; set; } = "";
    [Doc("Exported path.")]
    [RequiredField, ProtoField(2)] public string Path { get; set; } = "";
    [ProtoField(3, OmitEmpty = true)] public bool? ReadOnly { get; set; }
}
