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
    [ProtoField(2)] public DateTimeOffset? EventTime { get; set; }
    [Doc("Repeat count and time of the last occurrence, when the event happened more than once.")]
    [ProtoField(3)] public EventSeries? Series { get; set; }
    [Doc("Name of the controller that emitted the event, for example kubernetes.io/kubelet.")]
    [ProtoField(4, OmitEmpty = true)] public string? ReportingController { get; set; }
    [Doc("Which instance of the controller emitted the event.")]
    [ProtoField(5, OmitEmpty = true)] public string? ReportingInstance { get; set; }
    [Doc("What was done or failed, in machine-readable form.")]
    [ProtoField(6, OmitEmpty = true)] public string? Action { get; set; }
    [Doc("Why the action was taken, in CamelCase (Scheduled, Pulled, BackOff, ...).")]
    [ProtoField(7, OmitEmpty = true)] public string? Reason { get; set; }
    [Doc("The object the event is about.")]
    [ProtoField(8)] public CoreV1.ObjectReference? Regarding { get; set; }
    [Doc("A second object involved, when there is one.")]
    [ProtoField(9)] public CoreV1.ObjectReference? Related { get; set; }
    [Doc("A human-readable description.")]
    [ProtoField(10, OmitEmpty = true)] public string? Note { get; set; }
    [Doc("Normal or Warning.")]
    [ProtoField(11, OmitEmpty = true)] public string? Type { get; set; }
    [Doc("Legacy core/v1 source field.")]
    [ProtoField(12)] public CoreV1.EventSource? DeprecatedSource { get; set; }
    [Doc("Legacy core/v1 firstTimestamp.")]
    [ProtoField(13)] public DateTimeOffset? DeprecatedFirstTimestamp { get; set; }
    [Doc("Legacy core/v1 lastTimestamp.")]
    [ProtoField(14)] public DateTimeOffset? DeprecatedLastTimestamp { get; set; }
    [Doc("Legacy core/v1 count.")]
    [ProtoField(15, OmitEmpty = true)] public int? DeprecatedCount { get; set; }
}

public sealed class EventList : IKubernetesList
{
    [ProtoField(0)] public string? ApiVersion { get; set; }
    [ProtoField(0)] public string? Kind { get; set; }
    [ProtoField(1)] public ListMeta Metadata { get; set; } = new();
    [RequiredField]
    [ProtoField(2)] public List<Event> Items { get; set; } = [];
}

public sealed class EventSeries
{
    [RequiredField]
    [ProtoField(1)] public int Count { get; set; }
    [RequiredField, JsonConverter(typeof(MicroTimeJsonConverter))]
    [ProtoField(2)] public DateTimeOffset? LastObservedTime { get; set; }
}
