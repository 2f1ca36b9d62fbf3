namespace Tugboat.ApiServer.Printers;

/// <summary>
/// The shared event table (upstream printEvent). Core v1 and events.k8s.io/v1 events are the same internal object upstream,
/// so both printers fill this view and share the columns and cells.
/// </summary>
internal static class EventRows
{
    public static readonly IReadOnlyList<TableColumn> Columns =
    [
        Col.String("Last Seen", "Time since the event was last observed."),
        Col.String("Type", "Normal or Warning."),
        Col.String("Reason", "Short machine-readable reason for the event."),
        Col.String("Object", "The object the event is about, as kind/name."),
        Col.String("Subobject", "Field path within the object, e.g. a container.", 1),
        Col.String("Source", "Component (and host) that reported the event.", 1),
        Col.String("Message", "Human-readable description of the event."),
        Col.String("First Seen", "Time since the event was first observed.", 1),
        Col.String("Count", "How many times the event has occurred.", 1),
        new("Name", "string", "name", "Name of the event object.", 1),
    ];

    public sealed record View(
        string Name,
        string? InvolvedKind,
        string? InvolvedName,
        string? InvolvedFieldPath,
        string? Type,
        string? Reason,
        string? Message,
        string? SourceComponent,
        string? SourceHost,
        string? ReportingController,
        string? ReportingInstance,
        DateTimeOffset? FirstTimestamp,
        DateTimeOffset? LastTimestamp,
        DateTimeOffset? EventTime,
        int? Count,
        bool HasSeries,
        int? SeriesCount,
        DateTimeOffset? SeriesLastObservedTime);

    public static object?[] Row(View e, DateTimeOffset now)
    {
        var firstTimestamp = Cells.IsZero(e.FirstTimestamp) ? Cells.Since(e.EventTime, now) : Cells.Since(e.FirstTimestamp, now);
        var lastTimestamp = Cells.IsZero(e.LastTimestamp) ? firstTimestamp : Cells.Since(e.LastTimestamp, now);

        long count = e.Count ?? 0;
        if (e.HasSeries)
        {
            lastTimestamp = Cells.Since(e.SeriesLastObservedTime, now);
            count = e.SeriesCount ?? 0;
        }
        else if (count == 0)
        {
            count = 1; // singleton events have no count in the new API
        }

        var kind = (e.InvolvedKind ?? "").ToLowerInvariant();
        var target = string.IsNullOrEmpty(e.InvolvedName) ? kind : kind + "/" + e.InvolvedName;

        return
        [
            lastTimestamp,
            e.Type ?? "",
            e.Reason ?? "",
            target,
            e.InvolvedFieldPath ?? "",
            Source(FirstNonEmpty(e.SourceComponent, e.ReportingController), FirstNonEmpty(e.SourceHost, e.ReportingInstance)),
            (e.Message ?? "").Trim(),
            firstTimestamp,
            count,
            e.Name,
        ];
    }

    private static string FirstNonEmpty(string? a, string? b) => !string.IsNullOrEmpty(a) ? a : b ?? "";

    private static string Source(string component, string instance) => instance.Length == 0 ? component : component + ", " + instance;
}
