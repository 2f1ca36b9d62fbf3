namespace Tugboat.Api.Core.V1;

/// <summary>The root (top-level) kinds of the core ("") group, version v1.</summary>
public static class CoreV1Kinds
{
    public static readonly Type[] All =
    [
        typeof(Pod),
        typeof(Binding),
        typeof(Service),
        typeof(Endpoints),
        typeof(ConfigMap),
        typeof(Secret),
        typeof(ServiceAccount),
        typeof(Namespace),
        typeof(Node),
        typeof(Event),
        typeof(PersistentVolume),
        typeof(PersistentVolumeClaim),
        typeof(ResourceQuota),
        typeof(LimitRange),
        typeof(ReplicationController),
        typeof(PodTemplate),
    ];
}
