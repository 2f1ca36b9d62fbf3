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
    [RequiredField, ProtoField(2)] public ObjectReference InvolvedObject { get; set; } = new();
    [Doc("Short CamelCase reason, e.g. Scheduled, Pulled, BackOff.")]
    [ProtoField(3, OmitEmpty = true)] public string? Reason { get; set; }
    [Doc("Human-readable description.")]
    [ProtoField(4, OmitEmpty = true)] public string? Message { get; set; }
    [Doc("Component and host that reported the event.")]
    [ProtoField(5)] public EventSource? Source { get; set; }
    [Doc("When the event was first recorded.")]
    [ProtoField(6)] public DateTimeOffset? FirstTimestamp { get; set; }
    [Doc("When the event was last recorded.")]
    [ProtoField(7)] public DateTimeOffset? LastTimestamp { get; set; }
    [Doc("How many times the event has occurred.")]
    [ProtoField(8, OmitEmpty = true)] public int? Count { get; set; }
    [Doc("Normal or Warning.")]
    [ProtoField(9, OmitEmpty = true)] public string? Type { get; set; }
    [Doc("When the event first occurred, with microsecond precision.")]
    [JsonConverter(typeof(MicroTimeJsonConverter)), ProtoField(10)] public DateTimeOffset? EventTime { get; set; }
    [Doc("Data about a series of repeated events.")]
    [ProtoField(11)] public EventSeries? Series { get; set; }
    [Doc("What was done, or failed, with regard to the object.")]
    [ProtoField(12, OmitEmpty = true)] public string? Action { get; set; }
    [Doc("A second object involved in the event.")]
    [ProtoField(13)] public ObjectReference? Related { get; set; }
    [Doc("Controller that emitted the event, e.g. kubernetes.io/kubelet.")]
    [JsonPropertyName("reportingComponent"), ProtoField(14)] public string? ReportingController { get; set; }
    [Doc("ID of the controller instance that emitted the event.")]
    [ProtoField(15)] public string? ReportingInstance { get; set; }
}

[Doc("The component that reported an event.")]
public sealed class EventSource
{
    [ProtoField(1, OmitEmpty = true)] public string? Component { get; set; }
    [ProtoField(2, OmitEmpty = true)] public string? Host { get; set; }
}

[Doc("Counts and time of a series of repeated events.")]
public sealed class EventSeries
{
    [ProtoField(1, OmitEmpty = true)] public int? Count { get; set; }
    [JsonConverter(typeof(MicroTimeJsonConverter)), ProtoField(2)] public DateTimeOffset? LastObservedTime { get; set; }
}
