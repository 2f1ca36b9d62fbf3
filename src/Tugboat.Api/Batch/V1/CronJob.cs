using Tugboat.Api.Meta;
using Tugboat.Api.Schema;
using CoreV1 = Tugboat.Api.Core.V1;

namespace Tugboat.Api.Batch.V1;

[KubernetesKind("batch", "v1", "CronJob")]
[Doc("Creates Jobs on a repeating schedule.")]
public sealed class CronJob : KubernetesObject
{
    [Doc("The schedule and the job to create.")]
    public CronJobSpec? Spec { get; set; }
    [Doc("What the cronjob controller last observed.")]
    public CronJobStatus? Status { get; set; }
}

public sealed class CronJobList : IKubernetesList
{
    public string? ApiVersion { get; set; }
    public string? Kind { get; set; }
    public ListMeta Metadata { get; set; } = new();
    [RequiredField]
    public List<CronJob> Items { get; set; } = [];
}

public sealed class CronJobSpec
{
    [RequiredField, Doc("When to run, in cron syntax (for example */5 * * * *).")]
    public string Schedule { get; set; } = "";
    [Doc("IANA time zone for the schedule; the controller's local zone when unset.")]
    public string? TimeZone { get; set; }
    [Doc("How late a missed run may still start.")]
    public long? StartingDeadlineSeconds { get; set; }
    [Doc("What to do when a run is due while the previous is still active: Allow (default), Forbid or Replace.")]
    public string? ConcurrencyPolicy { get; set; }
    [Doc("While true, no new runs are started.")]
    public bool? Suspend { get; set; }
    [RequiredField, Doc("The Job created for each run.")]
    public JobTemplateSpec JobTemplate { get; set; } = new();
    [Doc("Finished successful jobs to keep. Defaults to 3.")]
    public int? SuccessfulJobsHistoryLimit { get; set; }
    [Doc("Failed jobs to keep. Defaults to 1.")]
    public int? FailedJobsHistoryLimit { get; set; }
}

public sealed class CronJobStatus
{
    [ListType("atomic"), Doc("Jobs of this cron job that are running.")]
    public List<CoreV1.ObjectReference>? Active { get; set; }
    [Doc("When a job was last scheduled.")]
    public DateTimeOffset? LastScheduleTime { get; set; }
    [Doc("When a job last completed successfully.")]
    public DateTimeOffset? LastSuccessfulTime { get; set; }
}

[Doc("The metadata and spec of the Jobs a CronJob creates.")]
public sealed class JobTemplateSpec
{
    public ObjectMeta? Metadata { get; set; }
    public JobSpec? Spec { get; set; }
}
