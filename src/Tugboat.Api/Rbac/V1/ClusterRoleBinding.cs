using Tugboat.Api.Meta;
using Tugboat.Api.Schema;

namespace Tugboat.Api.Rbac.V1;

[KubernetesKind("rbac.authorization.k8s.io", "v1", "ClusterRoleBinding")]
[Doc("Grants the permissions of a ClusterRole to subjects across the whole cluster.")]
public sealed class ClusterRoleBinding : KubernetesObject
{
    [ListType("atomic"), Doc("The users, groups and service accounts granted the role.")]
    public List<Subject>? Subjects { get; set; }
    [RequiredField, Doc("The ClusterRole granted; cannot be changed after creation.")]
    public RoleRef RoleRef { get; set; } = new();
}

public sealed class ClusterRoleBindingList : IKubernetesList
{
    public string? ApiVersion { get; set; }
    public string? Kind { get; set; }
    public ListMeta Metadata { get; set; } = new();
    [RequiredField]
    public List<ClusterRoleBinding> Items { get; set; } = [];
}
