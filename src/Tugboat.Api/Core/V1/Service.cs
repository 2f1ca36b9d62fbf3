using Tugboat.Api.Meta;
using Tugboat.Api.Schema;

namespace Tugboat.Api.Core.V1;

[KubernetesKind("", "v1", "Service")]
[Doc("A stable virtual IP and DNS name in front of the pods a label selector picks, with traffic spread across them.")]
public sealed class Service : KubernetesObject
{
    [Doc("How the service selects pods and exposes ports.")]
    [ProtoField(2)] public ServiceSpec? Spec { get; set; }
    [Doc("Observed state, such as the load balancer's addresses.")]
    [ProtoField(3)] public ServiceStatus? Status { get; set; }
}

[Doc("The desired behaviour of a service.")]
public sealed class ServiceSpec
{
    [Doc("Ports the service exposes.")]
    [PatchMergeKey("port")]
    [PatchStrategy("merge")]
    [ListType("map")]
    [ListMapKeys("port", "protocol")]
    [ProtoField(1)] public List<ServicePort>? Ports { get; set; }
    [Doc("Pods with these labels receive the service's traffic; without a selector endpoints are managed externally.")]
    [MapType("atomic"), ProtoField(2)] public Dictionary<string, string>? Selector { get; set; }
    [Doc("Virtual IP of the service; None makes it headless. Assigned when empty.")]
    [ProtoField(3, OmitEmpty = true)] public string? ClusterIP { get; set; }
    [Doc("Virtual IPs of the service, one per IP family.")]
    [ListType("atomic"), ProtoField(18)] public List<string>? ClusterIPs { get; set; }
    [Doc("ClusterIP (default), NodePort, LoadBalancer or ExternalName.")]
    [ProtoField(4, OmitEmpty = true)] public string? Type { get; set; }
    [Doc("Extra IPs on which nodes accept traffic for this service.")]
    [ListType("atomic"), ProtoField(5)] public List<string>? ExternalIPs { get; set; }
    [Doc("ClientIP or None (default).")]
    [ProtoField(7, OmitEmpty = true)] public string? SessionAffinity { get; set; }
    [Doc("Deprecated: requested load balancer IP.")]
    [ProtoField(8, OmitEmpty = true)] public string? LoadBalancerIP { get; set; }
    [Doc("Client CIDRs allowed through the load balancer.")]
    [ListType("atomic"), ProtoField(9)] public List<string>? LoadBalancerSourceRanges { get; set; }
    [Doc("DNS name returned as a CNAME for ExternalName services.")]
    [ProtoField(10, OmitEmpty = true)] public string? ExternalName { get; set; }
    [Doc("Cluster (default) or Local: whether external traffic may leave the node it arrived on.")]
    [ProtoField(11, OmitEmpty = true)] public string? ExternalTrafficPolicy { get; set; }
    [Doc("Node port serving health checks for Local external traffic policy.")]
    [ProtoField(12, OmitEmpty = true)] public int? HealthCheckNodePort { get; set; }
    [Doc("Publish endpoints of pods that are not ready.")]
    [ProtoField(13, OmitEmpty = true)] public bool? PublishNotReadyAddresses { get; set; }
    [Doc("Settings of session affinity.")]
    [ProtoField(14)] public SessionAffinityConfig? SessionAffinityConfig { get; set; }
    [Doc("IP families (IPv4, IPv6) of the service.")]
    [ListType("atomic"), ProtoField(19)] public List<string>? IPFamilies { get; set; }
    [Doc("SingleStack, PreferDualStack or RequireDualStack.")]
    [ProtoField(17)] public string? IPFamilyPolicy { get; set; }
    [Doc("Whether node ports are allocated for a LoadBalancer service; default true.")]
    [ProtoField(20)] public bool? AllocateLoadBalancerNodePorts { get; set; }
    [Doc("Load balancer implementation that owns this service.")]
    [ProtoField(21)] public string? LoadBalancerClass { get; set; }
    [Doc("Cluster (default) or Local: whether in-cluster traffic may go to other nodes.")]
    [ProtoField(22)] public string? InternalTrafficPolicy { get; set; }
    [Doc("Preference for how traffic is spread among endpoints, e.g. PreferClose.")]
    [ProtoField(23)] public string? TrafficDistribution { get; set; }
}

[Doc("One port exposed by a service.")]
public sealed class ServicePort
{
    [Doc("Name of the port, required when there are several.")]
    [ProtoField(1, OmitEmpty = true)] public string? Name { get; set; }
    [Doc("TCP (default), UDP or SCTP.")]
    [ProtoField(2, OmitEmpty = true)] public string? Protocol { get; set; }
    [Doc("Application protocol of the port, e.g. http or kubernetes.io/h2c.")]
    [ProtoField(6)] public string? AppProtocol { get; set; }
    [Doc("Port the service listens on.")]
    [RequiredField, ProtoField(3)] public int Port { get; set; }
    [Doc("Number or name of the pods' port traffic is sent to; defaults to port.")]
    [ProtoField(4)] public IntOrString? TargetPort { get; set; }
    [Doc("Port opened on every node for NodePort and LoadBalancer services; allocated when unset.")]
    [ProtoField(5, OmitEmpty = true)] public int? NodePort { get; set; }
}

[Doc("Session affinity settings.")]
public sealed class SessionAffinityConfig
{
    [ProtoField(1)] public ClientIPConfig? ClientIP { get; set; }
}

[Doc("Settings of ClientIP session affinity.")]
public sealed class ClientIPConfig
{
    [Doc("Seconds a client stays pinned; default 10800 (3 hours).")]
    [ProtoField(1)] public int? TimeoutSeconds { get; set; }
}

[Doc("The observed state of a service.")]
public sealed class ServiceStatus
{
    [Doc("Addresses of the load balancer, if any.")]
    [ProtoField(1)] public LoadBalancerStatus? LoadBalancer { get; set; }
    [PatchMergeKey("type")]
    [PatchStrategy("merge")]
    [ListType("map")]
    [ListMapKeys("type")]
    [ProtoField(2)] public List<Condition>? Conditions { get; set; }
}

[Doc("The addresses of a load balancer.")]
public sealed class LoadBalancerStatus
{
    [ListType("atomic"), ProtoField(1)] public List<LoadBalancerIngress>? Ingress { get; set; }
}

[Doc("One ingress point of a load balancer.")]
public sealed class LoadBalancerIngress
{
    [ProtoField(1, OmitEmpty = true)] public string? IP { get; set; }
    [ProtoField(2, OmitEmpty = true)] public string? Hostname { get; set; }
    [ProtoField(3)] public string? IPMode { get; set; }
    [ListType("atomic"), ProtoField(4)] public List<PortStatus>? Ports { get; set; }
}

[Doc("Error state of one port of a load balancer ingress.")]
public sealed class PortStatus
{
    [RequiredField, ProtoField(1)] public int Port { get; set; }
    [RequiredField, ProtoField(2)] public string Protocol { get; set; } = "";
    [ProtoField(3)] public string? Error { get; set; }
}
