using Tugboat.Api.Core.V1;
using Tugboat.ApiServer.Printers;
using static Tugboat.ApiServer.Tests.Printers.PrinterFixtures;

namespace Tugboat.ApiServer.Tests.Printers;

public class ServicePrinterTests
{
    private static readonly ServicePrinter P = ServicePrinter.Instance;

    private static Service Svc(ServiceSpec spec, ServiceStatus? status = null) =>
        new() { Metadata = Meta("web", HoursAgo(5)), Spec = spec, Status = status };

    [Fact]
    public void Columns_match_upstream()
    {
        ColumnNames(P).ShouldBe(["Name", "Type", "Cluster-IP", "External-IP", "Port(s)", "Age", "Selector"]);
        WideColumnNames(P).ShouldBe(["Selector"]);
    }

    [Fact]
    public void Cluster_ip_service()
    {
        var svc = Svc(new ServiceSpec
        {
            Type = "ClusterIP",
            ClusterIP = "10.96.0.10",
            ClusterIPs = ["10.96.0.10"],
            Ports = [new ServicePort { Name = "http", Port = 80, Protocol = "TCP" }, new ServicePort { Name = "https", Port = 443 }],
            Selector = new() { ["tier"] = "frontend", ["app"] = "web" },
        });
        Row(P, svc).ShouldBe(["web", "ClusterIP", "10.96.0.10", "<none>", "80/TCP,443/TCP", "5h", "app=web,tier=frontend"]);
    }

    [Fact]
    public void Node_ports_and_external_ips()
    {
        var svc = Svc(new ServiceSpec
        {
            Type = "NodePort",
            ClusterIPs = ["10.96.3.4"],
            ExternalIPs = ["192.0.2.1", "192.0.2.2"],
            Ports = [new ServicePort { Port = 80, NodePort = 30080, Protocol = "TCP" }, new ServicePort { Port = 53, NodePort = 30053, Protocol = "UDP" }],
        });
        var cells = Cells(P, svc);
        cells["External-IP"].ShouldBe("192.0.2.1,192.0.2.2");
        cells["Port(s)"].ShouldBe("80:30080/TCP,53:30053/UDP");
        cells["Selector"].ShouldBe("<none>");
    }

    [Fact]
    public void Load_balancer_pending()
    {
        var svc = Svc(new ServiceSpec { Type = "LoadBalancer", ClusterIPs = ["10.96.0.1"], Ports = [new ServicePort { Port = 80, NodePort = 31000 }] });
        Cell(P, svc, "External-IP").ShouldBe("<pending>");
    }

    [Fact]
    public void Load_balancer_addresses_are_sorted_and_deduplicated()
    {
        var svc = Svc(new ServiceSpec { Type = "LoadBalancer" }, new ServiceStatus
        {
            LoadBalancer = new LoadBalancerStatus
            {
                Ingress =
                [
                    new LoadBalancerIngress { IP = "5.6.7.8" },
                    new LoadBalancerIngress { Hostname = "lb.example.com" },
                    new LoadBalancerIngress { IP = "1.1.1.1", Hostname = "ignored.example.com" },
                    new LoadBalancerIngress { IP = "5.6.7.8" },
                ],
            },
        });
        Cell(P, svc, "External-IP").ShouldBe("1.1.1.1,5.6.7.8,lb.example.com");
        svc.Spec!.ExternalIPs = ["192.0.2.9"];
        Cell(P, svc, "External-IP").ShouldBe("1.1.1.1,5.6.7.8,lb.example.com,192.0.2.9");
    }

    [Fact]
    public void Load_balancer_with_external_ips_but_no_ingress()
    {
        var svc = Svc(new ServiceSpec { Type = "LoadBalancer", ExternalIPs = ["192.0.2.9"] });
        Cell(P, svc, "External-IP").ShouldBe("192.0.2.9");
    }

    [Fact]
    public void External_name_service()
    {
        var svc = Svc(new ServiceSpec { Type = "ExternalName", ExternalName = "db.example.com" });
        Row(P, svc)[..5].ShouldBe(["web", "ExternalName", "<none>", "db.example.com", "<none>"]);
    }

    [Fact]
    public void Headless_service_and_defaults()
    {
        var svc = Svc(new ServiceSpec { ClusterIP = "None", Ports = [new ServicePort { Port = 5432 }] });
        Row(P, svc)[..5].ShouldBe(["web", "ClusterIP", "None", "<none>", "5432/TCP"]);
    }
}
