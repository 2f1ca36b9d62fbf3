using AutoscalingV1 = Tugboat.Api.Autoscaling.V1;
using AutoscalingV2 = Tugboat.Api.Autoscaling.V2;

namespace Tugboat.ApiServer.Printers;

/// <summary>
/// kubectl get hpa served as autoscaling/v1: the v2 table, with the CPU utilization fields read as one Resource cpu metric
/// (as the conversion to the internal version does).
/// </summary>
public sealed class HorizontalPodAutoscalerV1Printer : TablePrinter<AutoscalingV1.HorizontalPodAutoscaler>
{
    public static readonly HorizontalPodAutoscalerV1Printer Instance = new();

    public override IReadOnlyList<TableColumn> Columns => HorizontalPodAutoscalerPrinter.HpaColumns;

    public override object?[] Row(AutoscalingV1.HorizontalPodAutoscaler hpa, DateTimeOffset now)
    {
        var spec = hpa.Spec ?? new AutoscalingV1.HorizontalPodAutoscalerSpec();
        var target = spec.TargetCPUUtilizationPercentage ?? HorizontalPodAutoscalerPrinter.DefaultCpuUtilization;
        List<AutoscalingV2.MetricStatus>? current = null;
        if (hpa.Status?.CurrentCPUUtilizationPercentage is int utilization)
            current =
            [
                new AutoscalingV2.MetricStatus
                {
                    Type = "Resource",
                    Resource = new AutoscalingV2.ResourceMetricStatus
                    {
                        Name = "cpu",
                        Current = new AutoscalingV2.MetricValueStatus { AverageUtilization = utilization },
                    },
                },
            ];
        return
        [
            Cells.NameOf(hpa),
            $"{spec.ScaleTargetRef.Kind}/{spec.ScaleTargetRef.Name}",
            HorizontalPodAutoscalerPrinter.FormatMetrics([HorizontalPodAutoscalerPrinter.CpuUtilizationMetric(target)], current),
            Cells.Int(spec.MinReplicas ?? 1),
            (long)spec.MaxReplicas,
            (long)(hpa.Status?.CurrentReplicas ?? 0),
            Cells.AgeOf(hpa, now),
        ];
    }
}
