using Tugboat.Api.Meta;
using Tugboat.Api.Schema;

namespace Tugboat.Api.Authorization.V1;

[KubernetesKind("authorization.k8s.io", "v1", "SubjectAccessReview")]
[Doc("Asks whether a given user may perform an action.")]
public sealed class SubjectAccessReview : KubernetesObject
{
    [RequiredField, Doc("The user and the action.")]
    [ProtoField(2)] public SubjectAccessReviewSpec Spec { get; set; } = new();
    [Doc("The answer.")]
    [ProtoField(3)] public SubjectAccessReviewStatus? Status { get; set; }
}
