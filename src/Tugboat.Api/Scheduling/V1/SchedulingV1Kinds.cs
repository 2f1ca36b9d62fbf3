namespace Tugboat.Api.Scheduling.V1;

/// <summary>The root kinds of scheduling.k8s.io/v1.</summary>
public static class SchedulingV1Kinds
{
    public static readonly Type[] All =
    [
        typeof(PriorityClass),
    ];
}
