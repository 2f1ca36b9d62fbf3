namespace Tugboat.Api.Autoscaling.V1;

/// <summary>The root kinds of autoscaling/v1.</summary>
public static class AutoscalingV1Kinds
{
    public static readonly Type[] All =
    [
        typeof(HorizontalPodAutoscaler),
        typeof(Scale),
    ];
}
