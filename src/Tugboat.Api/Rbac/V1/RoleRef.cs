using Tugboat.Api.Meta;
using Tugboat.Api.Schema;

namespace Tugboat.Api.Rbac.V1;

[MapType("atomic")]
[Doc("The role a binding grants.")]
public sealed class RoleRef
{
    [RequiredField, Doc("Always rbac.authorization.k8s.io.")]
    [ProtoField(1)] public string ApiGroup { get; set; } = "";
    [RequiredField, Doc("Role or ClusterRole.")]
    [ProtoField(2)] public string Kind { get; set; } = "";
    [RequiredField, Doc("Name of the role.")]
    [ProtoField(3)] public string Name { get; set; } = "";
}
