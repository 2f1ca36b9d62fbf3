using Tugboat.Api.Meta;
using Tugboat.Api.Schema;

namespace Tugboat.Api.Autoscaling.V1;

[KubernetesKind("autoscaling", "v1", "Scale")]
[Doc("The scale subresource: the replica count of a scalable object.")]
public sealed class Scale : KubernetesObject
{
    [Doc("The replica count wanted.")]
    [ProtoField(2)] public ScaleSpec? Spec { get; set; }
    [Doc("The replica count observed and the selector of the pods.")]
    [ProtoField(3)] public ScaleStatus? Status { get; set; }
}

public sealed class ScaleSpec
{
    [Doc("Number of replicas wanted.")]
    [ProtoField(1, OmitEmpty = true)] public int? Replicas { get; set; }
}

public sealed class ScaleStatus
{
    [RequiredField, Doc("Number of replicas observed.")]
    [ProtoField(1)] public int Replicas { get; set; }
    [Doc("Label selector of the pods, in query string form.")]
    [ProtoField(2, OmitEmpty = true)] public string? Selector { get; set; }
}
