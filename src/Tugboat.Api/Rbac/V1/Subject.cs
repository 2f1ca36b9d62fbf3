using Tugboat.Api.Meta;
using Tugboat.Api.Schema;

namespace Tugboat.Api.Rbac.V1;

[MapType("atomic")]
[Doc("Who a binding grants a role to.")]
public sealed class Subject
{
    [RequiredField, Doc("User, Group or ServiceAccount.")]
    [ProtoField(1)] public string Kind { get; set; } = "";
    [Doc("rbac.authorization.k8s.io for users and groups, empty for service accounts.")]
    [ProtoField(2, OmitEmpty = true)] public string? ApiGroup { get; set; }
    [RequiredField, Doc("Name of the user, group or service account.")]
    [ProtoField(3)] public string Name { get; set; } = "";
    [Doc("Namespace of a service account.")]
    [ProtoField(4, OmitEmpty = true)] public string? Namespace { get; set; }
}
