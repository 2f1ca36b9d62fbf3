using Tugboat.Api.Meta;
using Tugboat.Api.Schema;

namespace Tugboat.Api.Rbac.V1;

[KubernetesKind("rbac.authorization.k8s.io", "v1", "Role")]
[Doc("A set of permissions within one namespace.")]
public sealed class Role : KubernetesObject
{
    [ListType("atomic"), Doc("The permissions this role grants.")]
    public List<PolicyRule>? Rules { get; set; }
}

public sealed class RoleList : IKubernetesList
{
    public string? ApiVersion { get; set; }
    public string? Kind { get; set; }
    public ListMeta Metadata { get; set; } = new();
    [RequiredField]
    public List<Role> Items { get; set; } = [];
}
