using Tugboat.Api.Schema;

namespace Tugboat.Api.Core.V1;

[Doc("Security options of a container; they override the pod's where both are set.")]
public sealed class SecurityContext
{
    [Doc("Linux capabilities to add or drop.")]
    [ProtoField(1)] public Capabilities? Capabilities { get; set; }
    [Doc("Run the container privileged, like root on the host.")]
    [ProtoField(2)] public bool? Privileged { get; set; }
    [ProtoField(3)] public SELinuxOptions? SELinuxOptions { get; set; }
    [ProtoField(10)] public WindowsSecurityContextOptions? WindowsOptions { get; set; }
    [Doc("UID the container process runs as.")]
    [ProtoField(4)] public long? RunAsUser { get; set; }
    [Doc("GID the container process runs as.")]
    [ProtoField(8)] public long? RunAsGroup { get; set; }
    [Doc("Refuse to start the container if it would run as UID 0.")]
    [ProtoField(5)] public bool? RunAsNonRoot { get; set; }
    [Doc("Mount the container's root filesystem read-only.")]
    [ProtoField(6)] public bool? ReadOnlyRootFilesystem { get; set; }
    [Doc("Whether a process may gain more privileges than its parent (no_new_privs).")]
    [ProtoField(7)] public bool? AllowPrivilegeEscalation { get; set; }
    [ProtoField(9)] public string? ProcMount { get; set; }
    [ProtoField(11)] public SeccompProfile? SeccompProfile { get; set; }
    [ProtoField(12)] public AppArmorProfile? AppArmorProfile { get; set; }
}

[Doc("Security options that apply to the whole pod and default those of its containers.")]
public sealed class PodSecurityContext
{
    [ProtoField(1)] public SELinuxOptions? SELinuxOptions { get; set; }
    [ProtoField(8)] public WindowsSecurityContextOptions? WindowsOptions { get; set; }
    [Doc("Default UID for the pod's container processes.")]
    [ProtoField(2)] public long? RunAsUser { get; set; }
    [Doc("Default GID for the pod's container processes.")]
    [ProtoField(6)] public long? RunAsGroup { get; set; }
    [Doc("Refuse to start containers that would run as UID 0.")]
    [ProtoField(3)] public bool? RunAsNonRoot { get; set; }
    [Doc("Extra groups for the first process of each container.")]
    [ListType("atomic"), ProtoField(4)] public List<long>? SupplementalGroups { get; set; }
    [ProtoField(12)] public string? SupplementalGroupsPolicy { get; set; }
    [Doc("Supplemental group that owns the pod's volumes and is added to every container.")]
    [ProtoField(5)] public long? FSGroup { get; set; }
    [Doc("Namespaced sysctls set for the pod.")]
    [ListType("atomic"), ProtoField(7)] public List<Sysctl>? Sysctls { get; set; }
    [ProtoField(9)] public string? FSGroupChangePolicy { get; set; }
    [ProtoField(10)] public SeccompProfile? SeccompProfile { get; set; }
    [ProtoField(11)] public AppArmorProfile? AppArmorProfile { get; set; }
    [ProtoField(13)] public string? SELinuxChangePolicy { get; set; }
}

[Doc("Linux capabilities to add to or drop from a container.")]
public sealed class Capabilities
{
    [ListType("atomic"), ProtoField(1)] public List<string>? Add { get; set; }
    [ListType("atomic"), ProtoField(2)] public List<string>? Drop { get; set; }
}

[Doc("SELinux labels applied to a container.")]
public sealed class SELinuxOptions
{
    [ProtoField(1, OmitEmpty = true)] public string? User { get; set; }
    [ProtoField(2, OmitEmpty = true)] public string? Role { get; set; }
    [ProtoField(3, OmitEmpty = true)] public string? Type { get; set; }
    [ProtoField(4, OmitEmpty = true)] public string? Level { get; set; }
}

[Doc("Windows-specific security options.")]
public sealed class WindowsSecurityContextOptions
{
    [ProtoField(1)] public string? GMSACredentialSpecName { get; set; }
    [ProtoField(2)] public string? GMSACredentialSpec { get; set; }
    [ProtoField(3)] public string? RunAsUserName { get; set; }
    [ProtoField(4)] public bool? HostProcess { get; set; }
}

[Doc("The seccomp profile to apply.")]
public sealed class SeccompProfile
{
    [RequiredField, ProtoField(1)] public string Type { get; set; } = "";
    [ProtoField(2)] public string? LocalhostProfile { get; set; }
}

[Doc("The AppArmor profile to apply.")]
public sealed class AppArmorProfile
{
    [RequiredField, ProtoField(1)] public string Type { get; set; } = "";
    [ProtoField(2)] public string? LocalhostProfile { get; set; }
}

[Doc("A kernel parameter to set.")]
public sealed class Sysctl
{
    [RequiredField, ProtoField(1)] public string Name { get; set; } = "";
    [RequiredField, ProtoField(2)] public string Value { get; set; } = "";
}
