using Tugboat.Api.Meta;
using Tugboat.Api.Schema;

namespace Tugboat.Api.Authentication.V1;

[KubernetesKind("authentication.k8s.io", "v1", "TokenReview")]
[Doc("Asks the server who a bearer token belongs to.")]
public sealed class TokenReview : KubernetesObject
{
    [RequiredField, Doc("The token to check.")]
    [ProtoField(2)] public TokenReviewSpec Spec { get; set; } = new();
    [Doc("Whether the token is valid and whose it is.")]
    [ProtoField(3)] public TokenReviewStatus? Status { get; set; }
}

public sealed class TokenReviewSpec
{
    [Doc("The bearer token.")]
    [ProtoField(1, OmitEmpty = true)] public string? Token { get; set; }
    [ListType("atomic")]
    [ProtoField(2)] public List<string>? Audiences { get; set; }
}

public sealed class TokenReviewStatus
{
    [Doc("Whether the token is valid.")]
    [ProtoField(1, OmitEmpty = true)] public bool? Authenticated { get; set; }
    [Doc("The user the token belongs to.")]
    [ProtoField(2)] public UserInfo? User { get; set; }
    [ListType("atomic")]
    [ProtoField(4)] public List<string>? Audiences { get; set; }
    [ProtoField(3, OmitEmpty = true)] public string? Error { get; set; }
}
