using Tugboat.Api.Schema;

namespace Tugboat.Api.Core.V1;

[Doc("A temporary container added to a running pod, e.g. for debugging.")]
public sealed class EphemeralContainer : EphemeralContainerCommon
{
    [Doc("Container whose namespaces (PID, IPC, ...) this ephemeral container joins.")]
    [ProtoField(2, OmitEmpty = true)] public string? TargetContainerName { get; set; }
}

[Doc("The fields of an ephemeral container, which mirror Container's.")]
public class EphemeralContainerCommon
{
    [RequiredField, ProtoField(1, Embedded = 1)] public string Name { get; set; } = "";
    [ProtoField(2, Embedded = 1, OmitEmpty = true)] public string? Image { get; set; }
    [ListType("atomic"), ProtoField(3, Embedded = 1)] public List<string>? Command { get; set; }
    [ListType("atomic"), ProtoField(4, Embedded = 1)] public List<string>? Args { get; set; }
    [ProtoField(5, Embedded = 1, OmitEmpty = true)] public string? WorkingDir { get; set; }
    [PatchMergeKey("containerPort")]
    [PatchStrategy("merge")]
    [ListType("map")]
    [ListMapKeys("containerPort", "protocol")]
    [ProtoField(6, Embedded = 1)] public List<ContainerPort>? Ports { get; set; }
    [ListType("atomic"), ProtoField(19, Embedded = 1)] public List<EnvFromSource>? EnvFrom { get; set; }
    [PatchMergeKey("name")] [PatchStrategy("merge")] [ListType("map")] [ListMapKeys("name"), ProtoField(7, Embedded = 1)] public List<EnvVar>? Env { get; set; }
    [ProtoField(8, Embedded = 1)] public ResourceRequirements? Resources { get; set; }
    [ListType("atomic"), ProtoField(23, Embedded = 1)] public List<ContainerResizePolicy>? ResizePolicy { get; set; }
    [ProtoField(24, Embedded = 1)] public string? RestartPolicy { get; set; }
    [PatchMergeKey("mountPath")]
    [PatchStrategy("merge")]
    [ListType("map")]
    [ListMapKeys("mountPath")]
    [ProtoField(9, Embedded = 1)] public List<VolumeMount>? VolumeMounts { get; set; }
    [PatchMergeKey("devicePath")]
    [PatchStrategy("merge")]
    [ListType("map")]
    [ListMapKeys("devicePath")]
    [ProtoField(21, Embedded = 1)] public List<VolumeDevice>? VolumeDevices { get; set; }
    [ProtoField(10, Embedded = 1)] public Probe? LivenessProbe { get; set; }
    [ProtoField(11, Embedded = 1)] public Probe? ReadinessProbe { get; set; }
    [ProtoField(22, Embedded = 1)] public Probe? StartupProbe { get; set; }
    [ProtoField(12, Embedded = 1)] public Lifecycle? Lifecycle { get; set; }
    [ProtoField(13, Embedded = 1, OmitEmpty = true)] public string? TerminationMessagePath { get; set; }
    [ProtoField(20, Embedded = 1, OmitEmpty = true)] public string? TerminationMessagePolicy { get; set; }
    [ProtoField(14, Embedded = 1, OmitEmpty = true)] public string? ImagePullPolicy { get; set; }
    [ProtoField(15, Embedded = 1)] public SecurityContext? SecurityContext { get; set; }
    [ProtoField(16, Embedded = 1, OmitEmpty = true)] public bool? Stdin { get; set; }
    [ProtoField(17, Embedded = 1, OmitEmpty = true)] public bool? StdinOnce { get; set; }
    [ProtoField(18, Embedded = 1, OmitEmpty = true)] public bool? TTY { get; set; }
}
