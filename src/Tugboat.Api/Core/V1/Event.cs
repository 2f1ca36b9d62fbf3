using System.Text.Json.Serialization;
using Tugboat.Api.Json;
using Tugboat.Api.Meta;
using Tugboat.Api.Schema;

namespace Tugboat.Api.Core.V1;

[KubernetesKind("", "v1", "Event")]
[Doc("A report that something happened to an object, such as a scheduling decision, an image pull or a failed probe.")]
public sealed class Event : KubernetesObject
{
    [Doc("The object this event is about.")]
    [RequiredField] public ObjectReference InvolvedObject { get; set; } = new();
    [Doc("Short CamelCase reason, e.g. Scheduled, Pulled, BackOff.")]
    public string? Reason { get; set; }
    [Doc("Human-readable description.")]
    public string? Message { get; set; }
    [Doc("Component and host that reported the event.")]
    public EventSource? Source { get; set; }
    [Doc("When the event was first recorded.")]
    public DateTimeOffset? FirstTimestamp { get; set; }
    [Doc("When the event was last recorded.")]
    public DateTimeOffset? LastTimestamp { get; set; }
    [Doc("How many times the event has occurred.")]
    public int? Count { get; set; }
    [Doc("Normal or Warning.")]
    public string? Type { get; set; }
    [Doc("When the event first occurred, with microsecond precision.")]
    [JsonConverter(typeof(MicroTimeJsonConverter))] public DateTimeOffset? EventTime { get; set; }
    [Doc("Data about a series of repeated events.")]
    public EventSeries? Series { get; set; }
    [Doc("What was done, or failed, with regard to the object.")]
    public string? Action { get; set; }
    [Doc("A second object involved in the event.")]
    public ObjectReference? Related { get; set; }
    [Doc("Controller that emitted the event, e.g. kubernetes.io/kubelet.")]
    [JsonPropertyName("reportingComponent")] public string? ReportingController { get; set; }
    [Doc("ID of the controller instance that emitted the event.")]
    public string? ReportingInstance { get; set; }
}

[Doc("The component that reported an event.")]
public sealed class EventSource
{
    public string? Component { get; set; }
    public string? Host { get; set; }
}

[Doc("Counts and time of a series of repeated events.")]
public sealed class EventSeries
{
    public int? Count { get; set; }
    [JsonConverter(typeof(MicroTimeJsonConverter))] public DateTimeOffset? LastObservedTime { get; set; }
}
