using Tugboat.Api.Meta;
using Core = Tugboat.Api.Core.V1;
using EventsV1 = Tugboat.Api.Events.V1;

namespace Tugboat.ApiServer.Conversion;

/// <summary>events.k8s.io/v1 Event ↔ core/v1 Event, field for field as upstream's conversion (note ↔ message, regarding ↔ involvedObject, ...).</summary>
public sealed class EventConverter : IVersionConverter
{
    public IKubernetesObject ToStorage(IKubernetesObject served)
    {
        var e = (EventsV1.Event)served;
        return new Core.Event
        {
            ApiVersion = "v1",
            Kind = "Event",
            Metadata = JsonCopy.Of(e.Metadata),
            InvolvedObject = e.Regarding is null ? new Core.ObjectReference() : JsonCopy.Of(e.Regarding),
            Related = e.Related is null ? null : JsonCopy.Of(e.Related),
            Reason = e.Reason,
            Message = e.Note,
            Type = e.Type,
            Action = e.Action,
            EventTime = e.EventTime,
            Series = e.Series is null ? null : JsonCopy.As<Core.EventSeries>(e.Series),
            ReportingController = e.ReportingController,
            ReportingInstance = e.ReportingInstance,
            Source = e.DeprecatedSource is null ? null : JsonCopy.Of(e.DeprecatedSource),
            FirstTimestamp = e.DeprecatedFirstTimestamp,
            LastTimestamp = e.DeprecatedLastTimestamp,
            Count = e.DeprecatedCount,
        };
    }

    public IKubernetesObject ToServed(IKubernetesObject stored)
    {
        var e = (Core.Event)stored;
        return new EventsV1.Event
        {
            ApiVersion = "events.k8s.io/v1",
            Kind = "Event",
            Metadata = JsonCopy.Of(e.Metadata),
            Regarding = JsonCopy.Of(e.InvolvedObject),
            Related = e.Related is null ? null : JsonCopy.Of(e.Related),
            Reason = e.Reason,
            Note = e.Message,
            Type = e.Type,
            Action = e.Action,
            EventTime = e.EventTime,
            Series = e.Series is null ? null : JsonCopy.As<EventsV1.EventSeries>(e.Series),
            ReportingController = e.ReportingController,
            ReportingInstance = e.ReportingInstance,
            DeprecatedSource = e.Source is null ? null : JsonCopy.Of(e.Source),
            DeprecatedFirstTimestamp = e.FirstTimestamp,
            DeprecatedLastTimestamp = e.LastTimestamp,
            DeprecatedCount = e.Count,
        };
    }
}
