using Tugboat.Api.Meta;
using Tugboat.Api.Schema;

namespace Tugboat.Api.Authorization.V1;

[KubernetesKind("authorization.k8s.io", "v1", "SelfSubjectAccessReview")]
[Doc("Asks whether the caller may perform an action (kubectl auth can-i).")]
public sealed class SelfSubjectAccessReview : KubernetesObject
{
    [RequiredField, Doc("The action.")]
    [ProtoField(2)] public SelfSubjectAccessReviewSpec Spec { get; set; } = new();
    [ProtoField(3)] public SubjectAccessReviewStatus? Status { get; set; }
}

public sealed class SelfSubjectAccessReviewSpec
{
    [ProtoField(1)] public ResourceAttributes? ResourceAttributes { get; set; }
    [ProtoField(2)] public NonResourceAttributes? NonResourceAttributes { get; set; }
}
