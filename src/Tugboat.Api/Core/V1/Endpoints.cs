using Tugboat.Api.Meta;
using Tugboat.Api.Schema;

namespace Tugboat.Api.Core.V1;

[KubernetesKind("", "v1", "Endpoints")]
[Doc("The addresses and ports currently backing a Service.")]
public sealed class Endpoints : KubernetesObject
{
    [Doc("Groups of addresses that all share the same ports.")]
    [ListType("atomic"), ProtoField(2)] public List<EndpointSubset>? Subsets { get; set; }
}

[Doc("A set of addresses and the ports they all serve.")]
public sealed class EndpointSubset
{
    [Doc("Addresses that are ready to receive traffic.")]
    [ListType("atomic"), ProtoField(1)] public List<EndpointAddress>? Addresses { get; set; }
    [Doc("Addresses that are not ready yet.")]
    [ListType("atomic"), ProtoField(2)] public List<EndpointAddress>? NotReadyAddresses { get; set; }
    [Doc("Ports served by all addresses of the subset.")]
    [ListType("atomic"), ProtoField(3)] public List<EndpointPort>? Ports { get; set; }
}

[MapType("atomic")]
[Doc("One endpoint IP address.")]
public sealed class EndpointAddress
{
    [Doc("IP address of the endpoint.")]
    [RequiredField, ProtoField(1)] public string IP { get; set; } = "";
    [Doc("Hostname of the endpoint.")]
    [ProtoField(3, OmitEmpty = true)] public string? Hostname { get; set; }
    [Doc("Node hosting the endpoint.")]
    [ProtoField(4)] public string? NodeName { get; set; }
    [Doc("Object (usually a pod) behind the endpoint.")]
    [ProtoField(2)] public ObjectReference? TargetRef { get; set; }
}

[MapType("atomic")]
[Doc("One port of an endpoint subset.")]
public sealed class EndpointPort
{
    [ProtoField(1, OmitEmpty = true)] public string? Name { get; set; }
    [RequiredField, ProtoField(2)] public int Port { get; set; }
    [ProtoField(3, OmitEmpty = true)] public string? Protocol { get; set; }
    [ProtoField(4)] public string? AppProtocol { get; set; }
}
