namespace Tugboat.Api.Events.V1;

/// <summary>The root kinds of events.k8s.io/v1.</summary>
public static class EventsV1Kinds
{
    public static readonly Type[] All =
    [
        typeof(Event),
    ];
}
