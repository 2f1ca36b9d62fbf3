using Tugboat.Api.Schema;

namespace Tugboat.Api.Core.V1;

[Doc("Security options of a container; they override the pod's where both are set.")]
public sealed class SecurityContext
{
    [Doc("Linux capabilities to add or drop.")]
    public Capabilities? Capabilities { get; set; }
    [Doc("Run the container privileged, like root on the host.")]
    public bool? Privileged { get; set; }
    public SELinuxOptions? SELinuxOptions { get; set; }
    public WindowsSecurityContextOptions? WindowsOptions { get; set; }
    [Doc("UID the container process runs as.")]
    public long? RunAsUser { get; set; }
    [Doc("GID the container process runs as.")]
    public long? RunAsGroup { get; set; }
    [Doc("Refuse to start the container if it would run as UID 0.")]
    public bool? RunAsNonRoot { get; set; }
    [Doc("Mount the container's root filesystem read-only.")]
    public bool? ReadOnlyRootFilesystem { get; set; }
    [Doc("Whether a process may gain more privileges than its parent (no_new_privs).")]
    public bool? AllowPrivilegeEscalation { get; set; }
    public string? ProcMount { get; set; }
    public SeccompProfile? SeccompProfile { get; set; }
    public AppArmorProfile? AppArmorProfile { get; set; }
}

[Doc("Security options that apply to the whole pod and default those of its containers.")]
public sealed class PodSecurityContext
{
    public SELinuxOptions? SELinuxOptions { get; set; }
    public WindowsSecurityContextOptions? WindowsOptions { get; set; }
    [Doc("Default UID for the pod's container processes.")]
    public long? RunAsUser { get; set; }
    [Doc("Default GID for the pod's container processes.")]
    public long? RunAsGroup { get; set; }
    [Doc("Refuse to start containers that would run as UID 0.")]
    public bool? RunAsNonRoot { get; set; }
    [Doc("Extra groups for the first process of each container.")]
    [ListType("atomic")] public List<long>? SupplementalGroups { get; set; }
    public string? SupplementalGroupsPolicy { get; set; }
    [Doc("Supplemental group that owns the pod's volumes and is added to every container.")]
    public long? FSGroup { get; set; }
    [Doc("Namespaced sysctls set for the pod.")]
    [ListType("atomic")] public List<Sysctl>? Sysctls { get; set; }
    public string? FSGroupChangePolicy { get; set; }
    public SeccompProfile? SeccompProfile { get; set; }
    public AppArmorProfile? AppArmorProfile { get; set; }
    public string? SELinuxChangePolicy { get; set; }
}

[Doc("Linux capabilities to add to or drop from a container.")]
public sealed class Capabilities
{
    [ListType("atomic")] public List<string>? Add { get; set; }
    [ListType("atomic")] public List<string>? Drop { get; set; }
}

[Doc("SELinux labels applied to a container.")]
public sealed class SELinuxOptions
{
    public string? User { get; set; }
    public string? Role { get; set; }
    public string? Type { get; set; }
    public string? Level { get; set; }
}

[Doc("Windows-specific security options.")]
public sealed class WindowsSecurityContextOptions
{
    public string? GMSACredentialSpecName { get; set; }
    public string? GMSACredentialSpec { get; set; }
    public string? RunAsUserName { get; set; }
    public bool? HostProcess { get; set; }
}

[Doc("The seccomp profile to apply.")]
public sealed class SeccompProfile
{
    [RequiredField] public string Type { get; set; } = "";
    public string? LocalhostProfile { get; set; }
}

[Doc("The AppArmor profile to apply.")]
public sealed class AppArmorProfile
{
    [RequiredField] public string Type { get; set; } = "";
    public string? LocalhostProfile { get; set; }
}

[Doc("A kernel parameter to set.")]
public sealed class Sysctl
{
    [RequiredField] public string Name { get; set; } = "";
    [RequiredField] public string Value { get; set; } = "";
}
