using Tugboat.Api.Meta;
using Tugboat.Api.Schema;

namespace Tugboat.Api.Core.V1;

[KubernetesKind("", "v1", "Binding")]
[Doc("Assigns an object to a target; posting one to pods/binding places a pod on a node.")]
public sealed class Binding : KubernetesObject
{
    [Doc("The object to bind to, e.g. a Node.")]
    [RequiredField, ProtoField(2)] public ObjectReference Target { get; set; } = new();
}
