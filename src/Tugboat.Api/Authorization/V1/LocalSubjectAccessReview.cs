using Tugboat.Api.Meta;
using Tugboat.Api.Schema;

namespace Tugboat.Api.Authorization.V1;

[KubernetesKind("authorization.k8s.io", "v1", "LocalSubjectAccessReview")]
[Doc("Asks whether a given user may perform an action in the namespace of this review.")]
public sealed class LocalSubjectAccessReview : KubernetesObject
{
    [RequiredField]
    [ProtoField(2)] public SubjectAccessReviewSpec Spec { get; set; } = new();
    [ProtoField(3)] public SubjectAccessReviewStatus? Status { get; set; }
}
