using Tugboat.Api.Meta;
using Tugboat.Api.Schema;

namespace Tugboat.Api.Autoscaling.V1;

[KubernetesKind("autoscaling", "v1", "HorizontalPodAutoscaler")]
[Doc("Scales a workload between a minimum and maximum replica count to hold an average CPU utilization.")]
public sealed class HorizontalPodAutoscaler : KubernetesObject
{
    [Doc("The target workload and the bounds and CPU target.")]
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
    [Doc("Average CPU use to hold, as a percentage of requested CPU. Defaults to 80.")]
    [ProtoField(4)] public int? TargetCPUUtilizationPercentage { get; set; }
}

public sealed class HorizontalPodAutoscalerStatus
{
    [ProtoField(1)] public long? ObservedGeneration { get; set; }
    [Doc("When the replica count was last changed.")]
    [ProtoField(2)] public DateTimeOffset? LastScaleTime { get; set; }
    [RequiredField, Doc("Replicas the target has now.")]
    [ProtoField(3)] public int CurrentReplicas { get; set; }
    [RequiredField, Doc("Replicas the autoscaler wants.")]
    [ProtoField(4)] public int DesiredReplicas { get; set; }
    [Doc("Average CPU use now, as a percentage of requested CPU.")]
    [ProtoField(5)] public int? CurrentCPUUtilizationPercentage { get; set; }
}

[MapType("atomic")]
public sealed class CrossVersionObjectReference
{
    [RequiredField, Doc("Kind of the target, for example Deployment.")]
    [ProtoField(1)] public string Kind { get; set; } = "";
    [RequiredField, Doc("Name of the target.")]
    [ProtoField(2)] public string Name { get; set; } = "";
    [Doc("API version of the target, for example apps/v1.")]
    [ProtoField(3, OmitEmpty = true)] public string? ApiVersion { get; set; }
}
