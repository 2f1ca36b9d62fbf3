using System.Text.Json.Serialization;
using Tugboat.Api.Schema;

namespace Tugboat.Api.Core.V1;

[Doc("A single application container in a pod.")]
public sealed class Container
{
    [Doc("Name of the container, unique within the pod (a DNS label).")]
    [RequiredField, ProtoField(1)] public string Name { get; set; } = "";
    [Doc("Container image reference, e.g. nginx:1.27.")]
    [ProtoField(2, OmitEmpty = true)] public string? Image { get; set; }
    [Doc("Entrypoint array; replaces the image's ENTRYPOINT. $(VAR) references are expanded.")]
    [ListType("atomic"), ProtoField(3)] public List<string>? Command { get; set; }
    [Doc("Arguments to the entrypoint; replace the image's CMD. $(VAR) references are expanded.")]
    [ListType("atomic"), ProtoField(4)] public List<string>? Args { get; set; }
    [Doc("Working directory of the container; defaults to the image's.")]
    [ProtoField(5, OmitEmpty = true)] public string? WorkingDir { get; set; }
    [Doc("Ports the container exposes; informational, but named ports can be referenced by Services and probes.")]
    [PatchMergeKey("containerPort")]
    [PatchStrategy("merge")]
    [ListType("map")]
    [ListMapKeys("containerPort", "protocol")]
    [ProtoField(6)] public List<ContainerPort>? Ports { get; set; }
    [Doc("Sources whose keys all become environment variables.")]
    [ListType("atomic"), ProtoField(19)] public List<EnvFromSource>? EnvFrom { get; set; }
    [Doc("Environment variables set in the container.")]
    [PatchMergeKey("name")] [PatchStrategy("merge")] [ListType("map")] [ListMapKeys("name"), ProtoField(7)] public List<EnvVar>? Env { get; set; }
    [Doc("CPU, memory and other resources the container requests and is limited to.")]
    [ProtoField(8)] public ResourceRequirements? Resources { get; set; }
    [Doc("How each resource may be resized in place.")]
    [ListType("atomic"), ProtoField(23)] public List<ContainerResizePolicy>? ResizePolicy { get; set; }
    [Doc("For init containers only: Always makes it a sidecar that keeps running.")]
    [ProtoField(24)] public string? RestartPolicy { get; set; }
    [Doc("Pod volumes mounted into the container's filesystem.")]
    [PatchMergeKey("mountPath")]
    [PatchStrategy("merge")]
    [ListType("map")]
    [ListMapKeys("mountPath")]
    [ProtoField(9)] public List<VolumeMount>? VolumeMounts { get; set; }
    [Doc("Block devices the container uses.")]
    [PatchMergeKey("devicePath")]
    [PatchStrategy("merge")]
    [ListType("map")]
    [ListMapKeys("devicePath")]
    [ProtoField(21)] public List<VolumeDevice>? VolumeDevices { get; set; }
    [Doc("Probe whose failure restarts the container.")]
    [ProtoField(10)] public Probe? LivenessProbe { get; set; }
    [Doc("Probe whose failure removes the pod from Service endpoints.")]
    [ProtoField(11)] public Probe? ReadinessProbe { get; set; }
    [Doc("Probe that must succeed before liveness and readiness probes start.")]
    [ProtoField(22)] public Probe? StartupProbe { get; set; }
    [Doc("Hooks run after the container starts and before it stops.")]
    [ProtoField(12)] public Lifecycle? Lifecycle { get; set; }
    [Doc("File whose contents become the container's termination message; default /dev/termination-log.")]
    [ProtoField(13, OmitEmpty = true)] public string? TerminationMessagePath { get; set; }
    [Doc("File (default) or FallbackToLogsOnError.")]
    [ProtoField(20, OmitEmpty = true)] public string? TerminationMessagePolicy { get; set; }
    [Doc("Always, Never or IfNotPresent; defaults to Always for :latest images, otherwise IfNotPresent.")]
    [ProtoField(14, OmitEmpty = true)] public string? ImagePullPolicy { get; set; }
    [Doc("Security options for this container, overriding the pod's.")]
    [ProtoField(15)] public SecurityContext? SecurityContext { get; set; }
    [Doc("Allocate a buffer for stdin in the container runtime.")]
    [ProtoField(16, OmitEmpty = true)] public bool? Stdin { get; set; }
    [Doc("Close stdin after the first attach session ends.")]
    [ProtoField(17, OmitEmpty = true)] public bool? StdinOnce { get; set; }
    [Doc("Allocate a TTY for the container.")]
    [ProtoField(18, OmitEmpty = true)] public bool? TTY { get; set; }
}

[Doc("A network port exposed by a container.")]
public sealed class ContainerPort
{
    [Doc("Optional IANA_SVC_NAME for the port, referable by Services and probes.")]
    [ProtoField(1, OmitEmpty = true)] public string? Name { get; set; }
    [Doc("Port to expose on the node's IP; rarely needed.")]
    [ProtoField(2, OmitEmpty = true)] public int? HostPort { get; set; }
    [Doc("Port number on the pod's IP address.")]
    [JsonPropertyName("containerPort")] [RequiredField, ProtoField(3)] public int ContainerPortValue { get; set; }
    [Doc("TCP (default), UDP or SCTP.")]
    [ProtoField(4, OmitEmpty = true)] public string? Protocol { get; set; }
    [Doc("Node IP to bind the host port to.")]
    [ProtoField(5, OmitEmpty = true)] public string? HostIP { get; set; }
}

[Doc("A volume mounted into a container.")]
public sealed class VolumeMount
{
    [Doc("Name of the pod volume to mount.")]
    [RequiredField, ProtoField(1)] public string Name { get; set; } = "";
    [Doc("Mount the volume read-only.")]
    [ProtoField(2, OmitEmpty = true)] public bool? ReadOnly { get; set; }
    [ProtoField(7)] public string? RecursiveReadOnly { get; set; }
    [Doc("Path inside the container at which to mount the volume.")]
    [RequiredField, ProtoField(3)] public string MountPath { get; set; } = "";
    [Doc("Sub-path within the volume to mount instead of its root.")]
    [ProtoField(4, OmitEmpty = true)] public string? SubPath { get; set; }
    [ProtoField(5)] public string? MountPropagation { get; set; }
    [ProtoField(6, OmitEmpty = true)] public string? SubPathExpr { get; set; }
}

[Doc("A raw block volume exposed to a container as a device.")]
public sealed class VolumeDevice
{
    [RequiredField, ProtoField(1)] public string Name { get; set; } = "";
    [RequiredField, ProtoField(2)] public string DevicePath { get; set; } = "";
}

[Doc("Whether resizing a resource in place restarts the container.")]
public sealed class ContainerResizePolicy
{
    [RequiredField, ProtoField(1)] public string ResourceName { get; set; } = "";
    [RequiredField, ProtoField(2)] public string RestartPolicy { get; set; } = "";
}
