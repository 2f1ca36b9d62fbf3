using Tugboat.Api.Meta;
using Tugboat.Api.Schema;

namespace Tugboat.Api.Core.V1;

[KubernetesKind("", "v1", "Pod")]
[Doc("A group of one or more containers that are scheduled together on one node and share its network namespace and volumes.")]
public sealed class Pod : KubernetesObject
{
    [Doc("Desired behaviour of the pod: its containers, volumes and scheduling constraints.")]
    public PodSpec? Spec { get; set; }
    [Doc("Most recently observed state of the pod, written by the system.")]
    public PodStatus? Status { get; set; }
}

[Doc("The observed state of a pod.")]
public sealed class PodStatus
{
    [Doc("Coarse lifecycle summary: Pending, Running, Succeeded, Failed or Unknown.")]
    public string? Phase { get; set; }
    [Doc("Current service state of the pod (PodScheduled, Initialized, ContainersReady, Ready, ...).")]
    [PatchMergeKey("type")]
    [PatchStrategy("merge")]
    [ListType("map")]
    [ListMapKeys("type")]
    public List<PodCondition>? Conditions { get; set; }
    [Doc("Human-readable explanation of why the pod is in its state.")]
    public string? Message { get; set; }
    [Doc("Brief CamelCase reason for the pod's state, e.g. Evicted.")]
    public string? Reason { get; set; }
    [Doc("Node a preempting pod is expected to land on once victims are gone.")]
    public string? NominatedNodeName { get; set; }
    [Doc("Primary IP address of the node the pod runs on.")]
    public string? HostIP { get; set; }
    [Doc("IP addresses of the node the pod runs on.")]
    [PatchMergeKey("ip")] [PatchStrategy("merge")] [ListType("atomic")] public List<HostIP>? HostIPs { get; set; }
    [Doc("Primary IP address allocated to the pod.")]
    public string? PodIP { get; set; }
    [Doc("IP addresses allocated to the pod, at most one per family.")]
    [PatchMergeKey("ip")] [PatchStrategy("merge")] [ListType("map")] [ListMapKeys("ip")] public List<PodIP>? PodIPs { get; set; }
    [Doc("When the kubelet acknowledged the pod, before images were pulled.")]
    public DateTimeOffset? StartTime { get; set; }
    [Doc("Status of each init container.")]
    [ListType("atomic")] public List<ContainerStatus>? InitContainerStatuses { get; set; }
    [Doc("Status of each app container.")]
    [ListType("atomic")] public List<ContainerStatus>? ContainerStatuses { get; set; }
    [Doc("Quality of service class derived from requests and limits: Guaranteed, Burstable or BestEffort.")]
    public string? QOSClass { get; set; }
    [Doc("Status of each ephemeral container.")]
    [ListType("atomic")] public List<ContainerStatus>? EphemeralContainerStatuses { get; set; }
    public string? Resize { get; set; }
    [PatchMergeKey("name")]
    [PatchStrategy("merge,retainKeys")]
    [ListType("map")]
    [ListMapKeys("name")]
    public List<PodResourceClaimStatus>? ResourceClaimStatuses { get; set; }
}

[Doc("One aspect of a pod's state and whether it currently holds.")]
public sealed class PodCondition
{
    [Doc("Condition type, e.g. Ready or PodScheduled.")]
    [RequiredField] public string Type { get; set; } = "";
    [Doc("True, False or Unknown.")]
    [RequiredField] public string Status { get; set; } = "";
    public DateTimeOffset? LastProbeTime { get; set; }
    public DateTimeOffset? LastTransitionTime { get; set; }
    public string? Reason { get; set; }
    public string? Message { get; set; }
}

[Doc("One IP address allocated to a pod.")]
public sealed class PodIP
{
    [RequiredField] public string IP { get; set; } = "";
}

[Doc("One IP address of the node hosting a pod.")]
public sealed class HostIP
{
    [RequiredField] public string IP { get; set; } = "";
}

[Doc("The ResourceClaim generated for one of the pod's claims.")]
public sealed class PodResourceClaimStatus
{
    [RequiredField] public string Name { get; set; } = "";
    public string? ResourceClaimName { get; set; }
}
