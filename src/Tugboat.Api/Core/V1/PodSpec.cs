using System.Text.Json.Serialization;
using Tugboat.Api.Schema;

namespace Tugboat.Api.Core.V1;

[Doc("The desired state of a pod.")]
public sealed class PodSpec
{
    [Doc("Volumes that containers of this pod can mount.")]
    [PatchMergeKey("name")]
    [PatchStrategy("merge,retainKeys")]
    [ListType("map")]
    [ListMapKeys("name")]
    [ProtoField(1)] public List<Volume>? Volumes { get; set; }
    [Doc("Containers run one after another, to completion, before the app containers start.")]
    [PatchMergeKey("name")]
    [PatchStrategy("merge")]
    [ListType("map")]
    [ListMapKeys("name")]
    [ProtoField(20)] public List<Container>? InitContainers { get; set; }
    [Doc("The pod's containers; at least one is required.")]
    [RequiredField]
    [PatchMergeKey("name")]
    [PatchStrategy("merge")]
    [ListType("map")]
    [ListMapKeys("name")]
    [ProtoField(2)] public List<Container> Containers { get; set; } = [];
    [Doc("Debugging containers added to a running pod through the ephemeralcontainers subresource.")]
    [PatchMergeKey("name")]
    [PatchStrategy("merge")]
    [ListType("map")]
    [ListMapKeys("name")]
    [ProtoField(34)] public List<EphemeralContainer>? EphemeralContainers { get; set; }
    [Doc("Restart policy for the pod's containers: Always (default), OnFailure or Never.")]
    [ProtoField(3, OmitEmpty = true)] public string? RestartPolicy { get; set; }
    [Doc("Seconds the pod is given to shut down after SIGTERM before it is killed; default 30.")]
    [ProtoField(4)] public long? TerminationGracePeriodSeconds { get; set; }
    [Doc("Seconds the pod may be active, counted from its start, before the system fails it.")]
    [ProtoField(5)] public long? ActiveDeadlineSeconds { get; set; }
    [Doc("How the pod's DNS is set up: ClusterFirst (default), ClusterFirstWithHostNet, Default or None.")]
    [ProtoField(6, OmitEmpty = true)] public string? DNSPolicy { get; set; }
    [Doc("Labels a node must have for the pod to be scheduled there.")]
    [MapType("atomic"), ProtoField(7)] public Dictionary<string, string>? NodeSelector { get; set; }
    [Doc("Name of the ServiceAccount the pod runs as.")]
    [ProtoField(8, OmitEmpty = true)] public string? ServiceAccountName { get; set; }
    [Doc("Deprecated alias of serviceAccountName.")]
    [JsonPropertyName("serviceAccount"), ProtoField(9, OmitEmpty = true)] public string? DeprecatedServiceAccount { get; set; }
    [Doc("Whether a service account token is mounted into the pod automatically.")]
    [ProtoField(21)] public bool? AutomountServiceAccountToken { get; set; }
    [Doc("The node the pod is bound to; set by the scheduler, or by hand to bypass it.")]
    [ProtoField(10, OmitEmpty = true)] public string? NodeName { get; set; }
    [Doc("Use the node's network namespace instead of a pod network namespace.")]
    [ProtoField(11, OmitEmpty = true)] public bool? HostNetwork { get; set; }
    [Doc("Use the node's PID namespace.")]
    [ProtoField(12, OmitEmpty = true)] public bool? HostPID { get; set; }
    [Doc("Use the node's IPC namespace.")]
    [ProtoField(13, OmitEmpty = true)] public bool? HostIPC { get; set; }
    [Doc("Share one PID namespace among all containers of the pod.")]
    [ProtoField(27)] public bool? ShareProcessNamespace { get; set; }
    [Doc("Pod-level security attributes and defaults for every container.")]
    [ProtoField(14)] public PodSecurityContext? SecurityContext { get; set; }
    [Doc("Secrets in the pod's namespace used to pull its images.")]
    [PatchMergeKey("name")]
    [PatchStrategy("merge")]
    [ListType("map")]
    [ListMapKeys("name")]
    [ProtoField(15)] public List<LocalObjectReference>? ImagePullSecrets { get; set; }
    [Doc("Hostname of the pod; defaults to the pod's name.")]
    [ProtoField(16, OmitEmpty = true)] public string? Hostname { get; set; }
    [Doc("With hostname, gives the pod the FQDN <hostname>.<subdomain>.<namespace>.svc.<cluster-domain>.")]
    [ProtoField(17, OmitEmpty = true)] public string? Subdomain { get; set; }
    [Doc("Node affinity and pod (anti-)affinity scheduling constraints.")]
    [ProtoField(18)] public Affinity? Affinity { get; set; }
    [Doc("The scheduler that places this pod; default is the default scheduler.")]
    [ProtoField(19, OmitEmpty = true)] public string? SchedulerName { get; set; }
    [Doc("Taints this pod tolerates.")]
    [ListType("atomic"), ProtoField(22)] public List<Toleration>? Tolerations { get; set; }
    [Doc("Extra entries written to the pod's /etc/hosts.")]
    [PatchMergeKey("ip")] [PatchStrategy("merge")] [ListType("map")] [ListMapKeys("ip"), ProtoField(23)] public List<HostAlias>? HostAliases { get; set; }
    [Doc("Name of the PriorityClass that gives this pod its priority.")]
    [ProtoField(24, OmitEmpty = true)] public string? PriorityClassName { get; set; }
    [Doc("Priority value resolved from priorityClassName by admission.")]
    [ProtoField(25)] public int? Priority { get; set; }
    [Doc("DNS parameters merged into (or, with dnsPolicy None, replacing) the generated resolv.conf.")]
    [ProtoField(26)] public PodDNSConfig? DNSConfig { get; set; }
    [Doc("Extra conditions that must be True for the pod to count as ready.")]
    [ListType("atomic"), ProtoField(28)] public List<PodReadinessGate>? ReadinessGates { get; set; }
    [Doc("RuntimeClass used to run this pod.")]
    [ProtoField(29)] public string? RuntimeClassName { get; set; }
    [Doc("Whether Service information is injected as environment variables; default true.")]
    [ProtoField(30)] public bool? EnableServiceLinks { get; set; }
    [Doc("Whether this pod may preempt lower-priority pods: PreemptLowerPriority (default) or Never.")]
    [ProtoField(31)] public string? PreemptionPolicy { get; set; }
    [Doc("Resources used by the pod sandbox on top of its containers' requests.")]
    [ProtoField(32)] public Dictionary<string, Quantity>? Overhead { get; set; }
    [Doc("Rules for spreading matching pods across topology domains such as zones or nodes.")]
    [PatchMergeKey("topologyKey")]
    [PatchStrategy("merge")]
    [ListType("map")]
    [ListMapKeys("topologyKey", "whenUnsatisfiable")]
    [ProtoField(33)] public List<TopologySpreadConstraint>? TopologySpreadConstraints { get; set; }
    [Doc("Set the pod's hostname to its fully qualified domain name.")]
    [ProtoField(35)] public bool? SetHostnameAsFQDN { get; set; }
    [Doc("The operating system the pod's containers need.")]
    [ProtoField(36)] public PodOS? OS { get; set; }
    [Doc("Whether the pod uses the host's user namespace; false asks for a new user namespace.")]
    [ProtoField(37)] public bool? HostUsers { get; set; }
    [Doc("While any gate is present the scheduler leaves the pod alone.")]
    [PatchMergeKey("name")]
    [PatchStrategy("merge")]
    [ListType("map")]
    [ListMapKeys("name")]
    [ProtoField(38)] public List<PodSchedulingGate>? SchedulingGates { get; set; }
    [Doc("Dynamic resource claims this pod needs.")]
    [PatchMergeKey("name")]
    [PatchStrategy("merge,retainKeys")]
    [ListType("map")]
    [ListMapKeys("name")]
    [ProtoField(39)] public List<PodResourceClaim>? ResourceClaims { get; set; }
    [Doc("Pod-level resource requests and limits shared by all containers.")]
    [ProtoField(40)] public ResourceRequirements? Resources { get; set; }
}

[Doc("An IP address and the hostnames written for it into the pod's /etc/hosts.")]
public sealed class HostAlias
{
    [RequiredField, ProtoField(1)] public string IP { get; set; } = "";
    [ListType("atomic"), ProtoField(2)] public List<string>? Hostnames { get; set; }
}

[Doc("DNS settings of a pod, on top of those from its dnsPolicy.")]
public sealed class PodDNSConfig
{
    [Doc("Extra DNS server IPs.")]
    [ListType("atomic"), ProtoField(1)] public List<string>? Nameservers { get; set; }
    [Doc("Extra DNS search domains.")]
    [ListType("atomic"), ProtoField(2)] public List<string>? Searches { get; set; }
    [Doc("Extra resolver options.")]
    [ListType("atomic"), ProtoField(3)] public List<PodDNSConfigOption>? Options { get; set; }
}

[Doc("One resolver option.")]
public sealed class PodDNSConfigOption
{
    [ProtoField(1, OmitEmpty = true)] public string? Name { get; set; }
    [ProtoField(2)] public string? Value { get; set; }
}

[Doc("A pod condition that must be True for the pod to be ready.")]
public sealed class PodReadinessGate
{
    [RequiredField, ProtoField(1)] public string ConditionType { get; set; } = "";
}

[Doc("The operating system of a pod.")]
public sealed class PodOS
{
    [RequiredField, ProtoField(1)] public string Name { get; set; } = "";
}

[Doc("A gate that keeps a pod from being scheduled while present.")]
public sealed class PodSchedulingGate
{
    [RequiredField, ProtoField(1)] public string Name { get; set; } = "";
}

[Doc("A named reference from a pod to a ResourceClaim or ResourceClaimTemplate.")]
public sealed class PodResourceClaim
{
    [RequiredField, ProtoField(1)] public string Name { get; set; } = "";
    [ProtoField(3)] public string? ResourceClaimName { get; set; }
    [ProtoField(4)] public string? ResourceClaimTemplateName { get; set; }
}
