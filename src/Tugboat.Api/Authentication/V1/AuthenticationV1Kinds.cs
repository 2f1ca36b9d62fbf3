namespace Tugboat.Api.Authentication.V1;

/// <summary>The root kinds of authentication.k8s.io/v1.</summary>
public static class AuthenticationV1Kinds
{
    public static readonly Type[] All =
    [
        typeof(TokenReview),
        typeof(TokenRequest),
        typeof(SelfSubjectReview),
    ];
}
