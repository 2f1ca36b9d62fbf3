namespace Tugboat.Api.Rbac.V1;

/// <summary>The root kinds of rbac.authorization.k8s.io/v1.</summary>
public static class RbacV1Kinds
{
    public static readonly Type[] All =
    [
        typeof(Role),
        typeof(RoleBinding),
        typeof(ClusterRole),
        typeof(ClusterRoleBinding),
    ];
}
