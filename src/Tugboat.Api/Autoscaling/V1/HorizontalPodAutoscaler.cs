using Tugboat.Api.Meta;
using Tugboat.Api.Schema;

namespace Tugboat.Api.Autoscaling.V1;

[KubernetesKind("autoscaling", "v1", "HorizontalPodAutoscaler")]
[Doc("Scales a workload between a minimum and maximum replica count to hold an average CPU utilization.")]
public sealed class HorizontalPodAutoscaler : KubernetesObject
{
    [Doc("The target workload and the bounds and CPU target.")]
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
    [Doc("Average CPU use to hold, as a percentage of requested CPU. Defaults to 80.")]
    public int? TargetCPUUtilizationPercentage { get; set; }
}

public sealed class HorizontalPodAutoscalerStatus
{
    public long? ObservedGeneration { get; set; }
    [Doc("When the replica count was last changed.")]
    public DateTimeOffset? LastScaleTime { get; set; }
    [RequiredField, Doc("Replicas the target has now.")]
    public int CurrentReplicas { get; set; }
    [RequiredField, Doc("Replicas the autoscaler wants.")]
    public int DesiredReplicas { get; set; }
    [Doc("Average CPU use now, as a percentage of requested CPU.")]
    public int? CurrentCPUUtilizationPercentage { get; set; }
}

[MapType("atomic")]
public sealed class CrossVersionObjectReference
{
    [RequiredField, Doc("Kind of the target, for example Deployment.")]
    public string Kind { get; set; } = "";
    [RequiredField, Doc("Name of the target.")]
    public string Name { get; set; } = "";
    [Doc("API version of the target, for example apps/v1.")]
    public string? ApiVersion { get; set; }
}
