using Tugboat.Api.Meta;
using Tugboat.Api.Schema;

namespace Tugboat.Api.Core.V1;

[Doc("The metadata and spec from which pods are created.")]
public sealed class PodTemplateSpec
{
    [Doc("Labels and annotations given to created pods.")]
    [ProtoField(1)] public ObjectMeta? Metadata { get; set; }
    [Doc("Spec of the pods to create.")]
    [ProtoField(2)] public PodSpec? Spec { get; set; }
}
