using Tugboat.Api.Core.V1;

namespace Tugboat.ApiServer.Printers;

/// <summary>kubectl get events (core v1): Last Seen, Type, Reason, Object, Message; wide Subobject, Source, First Seen, Count, Name.</summary>
public sealed class EventPrinter : TablePrinter<Event>
{
    public static readonly EventPrinter Instance = new();

    public override IReadOnlyList<TableColumn> Columns => EventRows.Columns;

    public override object?[] Row(Event e, DateTimeOffset now) =>
        EventRows.Row(new EventRows.View(
            Name: Cells.NameOf(e),
            InvolvedKind: e.InvolvedObject.Kind,
            InvolvedName: e.InvolvedObject.Name,
            InvolvedFieldPath: e.InvolvedObject.FieldPath,
            Type: e.Type,
            Reason: e.Reason,
            Message: e.Message,
            SourceComponent: e.Source?.Component,
            SourceHost: e.Source?.Host,
            ReportingController: e.ReportingController,
            ReportingInstance: e.ReportingInstance,
            FirstTimestamp: e.FirstTimestamp,
            LastTimestamp: e.LastTimestamp,
            EventTime: e.EventTime,
            Count: e.Count,
            HasSeries: e.Series is not null,
            SeriesCount: e.Series?.Count,
            SeriesLastObservedTime: e.Series?.LastObservedTime), now);
}
