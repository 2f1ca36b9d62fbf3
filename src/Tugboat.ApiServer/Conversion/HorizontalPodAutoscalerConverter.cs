using System.Text.Json;
using Tugboat.Api.Json;
using Tugboat.Api.Meta;
using V1 = Tugboat.Api.Autoscaling.V1;
using V2 = Tugboat.Api.Autoscaling.V2;

namespace Tugboat.ApiServer.Conversion;

/// <summary>
/// autoscaling/v1 ↔ autoscaling/v2 HPAs. v1 has only a CPU utilization target; what it cannot express travels in
/// the autoscaling.alpha.kubernetes.io/* annotations, as upstream does, so a v1 round trip loses nothing.
/// </summary>
public sealed class HorizontalPodAutoscalerConverter : IVersionConverter
{
    private const string MetricsAnnotation = "autoscaling.alpha.kubernetes.io/metrics";
    private const string CurrentMetricsAnnotation = "autoscaling.alpha.kubernetes.io/current-metrics";
    private const string ConditionsAnnotation = "autoscaling.alpha.kubernetes.io/conditions";
    private const string BehaviorAnnotation = "autoscaling.alpha.kubernetes.io/behavior";

    public IKubernetesObject ToServed(IKubernetesObject stored)
    {
        var hpa = (V2.HorizontalPodAutoscaler)stored;
        var meta = JsonCopy.Of(hpa.Metadata);
        var spec = hpa.Spec ?? new V2.HorizontalPodAutoscalerSpec();
        var cpu = spec.Metrics?.FirstOrDefault(IsCpuUtilization);
        var others = spec.Metrics?.Where(m => !IsCpuUtilization(m)).ToList() ?? [];
        SetAnnotation(meta, MetricsAnnotation, others.Count > 0 ? others : null);
        SetAnnotation(meta, BehaviorAnnotation, spec.Behavior);
        var status = hpa.Status;
        var currentCpu = status?.CurrentMetrics?.FirstOrDefault(m => m.Type == "Resource" && m.Resource?.Name == "cpu");
        var otherCurrent = status?.CurrentMetrics?.Where(m => m != currentCpu).ToList() ?? [];
        SetAnnotation(meta, CurrentMetricsAnnotation, otherCurrent.Count > 0 ? otherCurrent : null);
        SetAnnotation(meta, ConditionsAnnotation, status?.Conditions is { Count: > 0 } c ? c : null);
        return new V1.HorizontalPodAutoscaler
        {
            ApiVersion = "autoscaling/v1",
            Kind = "HorizontalPodAutoscaler",
            Metadata = meta,
            Spec = new V1.HorizontalPodAutoscalerSpec
            {
                ScaleTargetRef = JsonCopy.As<V1.CrossVersionObjectReference>(spec.ScaleTargetRef),
                MinReplicas = spec.MinReplicas,
                MaxReplicas = spec.MaxReplicas,
                TargetCPUUtilizationPercentage = cpu?.Resource?.Target.AverageUtilization,
            },
            Status = status is null ? null : new V1.HorizontalPodAutoscalerStatus
            {
                ObservedGeneration = status.ObservedGeneration,
                LastScaleTime = status.LastScaleTime,
                CurrentReplicas = status.CurrentReplicas ?? 0,
                DesiredReplicas = status.DesiredReplicas,
                CurrentCPUUtilizationPercentage = currentCpu?.Resource?.Current.AverageUtilization,
            },
        };
    }

    public IKubernetesObject ToStorage(IKubernetesObject served)
    {
        var hpa = (V1.HorizontalPodAutoscaler)served;
        var meta = JsonCopy.Of(hpa.Metadata);
        var spec = hpa.Spec ?? new V1.HorizontalPodAutoscalerSpec();
        var metrics = TakeAnnotation<List<V2.MetricSpec>>(meta, MetricsAnnotation) ?? [];
        if (spec.TargetCPUUtilizationPercentage is int target)
        {
            metrics.Insert(0, new V2.MetricSpec
            {
                Type = "Resource",
                Resource = new V2.ResourceMetricSource { Name = "cpu", Target = new V2.MetricTarget { Type = "Utilization", AverageUtilization = target } },
            });
        }
        var behavior = TakeAnnotation<V2.HorizontalPodAutoscalerBehavior>(meta, BehaviorAnnotation);
        var current = TakeAnnotation<List<V2.MetricStatus>>(meta, CurrentMetricsAnnotation) ?? [];
        var conditions = TakeAnnotation<List<V2.HorizontalPodAutoscalerCondition>>(meta, ConditionsAnnotation);
        if (hpa.Status?.CurrentCPUUtilizationPercentage is int cpuNow)
        {
            current.Insert(0, new V2.MetricStatus
            {
                Type = "Resource",
                Resource = new V2.ResourceMetricStatus { Name = "cpu", Current = new V2.MetricValueStatus { AverageUtilization = cpuNow } },
            });
        }
        return new V2.HorizontalPodAutoscaler
        {
            ApiVersion = "autoscaling/v2",
            Kind = "HorizontalPodAutoscaler",
            Metadata = meta,
            Spec = new V2.HorizontalPodAutoscalerSpec
            {
                ScaleTargetRef = JsonCopy.As<V2.CrossVersionObjectReference>(spec.ScaleTargetRef),
                MinReplicas = spec.MinReplicas,
                MaxReplicas = spec.MaxReplicas,
                Metrics = metrics.Count > 0 ? metrics : null,
                Behavior = behavior,
            },
            Status = hpa.Status is null ? null : new V2.HorizontalPodAutoscalerStatus
            {
                ObservedGeneration = hpa.Status.ObservedGeneration,
                LastScaleTime = hpa.Status.LastScaleTime,
                CurrentReplicas = hpa.Status.CurrentReplicas,
                DesiredReplicas = hpa.Status.DesiredReplicas,
                CurrentMetrics = current.Count > 0 ? current : null,
                Conditions = conditions,
            },
        };
    }

    private static bool IsCpuUtilization(V2.MetricSpec m) =>
        m.Type == "Resource" && m.Resource is { Name: "cpu", Target.Type: "Utilization", Target.AverageUtilization: not null };

    private static void SetAnnotation(ObjectMeta meta, string key, object? value)
    {
        if (value is null) return;
        meta.Annotations ??= [];
        meta.Annotations[key] = JsonSerializer.Serialize(value, value.GetType(), ApiJson.Options);
    }

    private static T? TakeAnnotation<T>(ObjectMeta meta, string key) where T : class
    {
        if (meta.Annotations is null || !meta.Annotations.Remove(key, out var json)) return null;
        if (meta.Annotations.Count == 0) meta.Annotations = null;
        try { return JsonSerializer.Deserialize<T>(json, ApiJson.Options); }
        catch (JsonException) { return null; }
    }
}
