using Tugboat.Api.Meta;
using Tugboat.Api.Schema;

namespace Tugboat.Api.Autoscaling.V2;

[KubernetesKind("autoscaling", "v2", "HorizontalPodAutoscaler")]
[Doc("Scales a workload between a minimum and maximum replica count from resource, pod, object or external metrics.")]
public sealed class HorizontalPodAutoscaler : KubernetesObject
{
    [Doc("The target workload, the metrics to follow and the scaling behavior.")]
    public HorizontalPodAutoscalerSpec? Spec { get; set; }
    [Doc("What the autoscaler last observed.")]
    public HorizontalPodAutoscalerStatus? Status { get; set; }
}

public sealed class HorizontalPodAutoscalerList : IKubernetesList
{
    public string? ApiVersion { get; set; }
    public string? Kind { get; set; }
    public ListMeta Metadata { get; set; } = new();
    [RequiredField]
    public List<HorizontalPodAutoscaler> Items { get; set; } = [];
}

public sealed class HorizontalPodAutoscalerSpec
{
    [RequiredField, Doc("The object to scale; it must have a scale subresource.")]
    public CrossVersionObjectReference ScaleTargetRef { get; set; } = new();
    [Doc("Lowest replica count. Defaults to 1.")]
    public int? MinReplicas { get; set; }
    [RequiredField, Doc("Highest replica count.")]
    public int MaxReplicas { get; set; }
    [ListType("atomic"), Doc("Metrics to follow; the largest replica count any of them asks for wins. Defaults to 80% average CPU.")]
    public List<MetricSpec>? Metrics { get; set; }
    [Doc("How fast to scale up and down.")]
    public HorizontalPodAutoscalerBehavior? Behavior { get; set; }
}

public sealed class HorizontalPodAutoscalerStatus
{
    public long? ObservedGeneration { get; set; }
    public DateTimeOffset? LastScaleTime { get; set; }
    [Doc("Replicas the target has now.")]
    public int? CurrentReplicas { get; set; }
    [RequiredField, Doc("Replicas the autoscaler wants.")]
    public int DesiredReplicas { get; set; }
    [ListType("atomic"), Doc("Last read values of the metrics.")]
    public List<MetricStatus>? CurrentMetrics { get; set; }
    [PatchMergeKey("type"), PatchStrategy("merge"), ListType("map"), ListMapKeys("type"), Doc("AbleToScale, ScalingActive and ScalingLimited conditions.")]
    public List<HorizontalPodAutoscalerCondition>? Conditions { get; set; }
}

public sealed class CrossVersionObjectReference
{
    [RequiredField, Doc("Kind of the target, for example Deployment.")]
    public string Kind { get; set; } = "";
    [RequiredField, Doc("Name of the target.")]
    public string Name { get; set; } = "";
    [Doc("API version of the target, for example apps/v1.")]
    public string? ApiVersion { get; set; }
}

public sealed class MetricSpec
{
    [RequiredField, Doc("Which source is set: Resource, ContainerResource, Pods, Object or External.")]
    public string Type { get; set; } = "";
    public ObjectMetricSource? Object { get; set; }
    public PodsMetricSource? Pods { get; set; }
    public ResourceMetricSource? Resource { get; set; }
    public ContainerResourceMetricSource? ContainerResource { get; set; }
    public ExternalMetricSource? External { get; set; }
}

public sealed class HorizontalPodAutoscalerBehavior
{
    [Doc("Rules for scaling up. By default doubles or adds 4 pods every 15 seconds, whichever is more.")]
    public HPAScalingRules? ScaleUp { get; set; }
    [Doc("Rules for scaling down. By default may remove all extra pods after a 300 second stabilization window.")]
    public HPAScalingRules? ScaleDown { get; set; }
}

public sealed class MetricStatus
{
    [RequiredField]
    public string Type { get; set; } = "";
    public ObjectMetricStatus? Object { get; set; }
    public PodsMetricStatus? Pods { get; set; }
    public ResourceMetricStatus? Resource { get; set; }
    public ContainerResourceMetricStatus? ContainerResource { get; set; }
    public ExternalMetricStatus? External { get; set; }
}

public sealed class HorizontalPodAutoscalerCondition
{
    [RequiredField]
    public string Type { get; set; } = "";
    [RequiredField]
    public string Status { get; set; } = "";
    public DateTimeOffset? LastTransitionTime { get; set; }
    public string? Reason { get; set; }
    public string? Message { get; set; }
}

public sealed class ObjectMetricSource
{
    [RequiredField]
    public CrossVersionObjectReference DescribedObject { get; set; } = new();
    [RequiredField]
    public MetricTarget Target { get; set; } = new();
    [RequiredField]
    public MetricIdentifier Metric { get; set; } = new();
}

public sealed class PodsMetricSource
{
    [RequiredField]
    public MetricIdentifier Metric { get; set; } = new();
    [RequiredField]
    public MetricTarget Target { get; set; } = new();
}

public sealed class ResourceMetricSource
{
    [RequiredField]
    public string Name { get; set; } = "";
    [RequiredField]
    public MetricTarget Target { get; set; } = new();
}

public sealed class ContainerResourceMetricSource
{
    [RequiredField]
    public string Name { get; set; } = "";
    [RequiredField]
    public MetricTarget Target { get; set; } = new();
    [RequiredField]
    public string Container { get; set; } = "";
}

public sealed class ExternalMetricSource
{
    [RequiredField]
    public MetricIdentifier Metric { get; set; } = new();
    [RequiredField]
    public MetricTarget Target { get; set; } = new();
}

public sealed class HPAScalingRules
{
    [Doc("Seconds of past recommendations considered, so that the count does not flap.")]
    public int? StabilizationWindowSeconds { get; set; }
    [Doc("Max (default), Min or Disabled: which policy result to use.")]
    public string? SelectPolicy { get; set; }
    [ListType("atomic"), Doc("Limits on how much the count may change per period.")]
    public List<HPAScalingPolicy>? Policies { get; set; }
}

public sealed class ObjectMetricStatus
{
    [RequiredField]
    public MetricIdentifier Metric { get; set; } = new();
    [RequiredField]
    public MetricValueStatus Current { get; set; } = new();
    [RequiredField]
    public CrossVersionObjectReference DescribedObject { get; set; } = new();
}

public sealed class PodsMetricStatus
{
    [RequiredField]
    public MetricIdentifier Metric { get; set; } = new();
    [RequiredField]
    public MetricValueStatus Current { get; set; } = new();
}

public sealed class ResourceMetricStatus
{
    [RequiredField]
    public string Name { get; set; } = "";
    [RequiredField]
    public MetricValueStatus Current { get; set; } = new();
}

public sealed class ContainerResourceMetricStatus
{
    [RequiredField]
    public string Name { get; set; } = "";
    [RequiredField]
    public MetricValueStatus Current { get; set; } = new();
    [RequiredField]
    public string Container { get; set; } = "";
}

public sealed class ExternalMetricStatus
{
    [RequiredField]
    public MetricIdentifier Metric { get; set; } = new();
    [RequiredField]
    public MetricValueStatus Current { get; set; } = new();
}

public sealed class MetricTarget
{
    [RequiredField, Doc("Utilization, Value or AverageValue.")]
    public string Type { get; set; } = "";
    [Doc("Target value of the metric.")]
    public Quantity? Value { get; set; }
    [Doc("Target value of the metric averaged over pods.")]
    public Quantity? AverageValue { get; set; }
    [Doc("Target average use as a percentage of requests (resource metrics only).")]
    public int? AverageUtilization { get; set; }
}

public sealed class MetricIdentifier
{
    [RequiredField]
    public string Name { get; set; } = "";
    public LabelSelector? Selector { get; set; }
}

public sealed class HPAScalingPolicy
{
    [RequiredField, Doc("Pods or Percent.")]
    public string Type { get; set; } = "";
    [RequiredField, Doc("How many pods or what percentage may change per period.")]
    public int Value { get; set; }
    [RequiredField, Doc("Length of the period the policy applies to.")]
    public int PeriodSeconds { get; set; }
}

public sealed class MetricValueStatus
{
    public Quantity? Value { get; set; }
    public Quantity? AverageValue { get; set; }
    public int? AverageUtilization { get; set; }
}
