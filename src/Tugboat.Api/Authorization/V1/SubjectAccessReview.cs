using Tugboat.Api.Meta;
using Tugboat.Api.Schema;

namespace Tugboat.Api.Authorization.V1;

[KubernetesKind("authorization.k8s.io", "v1", "SubjectAccessReview")]
[Doc("Asks whether a given user may perform an action.")]
public sealed class SubjectAccessReview : KubernetesObject
{
    [RequiredField, Doc("The user and the action.")]
    public SubjectAccessReviewSpec Spec { get; set; } = new();
    [Doc("The answer.")]
    public SubjectAccessReviewStatus? Status { get; set; }
}
