using Tugboat.Api.Core.V1;

namespace Tugboat.ApiServer.Printers;

/// <summary>kubectl get services: Name, Type, Cluster-IP, External-IP, Port(s), Age; wide Selector.</summary>
public sealed class ServicePrinter : TablePrinter<Service>
{
    public static readonly ServicePrinter Instance = new();

    public override IReadOnlyList<TableColumn> Columns { get; } =
    [
        Col.Name,
        Col.String("Type", "How the service is exposed: ClusterIP, NodePort, LoadBalancer or ExternalName."),
        Col.String("Cluster-IP", "The service's virtual IP inside the cluster."),
        Col.String("External-IP", "Addresses the service is reachable on from outside the cluster."),
        Col.String("Port(s)", "Service ports, with node ports, and protocols."),
        Col.Age,
        Col.Selector("Labels of the pods the service sends traffic to."),
    ];

    public override object?[] Row(Service svc, DateTimeOffset now)
    {
        var spec = svc.Spec ?? new ServiceSpec();
        var type = string.IsNullOrEmpty(spec.Type) ? "ClusterIP" : spec.Type; // v1 default
        var clusterIP = spec.ClusterIPs is { Count: > 0 } ips ? ips[0] : spec.ClusterIP;
        var ports = PortString(spec.Ports);
        return
        [
            Cells.NameOf(svc),
            type,
            Cells.OrNone(clusterIP),
            ExternalIP(svc, type),
            ports.Length == 0 ? Cells.None : ports,
            Cells.AgeOf(svc, now),
            Cells.Labels(spec.Selector),
        ];
    }

    /// <summary>getServiceExternalIP, with the load-balancer addresses unclipped (the server prints wide).</summary>
    internal static string ExternalIP(Service svc, string type)
    {
        var externalIPs = svc.Spec?.ExternalIPs ?? [];
        switch (type)
        {
            case "ClusterIP":
            case "NodePort":
                return externalIPs.Count > 0 ? string.Join(",", externalIPs) : Cells.None;
            case "LoadBalancer":
                var lb = Cells.LoadBalancerAddresses(svc.Status?.LoadBalancer?.Ingress?.Select(i => (i.IP, i.Hostname)));
                if (externalIPs.Count > 0)
                {
                    var results = new List<string>();
                    if (lb.Length > 0) results.AddRange(lb.Split(','));
                    results.AddRange(externalIPs);
                    return string.Join(",", results);
                }
                return lb.Length > 0 ? lb : "<pending>";
            case "ExternalName":
                return svc.Spec?.ExternalName ?? "";
            default:
                return Cells.Unknown;
        }
    }

    /// <summary>makePortString: "80/TCP", or "80:30080/TCP" with a node port, joined by commas.</summary>
    internal static string PortString(IEnumerable<ServicePort>? ports) =>
        string.Join(",", (ports ?? []).Select(p =>
        {
            var protocol = string.IsNullOrEmpty(p.Protocol) ? "TCP" : p.Protocol; // v1 default
            return p.NodePort is int nodePort && nodePort > 0 ? $"{p.Port}:{nodePort}/{protocol}" : $"{p.Port}/{protocol}";
        }));
}
