using Tugboat.Api.Meta;
using Tugboat.Api.Schema;

namespace Tugboat.Api.Core.V1;

[KubernetesKind("", "v1", "PodTemplate")]
[Doc("A stored pod template that other objects can copy.")]
public sealed class PodTemplate : KubernetesObject
{
    [Doc("The pod template.")]
    [ProtoField(2)] public PodTemplateSpec? Template { get; set; }
}
