using System.Text.Json.Serialization;
using Tugboat.Api.Meta;
using Tugboat.Api.Schema;

namespace Tugboat.Api.Core.V1;

[KubernetesKind("", "v1", "Node")]
[Doc("A machine that runs pods; its status reports capacity, conditions, addresses and the software it runs.")]
public sealed class Node : KubernetesObject
{
    [Doc("How the node is configured: pod CIDR, taints, schedulability.")]
    [ProtoField(2)] public NodeSpec? Spec { get; set; }
    [Doc("Observed state of the node.")]
    [ProtoField(3)] public NodeStatus? Status { get; set; }
}

[Doc("The configuration of a node.")]
public sealed class NodeSpec
{
    [Doc("Pod IP range assigned to the node.")]
    [ProtoField(1, OmitEmpty = true)] public string? PodCIDR { get; set; }
    [Doc("Pod IP ranges assigned to the node, one per IP family.")]
    [PatchStrategy("merge")] [ListType("set"), ProtoField(7)] public List<string>? PodCIDRs { get; set; }
    [Doc("Cloud provider's ID for the node.")]
    [ProtoField(3, OmitEmpty = true)] public string? ProviderID { get; set; }
    [Doc("Keep new pods off the node (cordon).")]
    [ProtoField(4, OmitEmpty = true)] public bool? Unschedulable { get; set; }
    [Doc("Taints of the node.")]
    [ListType("atomic"), ProtoField(5)] public List<Taint>? Taints { get; set; }
    [ProtoField(6)] public NodeConfigSource? ConfigSource { get; set; }
    [JsonPropertyName("externalID"), ProtoField(2, OmitEmpty = true)] public string? DoNotUseExternalID { get; set; }
}

[Doc("Deprecated: source of a dynamic kubelet configuration.")]
public sealed class NodeConfigSource
{
    [ProtoField(2)] public ConfigMapNodeConfigSource? ConfigMap { get; set; }
}

[Doc("Deprecated: a ConfigMap holding kubelet configuration.")]
public sealed class ConfigMapNodeConfigSource
{
    [RequiredField, ProtoField(1)] public string Namespace { get; set; } = "";
    [RequiredField, ProtoField(2)] public string Name { get; set; } = "";
    [ProtoField(3, OmitEmpty = true)] public string? UID { get; set; }
    [ProtoField(4, OmitEmpty = true)] public string? ResourceVersion { get; set; }
    [RequiredField, ProtoField(5)] public string KubeletConfigKey { get; set; } = "";
}

[Doc("The observed state of a node.")]
public sealed class NodeStatus
{
    [Doc("Total resources of the node.")]
    [ProtoField(1)] public Dictionary<string, Quantity>? Capacity { get; set; }
    [Doc("Resources of the node available to pods.")]
    [ProtoField(2)] public Dictionary<string, Quantity>? Allocatable { get; set; }
    [Doc("Deprecated lifecycle phase of the node.")]
    [ProtoField(3, OmitEmpty = true)] public string? Phase { get; set; }
    [Doc("Current conditions such as Ready, MemoryPressure and DiskPressure.")]
    [PatchMergeKey("type")]
    [PatchStrategy("merge")]
    [ListType("map")]
    [ListMapKeys("type")]
    [ProtoField(4)] public List<NodeCondition>? Conditions { get; set; }
    [Doc("Addresses of the node (InternalIP, ExternalIP, Hostname, ...).")]
    [PatchMergeKey("type")]
    [PatchStrategy("merge")]
    [ListType("map")]
    [ListMapKeys("type")]
    [ProtoField(5)] public List<NodeAddress>? Addresses { get; set; }
    [Doc("Endpoints of daemons running on the node, such as the kubelet.")]
    [ProtoField(6)] public NodeDaemonEndpoints? DaemonEndpoints { get; set; }
    [Doc("Versions and IDs reported by the node.")]
    [ProtoField(7)] public NodeSystemInfo? NodeInfo { get; set; }
    [Doc("Container images present on the node.")]
    [ListType("atomic"), ProtoField(8)] public List<ContainerImage>? Images { get; set; }
    [Doc("Volumes attached and mounted on the node.")]
    [ListType("atomic"), ProtoField(9)] public List<string>? VolumesInUse { get; set; }
    [Doc("Volumes attached to the node.")]
    [ListType("atomic"), ProtoField(10)] public List<AttachedVolume>? VolumesAttached { get; set; }
    [ProtoField(11)] public NodeConfigStatus? Config { get; set; }
    [ListType("atomic"), ProtoField(12)] public List<NodeRuntimeHandler>? RuntimeHandlers { get; set; }
    [ProtoField(13)] public NodeFeatures? Features { get; set; }
}

[Doc("One aspect of a node's state.")]
public sealed class NodeCondition
{
    [Doc("Condition type, e.g. Ready, MemoryPressure, DiskPressure, PIDPressure, NetworkUnavailable.")]
    [RequiredField, ProtoField(1)] public string Type { get; set; } = "";
    [Doc("True, False or Unknown.")]
    [RequiredField, ProtoField(2)] public string Status { get; set; } = "";
    [Doc("Last time the condition was reported.")]
    [ProtoField(3)] public DateTimeOffset? LastHeartbeatTime { get; set; }
    [ProtoField(4)] public DateTimeOffset? LastTransitionTime { get; set; }
    [ProtoField(5, OmitEmpty = true)] public string? Reason { get; set; }
    [ProtoField(6, OmitEmpty = true)] public string? Message { get; set; }
}

[Doc("One address of a node.")]
public sealed class NodeAddress
{
    [Doc("Hostname, InternalIP, ExternalIP, InternalDNS or ExternalDNS.")]
    [RequiredField, ProtoField(1)] public string Type { get; set; } = "";
    [RequiredField, ProtoField(2)] public string Address { get; set; } = "";
}

[Doc("Ports of the daemons on a node.")]
public sealed class NodeDaemonEndpoints
{
    [ProtoField(1)] public DaemonEndpoint? KubeletEndpoint { get; set; }
}

[Doc("Port of one daemon.")]
public sealed class DaemonEndpoint
{
    [JsonPropertyName("Port")] [RequiredField, ProtoField(1)] public int Port { get; set; }
}

[Doc("IDs and versions reported by a node.")]
public sealed class NodeSystemInfo
{
    [RequiredField, ProtoField(1)] public string MachineID { get; set; } = "";
    [RequiredField, ProtoField(2)] public string SystemUUID { get; set; } = "";
    [RequiredField, ProtoField(3)] public string BootID { get; set; } = "";
    [RequiredField, ProtoField(4)] public string KernelVersion { get; set; } = "";
    [RequiredField, ProtoField(5)] public string OSImage { get; set; } = "";
    [RequiredField, ProtoField(6)] public string ContainerRuntimeVersion { get; set; } = "";
    [RequiredField, ProtoField(7)] public string KubeletVersion { get; set; } = "";
    [RequiredField, ProtoField(8)] public string KubeProxyVersion { get; set; } = "";
    [RequiredField, ProtoField(9)] public string OperatingSystem { get; set; } = "";
    [RequiredField, ProtoField(10)] public string Architecture { get; set; } = "";
}

[Doc("An image on a node.")]
public sealed class ContainerImage
{
    [ListType("atomic"), ProtoField(1)] public List<string>? Names { get; set; }
    [ProtoField(2, OmitEmpty = true)] public long? SizeBytes { get; set; }
}

[Doc("A volume attached to a node.")]
public sealed class AttachedVolume
{
    [RequiredField, ProtoField(1)] public string Name { get; set; } = "";
    [RequiredField, ProtoField(2)] public string DevicePath { get; set; } = "";
}

[Doc("Deprecated: status of dynamic kubelet configuration.")]
public sealed class NodeConfigStatus
{
    [ProtoField(1)] public NodeConfigSource? Assigned { get; set; }
    [ProtoField(2)] public NodeConfigSource? Active { get; set; }
    [ProtoField(3)] public NodeConfigSource? LastKnownGood { get; set; }
    [ProtoField(4, OmitEmpty = true)] public string? Error { get; set; }
}

[Doc("A runtime handler available on a node.")]
public sealed class NodeRuntimeHandler
{
    [ProtoField(1)] public string? Name { get; set; }
    [ProtoField(2)] public NodeRuntimeHandlerFeatures? Features { get; set; }
}

[Doc("Features a runtime handler supports.")]
public sealed class NodeRuntimeHandlerFeatures
{
    [ProtoField(1)] public bool? RecursiveReadOnlyMounts { get; set; }
    [ProtoField(2)] public bool? UserNamespaces { get; set; }
}

[Doc("Features implemented by the node's container runtime.")]
public sealed class NodeFeatures
{
    [ProtoField(1)] public bool? SupplementalGroupsPolicy { get; set; }
}
