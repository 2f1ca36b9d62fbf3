using Tugboat.Api.Meta;
using Tugboat.Api.Schema;

namespace Tugboat.Api.Authentication.V1;

[KubernetesKind("authentication.k8s.io", "v1", "TokenReview")]
[Doc("Asks the server who a bearer token belongs to.")]
public sealed class TokenReview : KubernetesObject
{
    [RequiredField, Doc("The token to check.")]
    public TokenReviewSpec Spec { get; set; } = new();
    [Doc("Whether the token is valid and whose it is.")]
    public TokenReviewStatus? Status { get; set; }
}

public sealed class TokenReviewSpec
{
    [Doc("The bearer token.")]
    public string? Token { get; set; }
    [ListType("atomic")]
    public List<string>? Audiences { get; set; }
}

public sealed class TokenReviewStatus
{
    [Doc("Whether the token is valid.")]
    public bool? Authenticated { get; set; }
    [Doc("The user the token belongs to.")]
    public UserInfo? User { get; set; }
    [ListType("atomic")]
    public List<string>? Audiences { get; set; }
    public string? Error { get; set; }
}
