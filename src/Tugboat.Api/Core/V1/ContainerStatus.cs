using System.Text.Json.Serialization;
using Tugboat.Api.Schema;

namespace Tugboat.Api.Core.V1;

[Doc("The observed state of one container.")]
public sealed class ContainerStatus
{
    [Doc("Name of the container.")]
    [RequiredField, ProtoField(1)] public string Name { get; set; } = "";
    [Doc("Current state of the container.")]
    [ProtoField(2)] public ContainerState? State { get; set; }
    [Doc("State of the container's previous run, kept for debugging.")]
    [JsonPropertyName("lastState"), ProtoField(3)] public ContainerState? LastTerminationState { get; set; }
    [Doc("Whether the container passes its readiness probe.")]
    [RequiredField, ProtoField(4)] public bool Ready { get; set; }
    [Doc("Number of times the container has been restarted.")]
    [RequiredField, ProtoField(5)] public int RestartCount { get; set; }
    [Doc("Image the container runs.")]
    [RequiredField, ProtoField(6)] public string Image { get; set; } = "";
    [Doc("Image ID of the image the container runs.")]
    [RequiredField, ProtoField(7)] public string ImageID { get; set; } = "";
    [Doc("Container ID as <runtime>://<id>.")]
    [ProtoField(8, OmitEmpty = true)] public string? ContainerID { get; set; }
    [Doc("Whether the container has passed its startup probe.")]
    [ProtoField(9)] public bool? Started { get; set; }
    [ProtoField(10)] public Dictionary<string, Quantity>? AllocatedResources { get; set; }
    [ProtoField(11)] public ResourceRequirements? Resources { get; set; }
    [PatchMergeKey("mountPath")]
    [PatchStrategy("merge")]
    [ListType("map")]
    [ListMapKeys("mountPath")]
    [ProtoField(12)] public List<VolumeMountStatus>? VolumeMounts { get; set; }
    [ProtoField(13)] public ContainerUser? User { get; set; }
    [PatchMergeKey("name")]
    [PatchStrategy("merge")]
    [ListType("map")]
    [ListMapKeys("name")]
    [ProtoField(14)] public List<ResourceStatus>? AllocatedResourcesStatus { get; set; }
}

[Doc("One of waiting, running or terminated; at most one is set.")]
public sealed class ContainerState
{
    [Doc("The container has not started yet.")]
    [ProtoField(1)] public ContainerStateWaiting? Waiting { get; set; }
    [Doc("The container is running.")]
    [ProtoField(2)] public ContainerStateRunning? Running { get; set; }
    [Doc("The container has exited.")]
    [ProtoField(3)] public ContainerStateTerminated? Terminated { get; set; }
}

[Doc("Details of a container that is waiting to start.")]
public sealed class ContainerStateWaiting
{
    [Doc("Why the container is waiting, e.g. ContainerCreating or CrashLoopBackOff.")]
    [ProtoField(1, OmitEmpty = true)] public string? Reason { get; set; }
    [ProtoField(2, OmitEmpty = true)] public string? Message { get; set; }
}

[Doc("Details of a running container.")]
public sealed class ContainerStateRunning
{
    [Doc("When the container last started.")]
    [ProtoField(1)] public DateTimeOffset? StartedAt { get; set; }
}

[Doc("Details of a container that has exited.")]
public sealed class ContainerStateTerminated
{
    [Doc("Exit status of the container's last run.")]
    [RequiredField, ProtoField(1)] public int ExitCode { get; set; }
    [ProtoField(2, OmitEmpty = true)] public int? Signal { get; set; }
    [Doc("Why it exited, e.g. Completed, Error or OOMKilled.")]
    [ProtoField(3, OmitEmpty = true)] public string? Reason { get; set; }
    [ProtoField(4, OmitEmpty = true)] public string? Message { get; set; }
    [ProtoField(5)] public DateTimeOffset? StartedAt { get; set; }
    [ProtoField(6)] public DateTimeOffset? FinishedAt { get; set; }
    [ProtoField(7, OmitEmpty = true)] public string? ContainerID { get; set; }
}

[Doc("The observed state of a volume mount.")]
public sealed class VolumeMountStatus
{
    [RequiredField, ProtoField(1)] public string Name { get; set; } = "";
    [RequiredField, ProtoField(2)] public string MountPath { get; set; } = "";
    [ProtoField(3, OmitEmpty = true)] public bool? ReadOnly { get; set; }
    [ProtoField(4)] public string? RecursiveReadOnly { get; set; }
}

[Doc("Identity of a container's first process.")]
public sealed class ContainerUser
{
    [ProtoField(1)] public LinuxContainerUser? Linux { get; set; }
}

[Doc("UID, GID and supplemental groups of a Linux container's first process.")]
public sealed class LinuxContainerUser
{
    [RequiredField, ProtoField(1)] public long UID { get; set; }
    [RequiredField, ProtoField(2)] public long GID { get; set; }
    [ListType("atomic"), ProtoField(3)] public List<long>? SupplementalGroups { get; set; }
}

[Doc("Health of the resources allocated to a container for one resource name.")]
public sealed class ResourceStatus
{
    [RequiredField, ProtoField(1)] public string Name { get; set; } = "";
    [ListType("map")] [ListMapKeys("resourceID"), ProtoField(2)] public List<ResourceHealth>? Resources { get; set; }
}

[Doc("Health of one allocated device.")]
public sealed class ResourceHealth
{
    [RequiredField, ProtoField(1)] public string ResourceID { get; set; } = "";
    [ProtoField(2, OmitEmpty = true)] public string? Health { get; set; }
}
