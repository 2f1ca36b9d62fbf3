using Tugboat.Api.Meta;
using Tugboat.Api.Schema;
using CoreV1 = Tugboat.Api.Core.V1;

namespace Tugboat.Api.Discovery.V1;

[KubernetesKind("discovery.k8s.io", "v1", "EndpointSlice")]
[Doc("A subset of the network endpoints behind a service.")]
public sealed class EndpointSlice : KubernetesObject
{
    [RequiredField, Doc("IPv4, IPv6 or FQDN: the kind of every address in the slice.")]
    public string AddressType { get; set; } = "";
    [RequiredField, ListType("atomic"), Doc("The endpoints in this slice.")]
    public List<Endpoint>? Endpoints { get; set; }
    [ListType("atomic"), Doc("Ports offered by every endpoint in the slice.")]
    public List<EndpointPort>? Ports { get; set; }
}

public sealed class EndpointSliceList : IKubernetesList
{
    public string? ApiVersion { get; set; }
    public string? Kind { get; set; }
    public ListMeta Metadata { get; set; } = new();
    [RequiredField]
    public List<EndpointSlice> Items { get; set; } = [];
}

public sealed class Endpoint
{
    [RequiredField, ListType("set"), Doc("Addresses of the endpoint; consumers use the first.")]
    public List<string>? Addresses { get; set; }
    [Doc("Readiness of the endpoint.")]
    public EndpointConditions? Conditions { get; set; }
    [Doc("Hostname of the endpoint.")]
    public string? Hostname { get; set; }
    [Doc("The object (usually a pod) behind the endpoint.")]
    public CoreV1.ObjectReference? TargetRef { get; set; }
    public Dictionary<string, string>? DeprecatedTopology { get; set; }
    [Doc("The node hosting the endpoint.")]
    public string? NodeName { get; set; }
    [Doc("The zone the endpoint is in.")]
    public string? Zone { get; set; }
    [Doc("Topology-aware routing hints.")]
    public EndpointHints? Hints { get; set; }
}

[MapType("atomic")]
public sealed class EndpointPort
{
    [Doc("Name of the port, as in the service.")]
    public string? Name { get; set; }
    [Doc("TCP (default), UDP or SCTP.")]
    public string? Protocol { get; set; }
    [Doc("Port number of the endpoint.")]
    public int? Port { get; set; }
    [Doc("Application protocol of the port.")]
    public string? AppProtocol { get; set; }
}

public sealed class EndpointConditions
{
    [Doc("Whether the endpoint should receive traffic.")]
    public bool? Ready { get; set; }
    [Doc("Whether the endpoint can serve traffic, even while terminating.")]
    public bool? Serving { get; set; }
    [Doc("Whether the endpoint is shutting down.")]
    public bool? Terminating { get; set; }
}

public sealed class EndpointHints
{
    [ListType("atomic")]
    public List<ForZone>? ForZones { get; set; }
}

public sealed class ForZone
{
    [RequiredField]
    public string Name { get; set; } = "";
}
