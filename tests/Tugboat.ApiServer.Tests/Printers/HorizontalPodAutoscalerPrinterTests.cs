using Tugboat.Api.Autoscaling.V2;
using Tugboat.ApiServer.Printers;
using static Tugboat.ApiServer.Tests.Printers.PrinterFixtures;
using AutoscalingV1 = Tugboat.Api.Autoscaling.V1;

namespace Tugboat.ApiServer.Tests.Printers;

public class HorizontalPodAutoscalerPrinterTests
{
    private static readonly HorizontalPodAutoscalerPrinter P = HorizontalPodAutoscalerPrinter.Instance;

    private static HorizontalPodAutoscaler Hpa(List<MetricSpec>? metrics, List<MetricStatus>? current = null, int? min = 2) => new()
    {
        Metadata = Meta("web", MinutesAgo(30)),
        Spec = new HorizontalPodAutoscalerSpec
        {
            ScaleTargetRef = new CrossVersionObjectReference { ApiVersion = "apps/v1", Kind = "Deployment", Name = "web" },
            MinReplicas = min,
            MaxReplicas = 10,
            Metrics = metrics,
        },
        Status = new HorizontalPodAutoscalerStatus { CurrentReplicas = 3, DesiredReplicas = 3, CurrentMetrics = current },
    };

    private static MetricSpec CpuUtilization(int? target) => new()
    {
        Type = "Resource",
        Resource = new ResourceMetricSource { Name = "cpu", Target = new MetricTarget { Type = "Utilization", AverageUtilization = target } },
    };

    private static MetricStatus CpuCurrent(int? utilization) => new()
    {
        Type = "Resource",
        Resource = new ResourceMetricStatus { Name = "cpu", Current = new MetricValueStatus { AverageUtilization = utilization } },
    };

    private static string Targets(HorizontalPodAutoscaler hpa) => (string)Cell(P, hpa, "Targets")!;

    [Fact]
    public void Columns_match_upstream() =>
        ColumnNames(P).ShouldBe(["Name", "Reference", "Targets", "MinPods", "MaxPods", "Replicas", "Age"]);

    [Fact]
    public void Cpu_utilization_row()
    {
        Row(P, Hpa([CpuUtilization(50)], [CpuCurrent(20)])).ShouldBe(["web", "Deployment/web", "cpu: 20%/50%", "2", 10L, 3L, "30m"]);
    }

    [Fact]
    public void Unknown_current_value()
    {
        Targets(Hpa([CpuUtilization(50)])).ShouldBe("cpu: <unknown>/50%");
        Targets(Hpa([CpuUtilization(50)], [CpuCurrent(null)])).ShouldBe("cpu: <unknown>/50%");
    }

    [Fact]
    public void Utilization_without_target_is_auto() => Targets(Hpa([CpuUtilization(null)], [CpuCurrent(7)])).ShouldBe("cpu: 7%/<auto>");

    [Fact]
    public void Resource_average_value()
    {
        var spec = new MetricSpec
        {
            Type = "Resource",
            Resource = new ResourceMetricSource { Name = "memory", Target = new MetricTarget { Type = "AverageValue", AverageValue = "500Mi" } },
        };
        var status = new MetricStatus
        {
            Type = "Resource",
            Resource = new ResourceMetricStatus { Name = "memory", Current = new MetricValueStatus { AverageValue = "300Mi" } },
        };
        Targets(Hpa([spec], [status])).ShouldBe("memory: 300Mi/500Mi");
        Targets(Hpa([spec])).ShouldBe("memory: <unknown>/500Mi");
    }

    [Fact]
    public void Container_resource()
    {
        var spec = new MetricSpec
        {
            Type = "ContainerResource",
            ContainerResource = new ContainerResourceMetricSource { Name = "cpu", Container = "app", Target = new MetricTarget { Type = "Utilization", AverageUtilization = 60 } },
        };
        var status = new MetricStatus
        {
            Type = "ContainerResource",
            ContainerResource = new ContainerResourceMetricStatus { Name = "cpu", Container = "app", Current = new MetricValueStatus { AverageUtilization = 30 } },
        };
        Targets(Hpa([spec], [status])).ShouldBe("cpu: 30%/60%");
    }

    [Fact]
    public void Pods_metric()
    {
        var spec = new MetricSpec
        {
            Type = "Pods",
            Pods = new PodsMetricSource { Metric = new MetricIdentifier { Name = "rps" }, Target = new MetricTarget { Type = "AverageValue", AverageValue = "1k" } },
        };
        var status = new MetricStatus { Type = "Pods", Pods = new PodsMetricStatus { Metric = new MetricIdentifier { Name = "rps" }, Current = new MetricValueStatus { AverageValue = "250" } } };
        Targets(Hpa([spec])).ShouldBe("<unknown>/1k");
        Targets(Hpa([spec], [status])).ShouldBe("250/1k");
    }

    [Fact]
    public void External_and_object_metrics()
    {
        var external = new MetricSpec
        {
            Type = "External",
            External = new ExternalMetricSource { Metric = new MetricIdentifier { Name = "queue" }, Target = new MetricTarget { Type = "Value", Value = "30" } },
        };
        var externalAvg = new MetricSpec
        {
            Type = "External",
            External = new ExternalMetricSource { Metric = new MetricIdentifier { Name = "queue" }, Target = new MetricTarget { Type = "AverageValue", AverageValue = "10" } },
        };
        var obj = new MetricSpec
        {
            Type = "Object",
            Object = new ObjectMetricSource
            {
                Metric = new MetricIdentifier { Name = "hits" },
                DescribedObject = new CrossVersionObjectReference { Kind = "Ingress", Name = "main" },
                Target = new MetricTarget { Type = "Value", Value = "2k" },
            },
        };
        var externalStatus = new MetricStatus { Type = "External", External = new ExternalMetricStatus { Current = new MetricValueStatus { Value = "12", AverageValue = "4" } } };

        Targets(Hpa([external], [externalStatus])).ShouldBe("12/30");
        Targets(Hpa([externalAvg], [externalStatus])).ShouldBe("4/10 (avg)");
        Targets(Hpa([externalAvg])).ShouldBe("<unknown>/10 (avg)");
        Targets(Hpa([obj])).ShouldBe("<unknown>/2k");
    }

    [Fact]
    public void More_than_two_metrics_are_summarized()
    {
        var memory = new MetricSpec
        {
            Type = "Resource",
            Resource = new ResourceMetricSource { Name = "memory", Target = new MetricTarget { Type = "Utilization", AverageUtilization = 70 } },
        };
        var weird = new MetricSpec { Type = "Something" };
        Targets(Hpa([CpuUtilization(50), memory, weird], [CpuCurrent(10)])).ShouldBe("cpu: 10%/50%, memory: <unknown>/70% + 1 more...");
        Targets(Hpa([weird])).ShouldBe("<unknown type>");
    }

    [Fact]
    public void Defaults_when_metrics_and_min_replicas_are_missing()
    {
        var cells = Cells(P, Hpa(null, min: null));
        cells["Targets"].ShouldBe("cpu: <unknown>/80%");
        cells["MinPods"].ShouldBe("1");
    }

    [Fact]
    public void Autoscaling_v1_reads_cpu_fields()
    {
        var hpa = new AutoscalingV1.HorizontalPodAutoscaler
        {
            Metadata = Meta("web", MinutesAgo(30)),
            Spec = new AutoscalingV1.HorizontalPodAutoscalerSpec
            {
                ScaleTargetRef = new AutoscalingV1.CrossVersionObjectReference { Kind = "Deployment", Name = "web" },
                MinReplicas = 1,
                MaxReplicas = 5,
                TargetCPUUtilizationPercentage = 50,
            },
            Status = new AutoscalingV1.HorizontalPodAutoscalerStatus { CurrentReplicas = 2, CurrentCPUUtilizationPercentage = 35 },
        };
        var v1 = HorizontalPodAutoscalerV1Printer.Instance;
        Row(v1, hpa).ShouldBe(["web", "Deployment/web", "cpu: 35%/50%", "1", 5L, 2L, "30m"]);
        hpa.Spec.TargetCPUUtilizationPercentage = null;
        hpa.Status.CurrentCPUUtilizationPercentage = null;
        Cell(v1, hpa, "Targets").ShouldBe("cpu: <unknown>/80%");
    }
}
