using Tugboat.Api.Meta;
using Tugboat.Api.Schema;

namespace Tugboat.Api.Authentication.V1;

[KubernetesKind("authentication.k8s.io", "v1", "TokenRequest")]
[Doc("Requests a token for a service account; posted to its token subresource.")]
public sealed class TokenRequest : KubernetesObject
{
    [RequiredField, Doc("Audiences, lifetime and binding of the token.")]
    public TokenRequestSpec Spec { get; set; } = new();
    [Doc("The issued token.")]
    public TokenRequestStatus? Status { get; set; }
}

public sealed class TokenRequestSpec
{
    [RequiredField, ListType("atomic"), Doc("Intended audiences of the token.")]
    public List<string>? Audiences { get; set; }
    [Doc("Requested lifetime of the token.")]
    public long? ExpirationSeconds { get; set; }
    [Doc("An object (pod, secret, node) the token is bound to; the token stops working when it is deleted.")]
    public BoundObjectReference? BoundObjectRef { get; set; }
}

public sealed class TokenRequestStatus
{
    [RequiredField, Doc("The issued token.")]
    public string Token { get; set; } = "";
    [RequiredField, Doc("When the token expires.")]
    public DateTimeOffset? ExpirationTimestamp { get; set; }
}

public sealed class BoundObjectReference
{
    public string? Kind { get; set; }
    public string? ApiVersion { get; set; }
    public string? Name { get; set; }
    public string? Uid { get; set; }
}
