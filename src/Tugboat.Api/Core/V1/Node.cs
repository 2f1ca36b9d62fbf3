using System.Text.Json.Serialization;
using Tugboat.Api.Meta;
using Tugboat.Api.Schema;

namespace Tugboat.Api.Core.V1;

[KubernetesKind("", "v1", "Node")]
[Doc("A machine that runs pods; its status reports capacity, conditions, addresses and the software it runs.")]
public sealed class Node : KubernetesObject
{
    [Doc("How the node is configured: pod CIDR, taints, schedulability.")]
    public NodeSpec? Spec { get; set; }
    [Doc("Observed state of the node.")]
    public NodeStatus? Status { get; set; }
}

[Doc("The configuration of a node.")]
public sealed class NodeSpec
{
    [Doc("Pod IP range assigned to the node.")]
    public string? PodCIDR { get; set; }
    [Doc("Pod IP ranges assigned to the node, one per IP family.")]
    [PatchStrategy("merge")] [ListType("set")] public List<string>? PodCIDRs { get; set; }
    [Doc("Cloud provider's ID for the node.")]
    public string? ProviderID { get; set; }
    [Doc("Keep new pods off the node (cordon).")]
    public bool? Unschedulable { get; set; }
    [Doc("Taints of the node.")]
    [ListType("atomic")] public List<Taint>? Taints { get; set; }
    public NodeConfigSource? ConfigSource { get; set; }
    [JsonPropertyName("externalID")] public string? DoNotUseExternalID { get; set; }
}

[Doc("Deprecated: source of a dynamic kubelet configuration.")]
public sealed class NodeConfigSource
{
    public ConfigMapNodeConfigSource? ConfigMap { get; set; }
}

[Doc("Deprecated: a ConfigMap holding kubelet configuration.")]
public sealed class ConfigMapNodeConfigSource
{
    [RequiredField] public string Namespace { get; set; } = "";
    [RequiredField] public string Name { get; set; } = "";
    public string? UID { get; set; }
    public string? ResourceVersion { get; set; }
    [RequiredField] public string KubeletConfigKey { get; set; } = "";
}

[Doc("The observed state of a node.")]
public sealed class NodeStatus
{
    [Doc("Total resources of the node.")]
    public Dictionary<string, Quantity>? Capacity { get; set; }
    [Doc("Resources of the node available to pods.")]
    public Dictionary<string, Quantity>? Allocatable { get; set; }
    [Doc("Deprecated lifecycle phase of the node.")]
    public string? Phase { get; set; }
    [Doc("Current conditions such as Ready, MemoryPressure and DiskPressure.")]
    [PatchMergeKey("type")]
    [PatchStrategy("merge")]
    [ListType("map")]
    [ListMapKeys("type")]
    public List<NodeCondition>? Conditions { get; set; }
    [Doc("Addresses of the node (InternalIP, ExternalIP, Hostname, ...).")]
    [PatchMergeKey("type")]
    [PatchStrategy("merge")]
    [ListType("map")]
    [ListMapKeys("type")]
    public List<NodeAddress>? Addresses { get; set; }
    [Doc("Endpoints of daemons running on the node, such as the kubelet.")]
    public NodeDaemonEndpoints? DaemonEndpoints { get; set; }
    [Doc("Versions and IDs reported by the node.")]
    public NodeSystemInfo? NodeInfo { get; set; }
    [Doc("Container images present on the node.")]
    [ListType("atomic")] public List<ContainerImage>? Images { get; set; }
    [Doc("Volumes attached and mounted on the node.")]
    [ListType("atomic")] public List<string>? VolumesInUse { get; set; }
    [Doc("Volumes attached to the node.")]
    [ListType("atomic")] public List<AttachedVolume>? VolumesAttached { get; set; }
    public NodeConfigStatus? Config { get; set; }
    [ListType("atomic")] public List<NodeRuntimeHandler>? RuntimeHandlers { get; set; }
    public NodeFeatures? Features { get; set; }
}

[Doc("One aspect of a node's state.")]
public sealed class NodeCondition
{
    [Doc("Condition type, e.g. Ready, MemoryPressure, DiskPressure, PIDPressure, NetworkUnavailable.")]
    [RequiredField] public string Type { get; set; } = "";
    [Doc("True, False or Unknown.")]
    [RequiredField] public string Status { get; set; } = "";
    [Doc("Last time the condition was reported.")]
    public DateTimeOffset? LastHeartbeatTime { get; set; }
    public DateTimeOffset? LastTransitionTime { get; set; }
    public string? Reason { get; set; }
    public string? Message { get; set; }
}

[Doc("One address of a node.")]
public sealed class NodeAddress
{
    [Doc("Hostname, InternalIP, ExternalIP, InternalDNS or ExternalDNS.")]
    [RequiredField] public string Type { get; set; } = "";
    [RequiredField] public string Address { get; set; } = "";
}

[Doc("Ports of the daemons on a node.")]
public sealed class NodeDaemonEndpoints
{
    public DaemonEndpoint? KubeletEndpoint { get; set; }
}

[Doc("Port of one daemon.")]
public sealed class DaemonEndpoint
{
    [JsonPropertyName("Port")] [RequiredField] public int Port { get; set; }
}

[Doc("IDs and versions reported by a node.")]
public sealed class NodeSystemInfo
{
    [RequiredField] public string MachineID { get; set; } = "";
    [RequiredField] public string SystemUUID { get; set; } = "";
    [RequiredField] public string BootID { get; set; } = "";
    [RequiredField] public string KernelVersion { get; set; } = "";
    [RequiredField] public string OSImage { get; set; } = "";
    [RequiredField] public string ContainerRuntimeVersion { get; set; } = "";
    [RequiredField] public string KubeletVersion { get; set; } = "";
    [RequiredField] public string KubeProxyVersion { get; set; } = "";
    [RequiredField] public string OperatingSystem { get; set; } = "";
    [RequiredField] public string Architecture { get; set; } = "";
}

[Doc("An image on a node.")]
public sealed class ContainerImage
{
    [ListType("atomic")] public List<string>? Names { get; set; }
    public long? SizeBytes { get; set; }
}

[Doc("A volume attached to a node.")]
public sealed class AttachedVolume
{
    [RequiredField] public string Name { get; set; } = "";
    [RequiredField] public string DevicePath { get; set; } = "";
}

[Doc("Deprecated: status of dynamic kubelet configuration.")]
public sealed class NodeConfigStatus
{
    public NodeConfigSource? Assigned { get; set; }
    public NodeConfigSource? Active { get; set; }
    public NodeConfigSource? LastKnownGood { get; set; }
    public string? Error { get; set; }
}

[Doc("A runtime handler available on a node.")]
public sealed class NodeRuntimeHandler
{
    public string? Name { get; set; }
    public NodeRuntimeHandlerFeatures? Features { get; set; }
}

[Doc("Features a runtime handler supports.")]
public sealed class NodeRuntimeHandlerFeatures
{
    public bool? RecursiveReadOnlyMounts { get; set; }
    public bool? UserNamespaces { get; set; }
}

[Doc("Features implemented by the node's container runtime.")]
public sealed class NodeFeatures
{
    public bool? SupplementalGroupsPolicy { get; set; }
}
