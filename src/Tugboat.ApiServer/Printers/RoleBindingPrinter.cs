using Tugboat.Api.Rbac.V1;

namespace Tugboat.ApiServer.Printers;

/// <summary>kubectl get rolebindings: Name, Role, Age; wide Users, Groups, ServiceAccounts.</summary>
public sealed class RoleBindingPrinter : TablePrinter<RoleBinding>
{
    public static readonly RoleBindingPrinter Instance = new();

    public override IReadOnlyList<TableColumn> Columns { get; } = BindingRows.Columns("roleBinding");

    public override object?[] Row(RoleBinding rb, DateTimeOffset now) => BindingRows.Row(rb, rb.RoleRef, rb.Subjects, now);
}
