using Tugboat.Api.Meta;
using Tugboat.Api.Schema;

namespace Tugboat.Api.Rbac.V1;

[KubernetesKind("rbac.authorization.k8s.io", "v1", "Role")]
[Doc("A set of permissions within one namespace.")]
public sealed class Role : KubernetesObject
{
    [ListType("atomic"), Doc("The permissions this role grants.")]
    [ProtoField(2)] public List<PolicyRule>? Rules { get; set; }
}

public sealed class RoleList : IKubernetesList
{
    [ProtoField(0)] public string? ApiVersion { get; set; }
    [ProtoField(0)] public string? Kind { get; set; }
    [ProtoField(1)] public ListMeta Metadata { get; set; } = new();
    [RequiredField]
    [ProtoField(2)] public List<Role> Items { get; set; } = [];
}
