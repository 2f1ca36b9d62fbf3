using Tugboat.Api.Meta;
using Tugboat.Api.Schema;

namespace Tugboat.Api.Rbac.V1;

[MapType("atomic")]
[Doc("Who a binding grants a role to.")]
public sealed class Subject
{
    [RequiredField, Doc("User, Group or ServiceAccount.")]
    public string Kind { get; set; } = "";
    [Doc("rbac.authorization.k8s.io for users and groups, empty for service accounts.")]
    public string? ApiGroup { get; set; }
    [RequiredField, Doc("Name of the user, group or service account.")]
    public string Name { get; set; } = "";
    [Doc("Namespace of a service account.")]
    public string? Namespace { get; set; }
}
