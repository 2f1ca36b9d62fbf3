using Tugboat.Api.Meta;
using Tugboat.Api.Schema;

namespace Tugboat.Api.Authentication.V1;

[KubernetesKind("authentication.k8s.io", "v1", "SelfSubjectReview")]
[Doc("Returns the user information of the caller (kubectl auth whoami).")]
public sealed class SelfSubjectReview : KubernetesObject
{
    [Doc("The caller as the server sees it.")]
    [ProtoField(2)] public SelfSubjectReviewStatus? Status { get; set; }
}

public sealed class SelfSubjectReviewStatus
{
    [ProtoField(1)] public UserInfo? UserInfo { get; set; }
}
