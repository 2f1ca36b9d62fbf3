using Tugboat.Api.Meta;
using Tugboat.Api.Schema;

namespace Tugboat.Api.Core.V1;

[KubernetesKind("", "v1", "Endpoints")]
[Doc("The addresses and ports currently backing a Service.")]
public sealed class Endpoints : KubernetesObject
{
    [Doc("Groups of addresses that all share the same ports.")]
    [ListType("atomic")] public List<EndpointSubset>? Subsets { get; set; }
}

[Doc("A set of addresses and the ports they all serve.")]
public sealed class EndpointSubset
{
    [Doc("Addresses that are ready to receive traffic.")]
    [ListType("atomic")] public List<EndpointAddress>? Addresses { get; set; }
    [Doc("Addresses that are not ready yet.")]
    [ListType("atomic")] public List<EndpointAddress>? NotReadyAddresses { get; set; }
    [Doc("Ports served by all addresses of the subset.")]
    [ListType("atomic")] public List<EndpointPort>? Ports { get; set; }
}

[MapType("atomic")]
[Doc("One endpoint IP address.")]
public sealed class EndpointAddress
{
    [Doc("IP address of the endpoint.")]
    [RequiredField] public string IP { get; set; } = "";
    [Doc("Hostname of the endpoint.")]
    public string? Hostname { get; set; }
    [Doc("Node hosting the endpoint.")]
    public string? NodeName { get; set; }
    [Doc("Object (usually a pod) behind the endpoint.")]
    public ObjectReference? TargetRef { get; set; }
}

[MapType("atomic")]
[Doc("One port of an endpoint subset.")]
public sealed class EndpointPort
{
    public string? Name { get; set; }
    [RequiredField] public int Port { get; set; }
    public string? Protocol { get; set; }
    public string? AppProtocol { get; set; }
}
