using Tugboat.Api.Meta;
using Tugboat.Api.Schema;

namespace Tugboat.Api.Networking.V1;

[KubernetesKind("networking.k8s.io", "v1", "IngressClass")]
[Doc("Names an ingress controller that Ingresses can select with ingressClassName.")]
public sealed class IngressClass : KubernetesObject
{
    [Doc("The controller and its parameters.")]
    public IngressClassSpec? Spec { get; set; }
}

public sealed class IngressClassList : IKubernetesList
{
    public string? ApiVersion { get; set; }
    public string? Kind { get; set; }
    public ListMeta Metadata { get; set; } = new();
    [RequiredField]
    public List<IngressClass> Items { get; set; } = [];
}

public sealed class IngressClassSpec
{
    [Doc("Name of the controller implementing this class, for example k8s.io/ingress-nginx.")]
    public string? Controller { get; set; }
    [Doc("Reference to an object with controller-specific configuration.")]
    public IngressClassParametersReference? Parameters { get; set; }
}

public sealed class IngressClassParametersReference
{
    public string? ApiGroup { get; set; }
    [RequiredField]
    public string Kind { get; set; } = "";
    [RequiredField]
    public string Name { get; set; } = "";
    public string? Scope { get; set; }
    public string? Namespace { get; set; }
}
