using Tugboat.Api.Meta;
using Tugboat.Api.Schema;

namespace Tugboat.Api.Autoscaling.V2;

[KubernetesKind("autoscaling", "v2", "HorizontalPodAutoscaler")]
[Doc("Scales a workload between a minimum and maximum replica count from resource, pod, object or external metrics.")]
public sealed class HorizontalPodAutoscaler : KubernetesObject
{
    [Doc("The target workload, the metrics to follow and the scaling behavior.")]
    [ProtoField(2)] public HorizontalPodAutoscalerSpec? Spec { get; set; }
    [Doc("What the autoscaler last observed.")]
    [ProtoField(3)] public HorizontalPodAutoscalerStatus? Status { get; set; }
}

public sealed class HorizontalPodAutoscalerList : IKubernetesList
{
    [ProtoField(0)] public string? ApiVersion { get; set; }
    [ProtoField(0)] public string? Kind { get; set; }
    [ProtoField(1)] public ListMeta Metadata { get; set; } = new();
    [RequiredField]
    [ProtoField(2)] public List<HorizontalPodAutoscaler> Items { get; set; } = [];
}

public sealed class HorizontalPodAutoscalerSpec
{
    [RequiredField, Doc("The object to scale; it must have a scale subresource.")]
    [ProtoField(1)] public CrossVersionObjectReference ScaleTargetRef { get; set; } = new();
    [Doc("Lowest replica count. Defaults to 1.")]
    [ProtoField(2)] public int? MinReplicas { get; set; }
    [RequiredField, Doc("Highest replica count.")]
    [ProtoField(3)] public int MaxReplicas { get; set; }
    [ListType("atomic"), Doc("Metrics to follow; the largest replica count any of them asks for wins. Defaults to 80% average CPU.")]
    [ProtoField(4)] public List<MetricSpec>? Metrics { get; set; }
    [Doc("How fast to scale up and down.")]
    [ProtoField(5)] public HorizontalPodAutoscalerBehavior? Behavior { get; set; }
}

public sealed class HorizontalPodAutoscalerStatus
{
    [ProtoField(1)] public long? ObservedGeneration { get; set; }
    [ProtoField(2)] public DateTimeOffset? LastScaleTime { get; set; }
    [Doc("Replicas the target has now.")]
    [ProtoField(3, OmitEmpty = true)] public int? CurrentReplicas { get; set; }
    [RequiredField, Doc("Replicas the autoscaler wants.")]
    [ProtoField(4)] public int DesiredReplicas { get; set; }
    [ListType("atomic"), Doc("Last read values of the metrics.")]
    [ProtoField(5)] public List<MetricStatus>? CurrentMetrics { get; set; }
    [PatchMergeKey("type"), PatchStrategy("merge"), ListType("map"), ListMapKeys("type"), Doc("AbleToScale, ScalingActive and ScalingLimited conditions.")]
    [ProtoField(6)] public List<HorizontalPodAutoscalerCondition>? Conditions { get; set; }
}

public sealed class CrossVersionObjectReference
{
    [RequiredField, Doc("Kind of the target, for example Deployment.")]
    [ProtoField(1)] public string Kind { get; set; } = "";
    [RequiredField, Doc("Name of the target.")]
    [ProtoField(2)] public string Name { get; set; } = "";
    [Doc("API version of the target, for example apps/v1.")]
    [ProtoField(3, OmitEmpty = true)] public string? ApiVersion { get; set; }
}

public sealed class MetricSpec
{
    [RequiredField, Doc("Which source is set: Resource, ContainerResource, Pods, Object or External.")]
    [ProtoField(1)] public string Type { get; set; } = "";
    [ProtoField(2)] public ObjectMetricSource? Object { get; set; }
    [ProtoField(3)] public PodsMetricSource? Pods { get; set; }
    [ProtoField(4)] public ResourceMetricSource? Resource { get; set; }
    [ProtoField(7)] public ContainerResourceMetricSource? ContainerResource { get; set; }
    [ProtoField(5)] public ExternalMetricSource? External { get; set; }
}

public sealed class HorizontalPodAutoscalerBehavior
{
    [Doc("Rules for scaling up. By default doubles or adds 4 pods every 15 seconds, whichever is more.")]
    [ProtoField(1)] public HPAScalingRules? ScaleUp { get; set; }
    [Doc("Rules for scaling down. By default may remove all extra pods after a 300 second stabilization window.")]
    [ProtoField(2)] public HPAScalingRules? ScaleDown { get; set; }
}

public sealed class MetricStatus
{
    [RequiredField]
    [ProtoField(1)] public string Type { get; set; } = "";
    [ProtoField(2)] public ObjectMetricStatus? Object { get; set; }
    [ProtoField(3)] public PodsMetricStatus? Pods { get; set; }
    [ProtoField(4)] public ResourceMetricStatus? Resource { get; set; }
    [ProtoField(7)] public ContainerResourceMetricStatus? ContainerResource { get; set; }
    [ProtoField(5)] public ExternalMetricStatus? External { get; set; }
}

public sealed class HorizontalPodAutoscalerCondition
{
    [RequiredField]
    [ProtoField(1)] public string Type { get; set; } = "";
    [RequiredField]
    [ProtoField(2)] public string Status { get; set; } = "";
    [ProtoField(3)] public DateTimeOffset? LastTransitionTime { get; set; }
    [ProtoField(4, OmitEmpty = true)] public string? Reason { get; set; }
    [ProtoField(5, OmitEmpty = true)] public string? Message { get; set; }
}

public sealed class ObjectMetricSource
{
    [RequiredField]
    [ProtoField(1)] public CrossVersionObjectReference DescribedObject { get; set; } = new();
    [RequiredField]
    [ProtoField(2)] public MetricTarget Target { get; set; } = new();
    [RequiredField]
    [ProtoField(3)] public MetricIdentifier Metric { get; set; } = new();
}

public sealed class PodsMetricSource
{
    [RequiredField]
    [ProtoField(1)] public MetricIdentifier Metric { get; set; } = new();
    [RequiredField]
    [ProtoField(2)] public MetricTarget Target { get; set; } = new();
}

public sealed class ResourceMetricSource
{
    [RequiredField]
    [ProtoField(1)] public string Name { get; set; } = "";
    [RequiredField]
    [ProtoField(2)] public MetricTarget Target { get; set; } = new();
}

public sealed class ContainerResourceMetricSource
{
    [RequiredField]
    [ProtoField(1)] public string Name { get; set; } = "";
    [RequiredField]
    [ProtoField(2)] public MetricTarget Target { get; set; } = new();
    [RequiredField]
    [ProtoField(3)] public string Container { get; set; } = "";
}

public sealed class ExternalMetricSource
{
    [RequiredField]
    [ProtoField(1)] public MetricIdentifier Metric { get; set; } = new();
    [RequiredField]
    [ProtoField(2)] public MetricTarget Target { get; set; } = new();
}

public sealed class HPAScalingRules
{
    [Doc("Seconds of past recommendations considered, so that the count does not flap.")]
    [ProtoField(3)] public int? StabilizationWindowSeconds { get; set; }
    [Doc("Max (default), Min or Disabled: which policy result to use.")]
    [ProtoField(1)] public string? SelectPolicy { get; set; }
    [ListType("atomic"), Doc("Limits on how much the count may change per period.")]
    [ProtoField(2)] public List<HPAScalingPolicy>? Policies { get; set; }
}

public sealed class ObjectMetricStatus
{
    [RequiredField]
    [ProtoField(1)] public MetricIdentifier Metric { get; set; } = new();
    [RequiredField]
    [ProtoField(2)] public MetricValueStatus Current { get; set; } = new();
    [RequiredField]
    [ProtoField(3)] public CrossVersionObjectReference DescribedObject { get; set; } = new();
}

public sealed class PodsMetricStatus
{
    [RequiredField]
    [ProtoField(1)] public MetricIdentifier Metric { get; set; } = new();
    [RequiredField]
    [ProtoField(2)] public MetricValueStatus Current { get; set; } = new();
}

public sealed class ResourceMetricStatus
{
    [RequiredField]
    [ProtoField(1)] public string Name { get; set; } = "";
    [RequiredField]
    [ProtoField(2)] public MetricValueStatus Current { get; set; } = new();
}

public sealed class ContainerResourceMetricStatus
{
    [RequiredField]
    [ProtoField(1)] public string Name { get; set; } = "";
    [RequiredField]
    [ProtoField(2)] public MetricValueStatus Current { get; set; } = new();
    [RequiredField]
    [ProtoField(3)] public string Container { get; set; } = "";
}

public sealed class ExternalMetricStatus
{
    [RequiredField]
    [ProtoField(1)] public MetricIdentifier Metric { get; set; } = new();
    [RequiredField]
    [ProtoField(2)] public MetricValueStatus Current { get; set; } = new();
}

public sealed class MetricTarget
{
    [RequiredField, Doc("Utilization, Value or AverageValue.")]
    [ProtoField(1)] public string Type { get; set; } = "";
    [Doc("Target value of the metric.")]
    [ProtoField(2)] public Quantity? Value { get; set; }
    [Doc("Target value of the metric averaged over pods.")]
    [ProtoField(3)] public Quantity? AverageValue { get; set; }
    [Doc("Target average use as a percentage of requests (resource metrics only).")]
    [ProtoField(4)] public int? AverageUtilization { get; set; }
}

public sealed class MetricIdentifier
{
    [RequiredField]
    [ProtoField(1)] public string Name { get; set; } = "";
    [ProtoField(2)] public LabelSelector? Selector { get; set; }
}

public sealed class HPAScalingPolicy
{
    [RequiredField, Doc("Pods or Percent.")]
    [ProtoField(1)] public string Type { get; set; } = "";
    [RequiredField, Doc("How many pods or what percentage may change per period.")]
    [ProtoField(2)] public int Value { get; set; }
    [RequiredField, Doc("Length of the period the policy applies to.")]
    [ProtoField(3)] public int PeriodSeconds { get; set; }
}

public sealed class MetricValueStatus
{
    [ProtoField(1)] public Quantity? Value { get; set; }
    [ProtoField(2)] public Quantity? AverageValue { get; set; }
    [ProtoField(3)] public int? AverageUtilization { get; set; }
}
