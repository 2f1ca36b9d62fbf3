using Tugboat.Api.Batch.V1;

namespace Tugboat.ApiServer.Printers;

/// <summary>kubectl get cronjobs: Name, Schedule, Timezone, Suspend, Active, Last Schedule, Age; wide Containers, Images, Selector.</summary>
public sealed class CronJobPrinter : TablePrinter<CronJob>
{
    public static readonly CronJobPrinter Instance = new();

    public override IReadOnlyList<TableColumn> Columns { get; } =
    [
        Col.Name,
        Col.String("Schedule", "The cron schedule."),
        Col.String("Timezone", "Time zone the schedule is read in."),
        Col.Boolean("Suspend", "Whether new runs are suspended."),
        Col.Integer("Active", "Number of running jobs."),
        Col.String("Last Schedule", "Time since a job was last scheduled."),
        Col.Age,
        Col.Containers(),
        Col.Images(),
        Col.Selector("Label query for the pods of the created jobs."),
    ];

    public override object?[] Row(CronJob cj, DateTimeOffset now)
    {
        var spec = cj.Spec ?? new CronJobSpec();
        var jobSpec = spec.JobTemplate.Spec;
        var (names, images) = Cells.Containers(jobSpec?.Template);
        var lastSchedule = cj.Status?.LastScheduleTime is { } last ? Cells.Since(last, now) : Cells.None;
        return
        [
            Cells.NameOf(cj),
            spec.Schedule,
            spec.TimeZone ?? Cells.None,
            Cells.Bool(spec.Suspend ?? false), // v1 default
            (long)(cj.Status?.Active?.Count ?? 0),
            lastSchedule,
            Cells.AgeOf(cj, now),
            names,
            images,
            LabelSelectors.Format(jobSpec?.Selector),
        ];
    }
}
