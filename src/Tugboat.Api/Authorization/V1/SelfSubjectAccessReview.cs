using Tugboat.Api.Meta;
using Tugboat.Api.Schema;

namespace Tugboat.Api.Authorization.V1;

[KubernetesKind("authorization.k8s.io", "v1", "SelfSubjectAccessReview")]
[Doc("Asks whether the caller may perform an action (kubectl auth can-i).")]
public sealed class SelfSubjectAccessReview : KubernetesObject
{
    [RequiredField, Doc("The action.")]
    public SelfSubjectAccessReviewSpec Spec { get; set; } = new();
    public SubjectAccessReviewStatus? Status { get; set; }
}

public sealed class SelfSubjectAccessReviewSpec
{
    public ResourceAttributes? ResourceAttributes { get; set; }
    public NonResourceAttributes? NonResourceAttributes { get; set; }
}
