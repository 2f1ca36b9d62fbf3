using Tugboat.Api.Rbac.V1;

namespace Tugboat.ApiServer.Printers;

/// <summary>kubectl get clusterrolebindings: Name, Role, Age; wide Users, Groups, ServiceAccounts.</summary>
public sealed class ClusterRoleBindingPrinter : TablePrinter<ClusterRoleBinding>
{
    public static readonly ClusterRoleBindingPrinter Instance = new();

    public override IReadOnlyList<TableColumn> Columns { get; } = BindingRows.Columns("clusterRoleBinding");

    public override object?[] Row(ClusterRoleBinding crb, DateTimeOffset now) => BindingRows.Row(crb, crb.RoleRef, crb.Subjects, now);
}
