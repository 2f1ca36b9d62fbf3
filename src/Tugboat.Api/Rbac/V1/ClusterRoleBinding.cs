using Tugboat.Api.Meta;
using Tugboat.Api.Schema;

namespace Tugboat.Api.Rbac.V1;

[KubernetesKind("rbac.authorization.k8s.io", "v1", "ClusterRoleBinding")]
[Doc("Grants the permissions of a ClusterRole to subjects across the whole cluster.")]
public sealed class ClusterRoleBinding : KubernetesObject
{
    [ListType("atomic"), Doc("The users, groups and service accounts granted the role.")]
    [ProtoField(2)] public List<Subject>? Subjects { get; set; }
    [RequiredField, Doc("The ClusterRole granted; cannot be changed after creation.")]
    [ProtoField(3)] public RoleRef RoleRef { get; set; } = new();
}

public sealed class ClusterRoleBindingList : IKubernetesList
{
    [ProtoField(0)] public string? ApiVersion { get; set; }
    [ProtoField(0)] public string? Kind { get; set; }
    [ProtoField(1)] public ListMeta Metadata { get; set; } = new();
    [RequiredField]
    [ProtoField(2)] public List<ClusterRoleBinding> Items { get; set; } = [];
}
