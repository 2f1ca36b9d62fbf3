using Tugboat.Api.Meta;
using Tugboat.Api.Schema;

namespace Tugboat.Api.Policy.V1;

[KubernetesKind("policy", "v1", "Eviction")]
[Doc("A request, posted to a pod's eviction subresource, to delete the pod if its disruption budgets allow.")]
public sealed class Eviction : KubernetesObject
{
    [Doc("Options for the delete that the eviction performs.")]
    [ProtoField(2)] public DeleteOptions? DeleteOptions { get; set; }
}
