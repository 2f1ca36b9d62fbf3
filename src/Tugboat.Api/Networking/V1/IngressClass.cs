using Tugboat.Api.Meta;
using Tugboat.Api.Schema;

namespace Tugboat.Api.Networking.V1;

[KubernetesKind("networking.k8s.io", "v1", "IngressClass")]
[Doc("Names an ingress controller that Ingresses can select with ingressClassName.")]
public sealed class IngressClass : KubernetesObject
{
    [Doc("The controller and its parameters.")]
    [ProtoField(2)] public IngressClassSpec? Spec { get; set; }
}

public sealed class IngressClassList : IKubernetesList
{
    [ProtoField(0)] public string? ApiVersion { get; set; }
    [ProtoField(0)] public string? Kind { get; set; }
    [ProtoField(1)] public ListMeta Metadata { get; set; } = new();
    [RequiredField]
    [ProtoField(2)] public List<IngressClass> Items { get; set; } = [];
}

public sealed class IngressClassSpec
{
    [Doc("Name of the controller implementing this class, for example k8s.io/ingress-nginx.")]
    [ProtoField(1, OmitEmpty = true)] public string? Controller { get; set; }
    [Doc("Reference to an object with controller-specific configuration.")]
    [ProtoField(2)] public IngressClassParametersReference? Parameters { get; set; }
}

public sealed class IngressClassParametersReference
{
    [ProtoField(1)] public string? ApiGroup { get; set; }
    [RequiredField]
    [ProtoField(2)] public string Kind { get; set; } = "";
    [RequiredField]
    [ProtoField(3)] public string Name { get; set; } = "";
    [ProtoField(4)] public string? Scope { get; set; }
    [ProtoField(5)] public string? Namespace { get; set; }
}
