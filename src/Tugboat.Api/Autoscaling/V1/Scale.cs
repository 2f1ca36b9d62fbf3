using Tugboat.Api.Meta;
using Tugboat.Api.Schema;

namespace Tugboat.Api.Autoscaling.V1;

[KubernetesKind("autoscaling", "v1", "Scale")]
[Doc("The scale subresource: the replica count of a scalable object.")]
public sealed class Scale : KubernetesObject
{
    [Doc("The replica count wanted.")]
    public ScaleSpec? Spec { get; set; }
    [Doc("The replica count observed and the selector of the pods.")]
    public ScaleStatus? Status { get; set; }
}

public sealed class ScaleSpec
{
    [Doc("Number of replicas wanted.")]
    public int? Replicas { get; set; }
}

public sealed class ScaleStatus
{
    [RequiredField, Doc("Number of replicas observed.")]
    public int Replicas { get; set; }
    [Doc("Label selector of the pods, in query string form.")]
    public string? Selector { get; set; }
}
