namespace Tugboat.Api.Authorization.V1;

/// <summary>The root kinds of authorization.k8s.io/v1.</summary>
public static class AuthorizationV1Kinds
{
    public static readonly Type[] All =
    [
        typeof(SubjectAccessReview),
        typeof(SelfSubjectAccessReview),
        typeof(LocalSubjectAccessReview),
        typeof(SelfSubjectRulesReview),
    ];
}
