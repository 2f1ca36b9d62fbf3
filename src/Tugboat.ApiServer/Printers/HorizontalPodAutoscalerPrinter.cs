using System.Globalization;
using Tugboat.Api.Autoscaling.V2;

namespace Tugboat.ApiServer.Printers;

/// <summary>kubectl get hpa (autoscaling/v2): Name, Reference ("Deployment/web"), Targets ("cpu: 20%/50%"), MinPods, MaxPods, Replicas, Age.</summary>
public sealed class HorizontalPodAutoscalerPrinter : TablePrinter<HorizontalPodAutoscaler>
{
    public static readonly HorizontalPodAutoscalerPrinter Instance = new();

    /// <summary>The CPU utilization v2 defaulting targets when no metric is given.</summary>
    internal const int DefaultCpuUtilization = 80;

    internal static readonly IReadOnlyList<TableColumn> HpaColumns =
    [
        Col.Name,
        Col.String("Reference", "The scaled object, as Kind/name."),
        Col.String("Targets", "Current and target values of the metrics; the first two, then a count of the rest."),
        Col.String("MinPods", "Lowest replica count."),
        Col.String("MaxPods", "Highest replica count."),
        Col.String("Replicas", "Current replica count of the scaled object."),
        Col.Age,
    ];

    public override IReadOnlyList<TableColumn> Columns => HpaColumns;

    public override object?[] Row(HorizontalPodAutoscaler hpa, DateTimeOffset now)
    {
        var spec = hpa.Spec ?? new HorizontalPodAutoscalerSpec();
        // v2 defaulting: minReplicas 1, and 80% average CPU when no metric is given.
        var metrics = spec.Metrics is { Count: > 0 } m ? m : [DefaultCpuMetric()];
        return
        [
            Cells.NameOf(hpa),
            $"{spec.ScaleTargetRef.Kind}/{spec.ScaleTargetRef.Name}",
            FormatMetrics(metrics, hpa.Status?.CurrentMetrics),
            Cells.Int(spec.MinReplicas ?? 1),
            (long)spec.MaxReplicas,
            (long)(hpa.Status?.CurrentReplicas ?? 0),
            Cells.AgeOf(hpa, now),
        ];
    }

    internal static MetricSpec CpuUtilizationMetric(int percent) => new()
    {
        Type = "Resource",
        Resource = new ResourceMetricSource { Name = "cpu", Target = new MetricTarget { Type = "Utilization", AverageUtilization = percent } },
    };

    private static MetricSpec DefaultCpuMetric() => CpuUtilizationMetric(DefaultCpuUtilization);

    /// <summary>formatHPAMetrics: one "current/target" entry per metric, statuses matched by index.</summary>
    internal static string FormatMetrics(IReadOnlyList<MetricSpec>? specs, IReadOnlyList<MetricStatus>? statuses)
    {
        if (specs is null || specs.Count == 0) return Cells.None;
        statuses ??= [];
        const int max = 2;
        var list = new List<string>();
        for (var i = 0; i < specs.Count; i++)
        {
            var spec = specs[i];
            var status = statuses.Count > i ? statuses[i] : null;
            list.Add(spec.Type switch
            {
                "External" => ValueOrAverage(spec.External?.Target, status?.External?.Current, status?.External is not null),
                "Pods" => (status?.Pods is { } pods ? Cells.QuantityPtr(pods.Current.AverageValue) : Cells.Unknown)
                    + "/" + Cells.QuantityPtr(spec.Pods?.Target.AverageValue),
                "Object" => ValueOrAverage(spec.Object?.Target, status?.Object?.Current, status?.Object is not null),
                "Resource" => ResourceEntry(spec.Resource?.Name, spec.Resource?.Target, status?.Resource?.Current, status?.Resource is not null),
                "ContainerResource" => ResourceEntry(spec.ContainerResource?.Name, spec.ContainerResource?.Target,
                    status?.ContainerResource?.Current, status?.ContainerResource is not null),
                _ => "<unknown type>",
            });
        }
        if (list.Count > max) return string.Join(", ", list.Take(max)) + $" + {list.Count - max} more...";
        return string.Join(", ", list);
    }

    /// <summary>External and Object metrics: "current/target (avg)" for average-value targets, else "current/target".</summary>
    private static string ValueOrAverage(MetricTarget? target, MetricValueStatus? current, bool hasStatus)
    {
        if (target?.AverageValue is { } average)
        {
            var now = hasStatus && current?.AverageValue is { } cur ? cur.ToString() : Cells.Unknown;
            return $"{now}/{average} (avg)";
        }
        var currentValue = hasStatus ? Cells.QuantityPtr(current?.Value) : Cells.Unknown;
        return $"{currentValue}/{Cells.QuantityPtr(target?.Value)}";
    }

    /// <summary>Resource and ContainerResource metrics: "cpu: 250m/500m" for average values, "cpu: 20%/50%" for utilization.</summary>
    private static string ResourceEntry(string? name, MetricTarget? target, MetricValueStatus? current, bool hasStatus)
    {
        if (target?.AverageValue is { } average)
        {
            var now = hasStatus ? Cells.QuantityPtr(current?.AverageValue) : Cells.Unknown;
            return $"{name}: {now}/{average}";
        }
        var utilization = hasStatus && current?.AverageUtilization is int u ? Percent(u) : Cells.Unknown;
        var wanted = target?.AverageUtilization is int t ? Percent(t) : "<auto>";
        return $"{name}: {utilization}/{wanted}";
    }

    private static string Percent(int value) => value.ToString(CultureInfo.InvariantCulture) + "%";
}
