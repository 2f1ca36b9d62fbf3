using Tugboat.Api.Rbac.V1;

namespace Tugboat.ApiServer.Printers;

/// <summary>The role binding table shared by RoleBinding and ClusterRoleBinding: Name, Role, Age; wide Users, Groups, ServiceAccounts.</summary>
internal static class BindingRows
{
    public static IReadOnlyList<TableColumn> Columns(string kind) =>
    [
        Col.Name,
        Col.String("Role", "The role granted, as Kind/name."),
        Col.Age,
        Col.String("Users", $"Users in the {kind}.", 1),
        Col.String("Groups", $"Groups in the {kind}.", 1),
        Col.String("ServiceAccounts", $"Service accounts in the {kind}, as namespace/name.", 1),
    ];

    public static object?[] Row(Tugboat.Api.Meta.IKubernetesObject binding, RoleRef roleRef, List<Subject>? subjects, DateTimeOffset now)
    {
        var users = new List<string>();
        var groups = new List<string>();
        var serviceAccounts = new List<string>();
        foreach (var s in subjects ?? [])
        {
            switch (s.Kind)
            {
                case "ServiceAccount": serviceAccounts.Add($"{s.Namespace}/{s.Name}"); break;
                case "User": users.Add(s.Name); break;
                case "Group": groups.Add(s.Name); break;
            }
        }
        return
        [
            Cells.NameOf(binding),
            $"{roleRef.Kind}/{roleRef.Name}",
            Cells.AgeOf(binding, now),
            string.Join(", ", users),
            string.Join(", ", groups),
            string.Join(", ", serviceAccounts),
        ];
    }
}
