using Tugboat.Api.Meta;
using Tugboat.Api.Schema;
using CoreV1 = Tugboat.Api.Core.V1;

namespace Tugboat.Api.Batch.V1;

[KubernetesKind("batch", "v1", "CronJob")]
[Doc("Creates Jobs on a repeating schedule.")]
public sealed class CronJob : KubernetesObject
{
    [Doc("The schedule and the job to create.")]
    [ProtoField(2)] public CronJobSpec? Spec { get; set; }
    [Doc("What the cronjob controller last observed.")]
    [ProtoField(3)] public CronJobStatus? Status { get; set; }
}

public sealed class CronJobList : IKubernetesList
{
    [ProtoField(0)] public string? ApiVersion { get; set; }
    [ProtoField(0)] public string? Kind { get; set; }
    [ProtoField(1)] public ListMeta Metadata { get; set; } = new();
    [RequiredField]
    [ProtoField(2)] public List<CronJob> Items { get; set; } = [];
}

public sealed class CronJobSpec
{
    [RequiredField, Doc("When to run, in cron syntax (for example */5 * * * *).")]
    [ProtoField(1)] public string Schedule { get; set; } = "";
    [Doc("IANA time zone for the schedule; the controller's local zone when unset.")]
    [ProtoField(8)] public string? TimeZone { get; set; }
    [Doc("How late a missed run may still start.")]
    [ProtoField(2)] public long? StartingDeadlineSeconds { get; set; }
    [Doc("What to do when a run is due while the previous is still active: Allow (default), Forbid or Replace.")]
    [ProtoField(3, OmitEmpty = true)] public string? ConcurrencyPolicy { get; set; }
    [Doc("While true, no new runs are started.")]
    [ProtoField(4)] public bool? Suspend { get; set; }
    [RequiredField, Doc("The Job created for each run.")]
    [ProtoField(5)] public JobTemplateSpec JobTemplate { get; set; } = new();
    [Doc("Finished successful jobs to keep. Defaults to 3.")]
    [ProtoField(6)] public int? SuccessfulJobsHistoryLimit { get; set; }
    [Doc("Failed jobs to keep. Defaults to 1.")]
    [ProtoField(7)] public int? FailedJobsHistoryLimit { get; set; }
}

public sealed class CronJobStatus
{
    [ListType("atomic"), Doc("Jobs of this cron job that are running.")]
    [ProtoField(1)] public List<CoreV1.ObjectReference>? Active { get; set; }
    [Doc("When a job was last scheduled.")]
    [ProtoField(4)] public DateTimeOffset? LastScheduleTime { get; set; }
    [Doc("When a job last completed successfully.")]
    [ProtoField(5)] public DateTimeOffset? LastSuccessfulTime { get; set; }
}

[Doc("The metadata and spec of the Jobs a CronJob creates.")]
public sealed class JobTemplateSpec
{
    [ProtoField(1)] public ObjectMeta? Metadata { get; set; }
    [ProtoField(2)] public JobSpec? Spec { get; set; }
}
