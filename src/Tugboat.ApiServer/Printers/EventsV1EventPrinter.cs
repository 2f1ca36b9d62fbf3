using EventsV1 = Tugboat.Api.Events.V1;

namespace Tugboat.ApiServer.Printers;

/// <summary>kubectl get events.events.k8s.io: the same table as core events, reading regarding, note and the deprecated* fields.</summary>
public sealed class EventsV1EventPrinter : TablePrinter<EventsV1.Event>
{
    public static readonly EventsV1EventPrinter Instance = new();

    public override IReadOnlyList<TableColumn> Columns => EventRows.Columns;

    public override object?[] Row(EventsV1.Event e, DateTimeOffset now) =>
        EventRows.Row(new EventRows.View(
            Name: Cells.NameOf(e),
            InvolvedKind: e.Regarding?.Kind,
            InvolvedName: e.Regarding?.Name,
            InvolvedFieldPath: e.Regarding?.FieldPath,
            Type: e.Type,
            Reason: e.Reason,
            Message: e.Note,
            SourceComponent: e.DeprecatedSource?.Component,
            SourceHost: e.DeprecatedSource?.Host,
            ReportingController: e.ReportingController,
            ReportingInstance: e.ReportingInstance,
            FirstTimestamp: e.DeprecatedFirstTimestamp,
            LastTimestamp: e.DeprecatedLastTimestamp,
            EventTime: e.EventTime,
            Count: e.DeprecatedCount,
            HasSeries: e.Series is not null,
            SeriesCount: e.Series?.Count,
            SeriesLastObservedTime: e.Series?.LastObservedTime), now);
}
