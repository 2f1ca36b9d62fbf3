using Tugboat.Api.Meta;
using Tugboat.Api.Schema;

namespace Tugboat.Api.Authentication.V1;

[KubernetesKind("authentication.k8s.io", "v1", "TokenRequest")]
[Doc("Requests a token for a service account; posted to its token subresource.")]
public sealed class TokenRequest : KubernetesObject
{
    [RequiredField, Doc("Audiences, lifetime and binding of the token.")]
    [ProtoField(2)] public TokenRequestSpec Spec { get; set; } = new();
    [Doc("The issued token.")]
    [ProtoField(3)] public TokenRequestStatus? Status { get; set; }
}

public sealed class TokenRequestSpec
{
    [RequiredField, ListType("atomic"), Doc("Intended audiences of the token.")]
    [ProtoField(1)] public List<string>? Audiences { get; set; }
    [Doc("Requested lifetime of the token.")]
    [ProtoField(4)] public long? ExpirationSeconds { get; set; }
    [Doc("An object (pod, secret, node) the token is bound to; the token stops working when it is deleted.")]
    [ProtoField(3)] public BoundObjectReference? BoundObjectRef { get; set; }
}

public sealed class TokenRequestStatus
{
    [RequiredField, Doc("The issued token.")]
    [ProtoField(1)] public string Token { get; set; } = "";
    [RequiredField, Doc("When the token expires.")]
    [ProtoField(2)] public DateTimeOffset? ExpirationTimestamp { get; set; }
}

public sealed class BoundObjectReference
{
    [ProtoField(1, OmitEmpty = true)] public string? Kind { get; set; }
    [ProtoField(2, OmitEmpty = true)] public string? ApiVersion { get; set; }
    [ProtoField(3, OmitEmpty = true)] public string? Name { get; set; }
    [ProtoField(4, OmitEmpty = true)] public string? Uid { get; set; }
}
