using Tugboat.Api.Core.V1;

namespace Tugboat.ApiServer.Printers;

/// <summary>kubectl get nodes: Name, Status, Roles, Age, Version; wide Internal-IP, External-IP, OS-Image, Kernel-Version, Container-Runtime.</summary>
public sealed class NodePrinter : TablePrinter<Node>
{
    public static readonly NodePrinter Instance = new();

    private const string RolePrefix = "node-role.kubernetes.io/";
    private const string RoleLabel = "kubernetes.io/role";

    public override IReadOnlyList<TableColumn> Columns { get; } =
    [
        Col.Name,
        Col.String("Status", "Readiness of the node, and SchedulingDisabled when cordoned."),
        Col.String("Roles", "Roles from the node's node-role.kubernetes.io/* labels."),
        Col.Age,
        Col.String("Version", "Version of the node's kubelet."),
        Col.String("Internal-IP", "The node's first InternalIP address.", 1),
        Col.String("External-IP", "The node's first ExternalIP address.", 1),
        Col.String("OS-Image", "Operating system image of the node.", 1),
        Col.String("Kernel-Version", "Kernel version of the node.", 1),
        Col.String("Container-Runtime", "Container runtime name and version.", 1),
    ];

    public override object?[] Row(Node node, DateTimeOffset now)
    {
        var status = node.Status ?? new NodeStatus();
        var info = status.NodeInfo ?? new NodeSystemInfo();

        var parts = new List<string>();
        var ready = status.Conditions?.LastOrDefault(c => c.Type == "Ready");
        if (ready is not null) parts.Add(ready.Status == "True" ? "Ready" : "NotReady");
        if (parts.Count == 0) parts.Add("Unknown");
        if (node.Spec?.Unschedulable == true) parts.Add("SchedulingDisabled");

        var roles = Roles(node);

        return
        [
            Cells.NameOf(node),
            string.Join(",", parts),
            roles.Count == 0 ? Cells.None : string.Join(",", roles),
            Cells.AgeOf(node, now),
            info.KubeletVersion,
            Address(status, "InternalIP"),
            Address(status, "ExternalIP"),
            string.IsNullOrEmpty(info.OSImage) ? Cells.Unknown : info.OSImage,
            string.IsNullOrEmpty(info.KernelVersion) ? Cells.Unknown : info.KernelVersion,
            string.IsNullOrEmpty(info.ContainerRuntimeVersion) ? Cells.Unknown : info.ContainerRuntimeVersion,
        ];
    }

    /// <summary>findNodeRoles: node-role.kubernetes.io/&lt;role&gt; label keys and kubernetes.io/role label values, sorted.</summary>
    internal static SortedSet<string> Roles(Node node)
    {
        var roles = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (key, value) in node.Metadata.Labels ?? [])
        {
            if (key.StartsWith(RolePrefix, StringComparison.Ordinal))
            {
                var role = key[RolePrefix.Length..];
                if (role.Length > 0) roles.Add(role);
            }
            else if (key == RoleLabel && value.Length > 0)
            {
                roles.Add(value);
            }
        }
        return roles;
    }

    private static string Address(NodeStatus status, string type) =>
        status.Addresses?.FirstOrDefault(a => a.Type == type)?.Address ?? Cells.None;
}
