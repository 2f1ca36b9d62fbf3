using System.Text.Json.Serialization;
using Tugboat.Api.Schema;

namespace Tugboat.Api.Core.V1;

[Doc("The observed state of one container.")]
public sealed class ContainerStatus
{
    [Doc("Name of the container.")]
    [RequiredField] public string Name { get; set; } = "";
    [Doc("Current state of the container.")]
    public ContainerState? State { get; set; }
    [Doc("State of the container's previous run, kept for debugging.")]
    [JsonPropertyName("lastState")] public ContainerState? LastTerminationState { get; set; }
    [Doc("Whether the container passes its readiness probe.")]
    [RequiredField] public bool Ready { get; set; }
    [Doc("Number of times the container has been restarted.")]
    [RequiredField] public int RestartCount { get; set; }
    [Doc("Image the container runs.")]
    [RequiredField] public string Image { get; set; } = "";
    [Doc("Image ID of the image the container runs.")]
    [RequiredField] public string ImageID { get; set; } = "";
    [Doc("Container ID as <runtime>://<id>.")]
    public string? ContainerID { get; set; }
    [Doc("Whether the container has passed its startup probe.")]
    public bool? Started { get; set; }
    public Dictionary<string, Quantity>? AllocatedResources { get; set; }
    public ResourceRequirements? Resources { get; set; }
    [PatchMergeKey("mountPath")]
    [PatchStrategy("merge")]
    [ListType("map")]
    [ListMapKeys("mountPath")]
    public List<VolumeMountStatus>? VolumeMounts { get; set; }
    public ContainerUser? User { get; set; }
    [PatchMergeKey("name")]
    [PatchStrategy("merge")]
    [ListType("map")]
    [ListMapKeys("name")]
    public List<ResourceStatus>? AllocatedResourcesStatus { get; set; }
}

[Doc("One of waiting, running or terminated; at most one is set.")]
public sealed class ContainerState
{
    [Doc("The container has not started yet.")]
    public ContainerStateWaiting? Waiting { get; set; }
    [Doc("The container is running.")]
    public ContainerStateRunning? Running { get; set; }
    [Doc("The container has exited.")]
    public ContainerStateTerminated? Terminated { get; set; }
}

[Doc("Details of a container that is waiting to start.")]
public sealed class ContainerStateWaiting
{
    [Doc("Why the container is waiting, e.g. ContainerCreating or CrashLoopBackOff.")]
    public string? Reason { get; set; }
    public string? Message { get; set; }
}

[Doc("Details of a running container.")]
public sealed class ContainerStateRunning
{
    [Doc("When the container last started.")]
    public DateTimeOffset? StartedAt { get; set; }
}

[Doc("Details of a container that has exited.")]
public sealed class ContainerStateTerminated
{
    [Doc("Exit status of the container's last run.")]
    [RequiredField] public int ExitCode { get; set; }
    public int? Signal { get; set; }
    [Doc("Why it exited, e.g. Completed, Error or OOMKilled.")]
    public string? Reason { get; set; }
    public string? Message { get; set; }
    public DateTimeOffset? StartedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
    public string? ContainerID { get; set; }
}

[Doc("The observed state of a volume mount.")]
public sealed class VolumeMountStatus
{
    [RequiredField] public string Name { get; set; } = "";
    [RequiredField] public string MountPath { get; set; } = "";
    public bool? ReadOnly { get; set; }
    public string? RecursiveReadOnly { get; set; }
}

[Doc("Identity of a container's first process.")]
public sealed class ContainerUser
{
    public LinuxContainerUser? Linux { get; set; }
}

[Doc("UID, GID and supplemental groups of a Linux container's first process.")]
public sealed class LinuxContainerUser
{
    [RequiredField] public long UID { get; set; }
    [RequiredField] public long GID { get; set; }
    [ListType("atomic")] public List<long>? SupplementalGroups { get; set; }
}

[Doc("Health of the resources allocated to a container for one resource name.")]
public sealed class ResourceStatus
{
    [RequiredField] public string Name { get; set; } = "";
    [ListType("map")] [ListMapKeys("resourceID")] public List<ResourceHealth>? Resources { get; set; }
}

[Doc("Health of one allocated device.")]
public sealed class ResourceHealth
{
    [RequiredField] public string ResourceID { get; set; } = "";
    public string? Health { get; set; }
}
