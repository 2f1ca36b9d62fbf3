using Tugboat.Api.Meta;
using Tugboat.Api.Schema;
using CoreV1 = Tugboat.Api.Core.V1;

namespace Tugboat.Api.Networking.V1;

[KubernetesKind("networking.k8s.io", "v1", "Ingress")]
[Doc("Routes external HTTP and HTTPS traffic to services by host and path.")]
public sealed class Ingress : KubernetesObject
{
    [Doc("The routing rules and TLS settings.")]
    [ProtoField(2)] public IngressSpec? Spec { get; set; }
    [Doc("Addresses the ingress controller serves this ingress on.")]
    [ProtoField(3)] public IngressStatus? Status { get; set; }
}

public sealed class IngressList : IKubernetesList
{
    [ProtoField(0)] public string? ApiVersion { get; set; }
    [ProtoField(0)] public string? Kind { get; set; }
    [ProtoField(1)] public ListMeta Metadata { get; set; } = new();
    [RequiredField]
    [ProtoField(2)] public List<Ingress> Items { get; set; } = [];
}

public sealed class IngressSpec
{
    [Doc("Name of the IngressClass (and so the controller) that serves this ingress.")]
    [ProtoField(4)] public string? IngressClassName { get; set; }
    [Doc("Where requests that match no rule go.")]
    [ProtoField(1)] public IngressBackend? DefaultBackend { get; set; }
    [ListType("atomic"), Doc("Hosts served over TLS and the secrets holding their certificates.")]
    [ProtoField(2)] public List<IngressTLS>? Tls { get; set; }
    [ListType("atomic"), Doc("Host and path rules; traffic matching none goes to the default backend.")]
    [ProtoField(3)] public List<IngressRule>? Rules { get; set; }
}

public sealed class IngressStatus
{
    [Doc("Load balancer addresses of the ingress.")]
    [ProtoField(1)] public IngressLoadBalancerStatus? LoadBalancer { get; set; }
}

public sealed class IngressBackend
{
    [Doc("A service and port to send traffic to.")]
    [ProtoField(4)] public IngressServiceBackend? Service { get; set; }
    [Doc("An object in the same namespace to send traffic to instead of a service.")]
    [ProtoField(3)] public CoreV1.TypedLocalObjectReference? Resource { get; set; }
}

public sealed class IngressTLS
{
    [ListType("atomic"), Doc("Hosts covered by the certificate.")]
    [ProtoField(1)] public List<string>? Hosts { get; set; }
    [Doc("Secret (type kubernetes.io/tls) with the certificate and key.")]
    [ProtoField(2, OmitEmpty = true)] public string? SecretName { get; set; }
}

public sealed class IngressRule
{
    [Doc("Fully qualified domain name to match; may start with a * wildcard label. Empty matches every host.")]
    [ProtoField(1, OmitEmpty = true)] public string? Host { get; set; }
    [Doc("Path rules for HTTP traffic to this host.")]
    [ProtoField(1, Embedded = 2)] public HTTPIngressRuleValue? Http { get; set; }
}

public sealed class IngressLoadBalancerStatus
{
    [ListType("atomic")]
    [ProtoField(1)] public List<IngressLoadBalancerIngress>? Ingress { get; set; }
}

public sealed class IngressServiceBackend
{
    [RequiredField, Doc("Name of the service.")]
    [ProtoField(1)] public string Name { get; set; } = "";
    [Doc("Port of the service, by name or number.")]
    [ProtoField(2)] public ServiceBackendPort? Port { get; set; }
}

public sealed class HTTPIngressRuleValue
{
    [RequiredField, ListType("atomic"), Doc("Paths mapped to backends.")]
    [ProtoField(1)] public List<HTTPIngressPath>? Paths { get; set; }
}

public sealed class IngressLoadBalancerIngress
{
    [Doc("IP address of the load balancer.")]
    [ProtoField(1, OmitEmpty = true)] public string? Ip { get; set; }
    [Doc("DNS name of the load balancer.")]
    [ProtoField(2, OmitEmpty = true)] public string? Hostname { get; set; }
    [ListType("atomic"), Doc("State of the load balancer ports.")]
    [ProtoField(4)] public List<IngressPortStatus>? Ports { get; set; }
}

[MapType("atomic")]
public sealed class ServiceBackendPort
{
    [Doc("Name of the service port.")]
    [ProtoField(1, OmitEmpty = true)] public string? Name { get; set; }
    [Doc("Number of the service port.")]
    [ProtoField(2, OmitEmpty = true)] public int? Number { get; set; }
}

public sealed class HTTPIngressPath
{
    [Doc("Path to match against the request path; must start with /.")]
    [ProtoField(1, OmitEmpty = true)] public string? Path { get; set; }
    [RequiredField, Doc("How the path matches: Exact, Prefix or ImplementationSpecific.")]
    [ProtoField(3)] public string? PathType { get; set; }
    [RequiredField, Doc("Where matching requests are sent.")]
    [ProtoField(2)] public IngressBackend Backend { get; set; } = new();
}

public sealed class IngressPortStatus
{
    [RequiredField]
    [ProtoField(1)] public int Port { get; set; }
    [RequiredField]
    [ProtoField(2)] public string Protocol { get; set; } = "";
    [ProtoField(3)] public string? Error { get; set; }
}
