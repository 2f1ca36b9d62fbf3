using Tugboat.Api.Schema;

namespace Tugboat.Api.Core.V1;

[Doc("A temporary container added to a running pod, e.g. for debugging.")]
public sealed class EphemeralContainer : EphemeralContainerCommon
{
    [Doc("Container whose namespaces (PID, IPC, ...) this ephemeral container joins.")]
    public string? TargetContainerName { get; set; }
}

[Doc("The fields of an ephemeral container, which mirror Container's.")]
public class EphemeralContainerCommon
{
    [RequiredField] public string Name { get; set; } = "";
    public string? Image { get; set; }
    [ListType("atomic")] public List<string>? Command { get; set; }
    [ListType("atomic")] public List<string>? Args { get; set; }
    public string? WorkingDir { get; set; }
    [PatchMergeKey("containerPort")]
    [PatchStrategy("merge")]
    [ListType("map")]
    [ListMapKeys("containerPort", "protocol")]
    public List<ContainerPort>? Ports { get; set; }
    [ListType("atomic")] public List<EnvFromSource>? EnvFrom { get; set; }
    [PatchMergeKey("name")] [PatchStrategy("merge")] [ListType("map")] [ListMapKeys("name")] public List<EnvVar>? Env { get; set; }
    public ResourceRequirements? Resources { get; set; }
    [ListType("atomic")] public List<ContainerResizePolicy>? ResizePolicy { get; set; }
    public string? RestartPolicy { get; set; }
    [PatchMergeKey("mountPath")]
    [PatchStrategy("merge")]
    [ListType("map")]
    [ListMapKeys("mountPath")]
    public List<VolumeMount>? VolumeMounts { get; set; }
    [PatchMergeKey("devicePath")]
    [PatchStrategy("merge")]
    [ListType("map")]
    [ListMapKeys("devicePath")]
    public List<VolumeDevice>? VolumeDevices { get; set; }
    public Probe? LivenessProbe { get; set; }
    public Probe? ReadinessProbe { get; set; }
    public Probe? StartupProbe { get; set; }
    public Lifecycle? Lifecycle { get; set; }
    public string? TerminationMessagePath { get; set; }
    public string? TerminationMessagePolicy { get; set; }
    public string? ImagePullPolicy { get; set; }
    public SecurityContext? SecurityContext { get; set; }
    public bool? Stdin { get; set; }
    public bool? StdinOnce { get; set; }
    public bool? TTY { get; set; }
}
