using Tugboat.Api.Meta;
using Tugboat.Api.Schema;
using CoreV1 = Tugboat.Api.Core.V1;

namespace Tugboat.Api.Networking.V1;

[KubernetesKind("networking.k8s.io", "v1", "Ingress")]
[Doc("Routes external HTTP and HTTPS traffic to services by host and path.")]
public sealed class Ingress : KubernetesObject
{
    [Doc("The routing rules and TLS settings.")]
    public IngressSpec? Spec { get; set; }
    [Doc("Addresses the ingress controller serves this ingress on.")]
    public IngressStatus? Status { get; set; }
}

public sealed class IngressList : IKubernetesList
{
    public string? ApiVersion { get; set; }
    public string? Kind { get; set; }
    public ListMeta Metadata { get; set; } = new();
    [RequiredField]
    public List<Ingress> Items { get; set; } = [];
}

public sealed class IngressSpec
{
    [Doc("Name of the IngressClass (and so the controller) that serves this ingress.")]
    public string? IngressClassName { get; set; }
    [Doc("Where requests that match no rule go.")]
    public IngressBackend? DefaultBackend { get; set; }
    [ListType("atomic"), Doc("Hosts served over TLS and the secrets holding their certificates.")]
    public List<IngressTLS>? Tls { get; set; }
    [ListType("atomic"), Doc("Host and path rules; traffic matching none goes to the default backend.")]
    public List<IngressRule>? Rules { get; set; }
}

public sealed class IngressStatus
{
    [Doc("Load balancer addresses of the ingress.")]
    public IngressLoadBalancerStatus? LoadBalancer { get; set; }
}

public sealed class IngressBackend
{
    [Doc("A service and port to send traffic to.")]
    public IngressServiceBackend? Service { get; set; }
    [Doc("An object in the same namespace to send traffic to instead of a service.")]
    public CoreV1.TypedLocalObjectReference? Resource { get; set; }
}

public sealed class IngressTLS
{
    [ListType("atomic"), Doc("Hosts covered by the certificate.")]
    public List<string>? Hosts { get; set; }
    [Doc("Secret (type kubernetes.io/tls) with the certificate and key.")]
    public string? SecretName { get; set; }
}

public sealed class IngressRule
{
    [Doc("Fully qualified domain name to match; may start with a * wildcard label. Empty matches every host.")]
    public string? Host { get; set; }
    [Doc("Path rules for HTTP traffic to this host.")]
    public HTTPIngressRuleValue? Http { get; set; }
}

public sealed class IngressLoadBalancerStatus
{
    [ListType("atomic")]
    public List<IngressLoadBalancerIngress>? Ingress { get; set; }
}

public sealed class IngressServiceBackend
{
    [RequiredField, Doc("Name of the service.")]
    public string Name { get; set; } = "";
    [Doc("Port of the service, by name or number.")]
    public ServiceBackendPort? Port { get; set; }
}

public sealed class HTTPIngressRuleValue
{
    [RequiredField, ListType("atomic"), Doc("Paths mapped to backends.")]
    public List<HTTPIngressPath>? Paths { get; set; }
}

public sealed class IngressLoadBalancerIngress
{
    [Doc("IP address of the load balancer.")]
    public string? Ip { get; set; }
    [Doc("DNS name of the load balancer.")]
    public string? Hostname { get; set; }
    [ListType("atomic"), Doc("State of the load balancer ports.")]
    public List<IngressPortStatus>? Ports { get; set; }
}

[MapType("atomic")]
public sealed class ServiceBackendPort
{
    [Doc("Name of the service port.")]
    public string? Name { get; set; }
    [Doc("Number of the service port.")]
    public int? Number { get; set; }
}

public sealed class HTTPIngressPath
{
    [Doc("Path to match against the request path; must start with /.")]
    public string? Path { get; set; }
    [RequiredField, Doc("How the path matches: Exact, Prefix or ImplementationSpecific.")]
    public string? PathType { get; set; }
    [RequiredField, Doc("Where matching requests are sent.")]
    public IngressBackend Backend { get; set; } = new();
}

public sealed class IngressPortStatus
{
    [RequiredField]
    public int Port { get; set; }
    [RequiredField]
    public string Protocol { get; set; } = "";
    public string? Error { get; set; }
}
