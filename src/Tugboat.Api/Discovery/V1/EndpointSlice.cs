using Tugboat.Api.Meta;
using Tugboat.Api.Schema;
using CoreV1 = Tugboat.Api.Core.V1;

namespace Tugboat.Api.Discovery.V1;

[KubernetesKind("discovery.k8s.io", "v1", "EndpointSlice")]
[Doc("A subset of the network endpoints behind a service.")]
public sealed class EndpointSlice : KubernetesObject
{
    [RequiredField, Doc("IPv4, IPv6 or FQDN: the kind of every address in the slice.")]
    [ProtoField(4)] public string AddressType { get; set; } = "";
    [RequiredField, ListType("atomic"), Doc("The endpoints in this slice.")]
    [ProtoField(2)] public List<Endpoint>? Endpoints { get; set; }
    [ListType("atomic"), Doc("Ports offered by every endpoint in the slice.")]
    [ProtoField(3)] public List<EndpointPort>? Ports { get; set; }
}

public sealed class EndpointSliceList : IKubernetesList
{
    [ProtoField(0)] public string? ApiVersion { get; set; }
    [ProtoField(0)] public string? Kind { get; set; }
    [ProtoField(1)] public ListMeta Metadata { get; set; } = new();
    [RequiredField]
    [ProtoField(2)] public List<EndpointSlice> Items { get; set; } = [];
}

public sealed class Endpoint
{
    [RequiredField, ListType("set"), Doc("Addresses of the endpoint; consumers use the first.")]
    [ProtoField(1)] public List<string>? Addresses { get; set; }
    [Doc("Readiness of the endpoint.")]
    [ProtoField(2)] public EndpointConditions? Conditions { get; set; }
    [Doc("Hostname of the endpoint.")]
    [ProtoField(3)] public string? Hostname { get; set; }
    [Doc("The object (usually a pod) behind the endpoint.")]
    [ProtoField(4)] public CoreV1.ObjectReference? TargetRef { get; set; }
    [ProtoField(5)] public Dictionary<string, string>? DeprecatedTopology { get; set; }
    [Doc("The node hosting the endpoint.")]
    [ProtoField(6)] public string? NodeName { get; set; }
    [Doc("The zone the endpoint is in.")]
    [ProtoField(7)] public string? Zone { get; set; }
    [Doc("Topology-aware routing hints.")]
    [ProtoField(8)] public EndpointHints? Hints { get; set; }
}

[MapType("atomic")]
public sealed class EndpointPort
{
    [Doc("Name of the port, as in the service.")]
    [ProtoField(1)] public string? Name { get; set; }
    [Doc("TCP (default), UDP or SCTP.")]
    [ProtoField(2)] public string? Protocol { get; set; }
    [Doc("Port number of the endpoint.")]
    [ProtoField(3)] public int? Port { get; set; }
    [Doc("Application protocol of the port.")]
    [ProtoField(4)] public string? AppProtocol { get; set; }
}

public sealed class EndpointConditions
{
    [Doc("Whether the endpoint should receive traffic.")]
    [ProtoField(1)] public bool? Ready { get; set; }
    [Doc("Whether the endpoint can serve traffic, even while terminating.")]
    [ProtoField(2)] public bool? Serving { get; set; }
    [Doc("Whether the endpoint is shutting down.")]
    [ProtoField(3)] public bool? Terminating { get; set; }
}

public sealed class EndpointHints
{
    [ListType("atomic")]
    [ProtoField(1)] public List<ForZone>? ForZones { get; set; }
}

public sealed class ForZone
{
    [RequiredField]
    [ProtoField(1)] public string Name { get; set; } = "";
}
