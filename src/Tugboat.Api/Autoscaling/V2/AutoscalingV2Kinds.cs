namespace Tugboat.Api.Autoscaling.V2;

/// <summary>The root kinds of autoscaling/v2.</summary>
public static class AutoscalingV2Kinds
{
    public static readonly Type[] All =
    [
        typeof(HorizontalPodAutoscaler),
    ];
}
