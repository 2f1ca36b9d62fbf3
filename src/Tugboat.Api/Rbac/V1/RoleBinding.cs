using Tugboat.Api.Meta;
using Tugboat.Api.Schema;

namespace Tugboat.Api.Rbac.V1;

[KubernetesKind("rbac.authorization.k8s.io", "v1", "RoleBinding")]
[Doc("Grants the permissions of a Role or ClusterRole to subjects within one namespace.")]
public sealed class RoleBinding : KubernetesObject
{
    [ListType("atomic"), Doc("The users, groups and service accounts granted the role.")]
    [ProtoField(2)] public List<Subject>? Subjects { get; set; }
    [RequiredField, Doc("The Role or ClusterRole granted; cannot be changed after creation.")]
    [ProtoField(3)] public RoleRef RoleRef { get; set; } = new();
}

public sealed class RoleBindingList : IKubernetesList
{
    [ProtoField(0)] public string? ApiVersion { get; set; }
    [ProtoField(0)] public string? Kind { get; set; }
    [ProtoField(1)] public ListMeta Metadata { get; set; } = new();
    [RequiredField]
    [ProtoField(2)] public List<RoleBinding> Items { get; set; } = [];
}
