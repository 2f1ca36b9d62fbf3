using System.Text.Json.Serialization;
using Tugboat.Api.Json;
using Tugboat.Api.Meta;
using Tugboat.Api.Schema;
using CoreV1 = Tugboat.Api.Core.V1;

namespace Tugboat.Api.Events.V1;

[KubernetesKind("events.k8s.io", "v1", "Event")]
[Doc("A report of something that happened to an object, such as a pod being scheduled.")]
public sealed class Event : KubernetesObject
{
    [RequiredField, JsonConverter(typeof(MicroTimeJsonConverter)), Doc("When the event was first seen.")]
    public DateTimeOffset? EventTime { get; set; }
    [Doc("Repeat count and time of the last occurrence, when the event happened more than once.")]
    public EventSeries? Series { get; set; }
    [Doc("Name of the controller that emitted the event, for example kubernetes.io/kubelet.")]
    public string? ReportingController { get; set; }
    [Doc("Which instance of the controller emitted the event.")]
    public string? ReportingInstance { get; set; }
    [Doc("What was done or failed, in machine-readable form.")]
    public string? Action { get; set; }
    [Doc("Why the action was taken, in CamelCase (Scheduled, Pulled, BackOff, ...).")]
    public string? Reason { get; set; }
    [Doc("The object the event is about.")]
    public CoreV1.ObjectReference? Regarding { get; set; }
    [Doc("A second object involved, when there is one.")]
    public CoreV1.ObjectReference? Related { get; set; }
    [Doc("A human-readable description.")]
    public string? Note { get; set; }
    [Doc("Normal or Warning.")]
    public string? Type { get; set; }
    [Doc("Legacy core/v1 source field.")]
    public CoreV1.EventSource? DeprecatedSource { get; set; }
    [Doc("Legacy core/v1 firstTimestamp.")]
    public DateTimeOffset? DeprecatedFirstTimestamp { get; set; }
    [Doc("Legacy core/v1 lastTimestamp.")]
    public DateTimeOffset? DeprecatedLastTimestamp { get; set; }
    [Doc("Legacy core/v1 count.")]
    public int? DeprecatedCount { get; set; }
}

public sealed class EventList : IKubernetesList
{
    public string? ApiVersion { get; set; }
    public string? Kind { get; set; }
    public ListMeta Metadata { get; set; } = new();
    [RequiredField]
    public List<Event> Items { get; set; } = [];
}

public sealed class EventSeries
{
    [RequiredField]
    public int Count { get; set; }
    [RequiredField, JsonConverter(typeof(MicroTimeJsonConverter))]
    public DateTimeOffset? LastObservedTime { get; set; }
}
