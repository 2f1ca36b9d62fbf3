using Tugboat.Api.Meta;
using Tugboat.Api.Schema;

namespace Tugboat.Api.Core.V1;

[KubernetesKind("", "v1", "Pod")]
[Doc("A group of one or more containers that are scheduled together on one node and share its network namespace and volumes.")]
public sealed class Pod : KubernetesObject
{
    [Doc("Desired behaviour of the pod: its containers, volumes and scheduling constraints.")]
    [ProtoField(2)] public PodSpec? Spec { get; set; }
    [Doc("Most recently observed state of the pod, written by the system.")]
    [ProtoField(3)] public PodStatus? Status { get; set; }
}

[Doc("The observed state of a pod.")]
public sealed class PodStatus
{
    [Doc("Coarse lifecycle summary: Pending, Running, Succeeded, Failed or Unknown.")]
    [ProtoField(1, OmitEmpty = true)] public string? Phase { get; set; }
    [Doc("Current service state of the pod (PodScheduled, Initialized, ContainersReady, Ready, ...).")]
    [PatchMergeKey("type")]
    [PatchStrategy("merge")]
    [ListType("map")]
    [ListMapKeys("type")]
    [ProtoField(2)] public List<PodCondition>? Conditions { get; set; }
    [Doc("Human-readable explanation of why the pod is in its state.")]
    [ProtoField(3, OmitEmpty = true)] public string? Message { get; set; }
    [Doc("Brief CamelCase reason for the pod's state, e.g. Evicted.")]
    [ProtoField(4, OmitEmpty = true)] public string? Reason { get; set; }
    [Doc("Node a preempting pod is expected to land on once victims are gone.")]
    [ProtoField(11, OmitEmpty = true)] public string? NominatedNodeName { get; set; }
    [Doc("Primary IP address of the node the pod runs on.")]
    [ProtoField(5, OmitEmpty = true)] public string? HostIP { get; set; }
    [Doc("IP addresses of the node the pod runs on.")]
    [PatchMergeKey("ip")] [PatchStrategy("merge")] [ListType("atomic"), ProtoField(16)] public List<HostIP>? HostIPs { get; set; }
    [Doc("Primary IP address allocated to the pod.")]
    [ProtoField(6, OmitEmpty = true)] public string? PodIP { get; set; }
    [Doc("IP addresses allocated to the pod, at most one per family.")]
    [PatchMergeKey("ip")] [PatchStrategy("merge")] [ListType("map")] [ListMapKeys("ip"), ProtoField(12)] public List<PodIP>? PodIPs { get; set; }
    [Doc("When the kubelet acknowledged the pod, before images were pulled.")]
    [ProtoField(7)] public DateTimeOffset? StartTime { get; set; }
    [Doc("Status of each init container.")]
    [ListType("atomic"), ProtoField(10)] public List<ContainerStatus>? InitContainerStatuses { get; set; }
    [Doc("Status of each app container.")]
    [ListType("atomic"), ProtoField(8)] public List<ContainerStatus>? ContainerStatuses { get; set; }
    [Doc("Quality of service class derived from requests and limits: Guaranteed, Burstable or BestEffort.")]
    [ProtoField(9, OmitEmpty = true)] public string? QOSClass { get; set; }
    [Doc("Status of each ephemeral container.")]
    [ListType("atomic"), ProtoField(13)] public List<ContainerStatus>? EphemeralContainerStatuses { get; set; }
    [ProtoField(14, OmitEmpty = true)] public string? Resize { get; set; }
    [PatchMergeKey("name")]
    [PatchStrategy("merge,retainKeys")]
    [ListType("map")]
    [ListMapKeys("name")]
    [ProtoField(15)] public List<PodResourceClaimStatus>? ResourceClaimStatuses { get; set; }
}

[Doc("One aspect of a pod's state and whether it currently holds.")]
public sealed class PodCondition
{
    [Doc("Condition type, e.g. Ready or PodScheduled.")]
    [RequiredField, ProtoField(1)] public string Type { get; set; } = "";
    [Doc("True, False or Unknown.")]
    [RequiredField, ProtoField(2)] public string Status { get; set; } = "";
    [ProtoField(3)] public DateTimeOffset? LastProbeTime { get; set; }
    [ProtoField(4)] public DateTimeOffset? LastTransitionTime { get; set; }
    [ProtoField(5, OmitEmpty = true)] public string? Reason { get; set; }
    [ProtoField(6, OmitEmpty = true)] public string? Message { get; set; }
}

[Doc("One IP address allocated to a pod.")]
public sealed class PodIP
{
    [RequiredField, ProtoField(1)] public string IP { get; set; } = "";
}

[Doc("One IP address of the node hosting a pod.")]
public sealed class HostIP
{
    [RequiredField, ProtoField(1)] public string IP { get; set; } = "";
}

[Doc("The ResourceClaim generated for one of the pod's claims.")]
public sealed class PodResourceClaimStatus
{
    [RequiredField, ProtoField(1)] public string Name { get; set; } = "";
    [ProtoField(2)] public string? ResourceClaimName { get; set; }
}
