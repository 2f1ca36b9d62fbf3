namespace Tugboat.Api.Apps.V1;

/// <summary>The root kinds of apps/v1.</summary>
public static class AppsV1Kinds
{
    public static readonly Type[] All =
    [
        typeof(Deployment),
        typeof(ReplicaSet),
        typeof(StatefulSet),
        typeof(DaemonSet),
        typeof(ControllerRevision),
    ];
}
