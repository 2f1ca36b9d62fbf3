using Tugboat.Api.Apps.V1;
using Tugboat.Api.Core.V1;
using Tugboat.Api.Meta;
using Tugboat.ApiServer.Printers;
using static Tugboat.ApiServer.Tests.Printers.PrinterFixtures;

namespace Tugboat.ApiServer.Tests.Printers;

public class WorkloadPrinterTests
{
    private static PodTemplateSpec Template(Dictionary<string, string>? nodeSelector = null) => new()
    {
        Metadata = new ObjectMeta { Labels = new() { ["app"] = "web" } },
        Spec = new PodSpec
        {
            Containers = [new Container { Name = "nginx", Image = "nginx:1.27" }, new Container { Name = "sidecar", Image = "envoy:v1" }],
            NodeSelector = nodeSelector,
        },
    };

    private static LabelSelector AppWeb() => new() { MatchLabels = new() { ["app"] = "web" } };

    [Fact]
    public void Deployment()
    {
        var d = new Deployment
        {
            Metadata = Meta("web", DaysAgo(4)),
            Spec = new DeploymentSpec { Replicas = 3, Selector = AppWeb(), Template = Template() },
            Status = new DeploymentStatus { Replicas = 3, ReadyReplicas = 2, UpdatedReplicas = 3, AvailableReplicas = 2 },
        };
        ColumnNames(DeploymentPrinter.Instance).ShouldBe(["Name", "Ready", "Up-to-date", "Available", "Age", "Containers", "Images", "Selector"]);
        Row(DeploymentPrinter.Instance, d).ShouldBe(["web", "2/3", 3L, 2L, "4d", "nginx,sidecar", "nginx:1.27,envoy:v1", "app=web"]);
    }

    [Fact]
    public void Deployment_defaults_and_empty_selector()
    {
        var d = new Deployment { Metadata = Meta("web"), Spec = new DeploymentSpec { Selector = new LabelSelector() } };
        var cells = Cells(DeploymentPrinter.Instance, d);
        cells["Ready"].ShouldBe("0/1");
        cells["Up-to-date"].ShouldBe(0L);
        cells["Selector"].ShouldBe("");
        d.Spec.Selector = new LabelSelector { MatchExpressions = [new LabelSelectorRequirement { Key = "app", Operator = "Bogus" }] };
        Cell(DeploymentPrinter.Instance, d, "Selector").ShouldBe("<invalid>");
    }

    [Fact]
    public void ReplicaSet()
    {
        var rs = new ReplicaSet
        {
            Metadata = Meta("web-5d4f8", DaysAgo(1)),
            Spec = new ReplicaSetSpec
            {
                Replicas = 3,
                Selector = new LabelSelector
                {
                    MatchLabels = new() { ["app"] = "web", ["pod-template-hash"] = "5d4f8" },
                    MatchExpressions = [new LabelSelectorRequirement { Key = "env", Operator = "In", Values = ["prod", "canary"] }],
                },
                Template = Template(),
            },
            Status = new ReplicaSetStatus { Replicas = 3, ReadyReplicas = 1 },
        };
        ColumnNames(ReplicaSetPrinter.Instance).ShouldBe(["Name", "Desired", "Current", "Ready", "Age", "Containers", "Images", "Selector"]);
        Row(ReplicaSetPrinter.Instance, rs).ShouldBe(
            ["web-5d4f8", 3L, 3L, 1L, "24h", "nginx,sidecar", "nginx:1.27,envoy:v1", "app=web,env in (canary,prod),pod-template-hash=5d4f8"]);
    }

    [Fact]
    public void StatefulSet()
    {
        var sts = new StatefulSet
        {
            Metadata = Meta("db", HoursAgo(2)),
            Spec = new StatefulSetSpec { Replicas = 3, ServiceName = "db", Selector = AppWeb(), Template = Template() },
            Status = new StatefulSetStatus { Replicas = 3, ReadyReplicas = 3 },
        };
        ColumnNames(StatefulSetPrinter.Instance).ShouldBe(["Name", "Ready", "Age", "Containers", "Images"]);
        Row(StatefulSetPrinter.Instance, sts).ShouldBe(["db", "3/3", "120m", "nginx,sidecar", "nginx:1.27,envoy:v1"]);
    }

    [Fact]
    public void DaemonSet()
    {
        var ds = new DaemonSet
        {
            Metadata = Meta("agent", DaysAgo(30)),
            Spec = new DaemonSetSpec { Selector = AppWeb(), Template = Template(new() { ["kubernetes.io/os"] = "linux" }) },
            Status = new DaemonSetStatus { DesiredNumberScheduled = 3, CurrentNumberScheduled = 3, NumberReady = 2, UpdatedNumberScheduled = 3, NumberAvailable = 2 },
        };
        ColumnNames(DaemonSetPrinter.Instance).ShouldBe(
            ["Name", "Desired", "Current", "Ready", "Up-to-date", "Available", "Node Selector", "Age", "Containers", "Images", "Selector"]);
        Row(DaemonSetPrinter.Instance, ds).ShouldBe(
            ["agent", 3L, 3L, 2L, 3L, 2L, "kubernetes.io/os=linux", "30d", "nginx,sidecar", "nginx:1.27,envoy:v1", "app=web"]);
        ds.Spec!.Template.Spec!.NodeSelector = null;
        Cell(DaemonSetPrinter.Instance, ds, "Node Selector").ShouldBe("<none>");
    }

    [Fact]
    public void ControllerRevision()
    {
        var cr = new ControllerRevision { Metadata = Meta("web-7b9f", DaysAgo(1)), Revision = 2 };
        ColumnNames(ControllerRevisionPrinter.Instance).ShouldBe(["Name", "Controller", "Revision", "Age"]);
        Row(ControllerRevisionPrinter.Instance, cr).ShouldBe(["web-7b9f", "<none>", 2L, "24h"]);

        cr.Metadata.OwnerReferences =
        [
            new OwnerReference { ApiVersion = "v1", Kind = "Pod", Name = "other", Uid = "1" },
            new OwnerReference { ApiVersion = "apps/v1", Kind = "StatefulSet", Name = "web", Uid = "2", Controller = true },
        ];
        Cell(ControllerRevisionPrinter.Instance, cr, "Controller").ShouldBe("statefulset.apps/web");

        cr.Metadata.OwnerReferences = [new OwnerReference { ApiVersion = "v1", Kind = "Pod", Name = "p", Uid = "1", Controller = true }];
        Cell(ControllerRevisionPrinter.Instance, cr, "Controller").ShouldBe("pod/p");
    }

    [Fact]
    public void ReplicationController()
    {
        var rc = new ReplicationController
        {
            Metadata = Meta("legacy", DaysAgo(3)),
            Spec = new ReplicationControllerSpec { Replicas = 2, Selector = new() { ["app"] = "legacy" }, Template = Template() },
            Status = new ReplicationControllerStatus { Replicas = 2, ReadyReplicas = 2 },
        };
        ColumnNames(ReplicationControllerPrinter.Instance).ShouldBe(["Name", "Desired", "Current", "Ready", "Age", "Containers", "Images", "Selector"]);
        Row(ReplicationControllerPrinter.Instance, rc).ShouldBe(["legacy", 2L, 2L, 2L, "3d", "nginx,sidecar", "nginx:1.27,envoy:v1", "app=legacy"]);
    }

    [Fact]
    public void PodTemplate()
    {
        var pt = new PodTemplate { Metadata = Meta("tmpl"), Template = Template() };
        ColumnNames(PodTemplatePrinter.Instance).ShouldBe(["Name", "Containers", "Images", "Pod Labels"]);
        PodTemplatePrinter.Instance.Columns.ShouldAllBe(c => c.Priority == 0);
        Row(PodTemplatePrinter.Instance, pt).ShouldBe(["tmpl", "nginx,sidecar", "nginx:1.27,envoy:v1", "app=web"]);
    }
}
