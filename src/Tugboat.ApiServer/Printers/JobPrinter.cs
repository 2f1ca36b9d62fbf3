using Tugboat.Api.Batch.V1;

namespace Tugboat.ApiServer.Printers;

/// <summary>kubectl get jobs: Name, Status, Completions, Duration, Age; wide Containers, Images, Selector.</summary>
public sealed class JobPrinter : TablePrinter<Job>
{
    public static readonly JobPrinter Instance = new();

    public override IReadOnlyList<TableColumn> Columns { get; } =
    [
        Col.Name,
        Col.String("Status", "Complete, Failed, Terminating, Suspended, FailureTarget or Running."),
        Col.String("Completions", "Succeeded pods out of the completions asked for."),
        Col.String("Duration", "How long the job ran, or has been running."),
        Col.Age,
        Col.Containers(),
        Col.Images(),
        Col.Selector("Label query for the job's pods."),
    ];

    public override object?[] Row(Job job, DateTimeOffset now)
    {
        var spec = job.Spec ?? new JobSpec();
        var status = job.Status ?? new JobStatus();
        var succeeded = status.Succeeded ?? 0;

        string completions;
        if (spec.Completions is int wanted)
            completions = $"{succeeded}/{wanted}";
        else
        {
            var parallelism = spec.Parallelism ?? 0;
            completions = parallelism > 1 ? $"{succeeded}/1 of {parallelism}" : $"{succeeded}/1";
        }

        var duration = "";
        if (!Cells.IsZero(status.StartTime))
            duration = Cells.IsZero(status.CompletionTime)
                ? Age.Human(now - status.StartTime!.Value)
                : Age.Human(status.CompletionTime!.Value - status.StartTime!.Value);

        var (names, images) = Cells.Containers(spec.Template);
        return
        [
            Cells.NameOf(job),
            Status(job),
            completions,
            duration,
            Cells.AgeOf(job, now),
            names,
            images,
            LabelSelectors.Format(spec.Selector),
        ];
    }

    internal static string Status(Job job)
    {
        var conditions = job.Status?.Conditions;
        if (Has(conditions, "Complete")) return "Complete";
        if (Has(conditions, "Failed")) return "Failed";
        if (job.Metadata.DeletionTimestamp is not null) return "Terminating";
        if (Has(conditions, "Suspended")) return "Suspended";
        if (Has(conditions, "FailureTarget")) return "FailureTarget";
        return "Running";
    }

    /// <summary>hasJobCondition: the first condition of the type decides.</summary>
    private static bool Has(List<JobCondition>? conditions, string type) =>
        conditions?.FirstOrDefault(c => c.Type == type)?.Status == "True";
}
