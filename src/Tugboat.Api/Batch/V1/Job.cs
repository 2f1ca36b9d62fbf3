using Tugboat.Api.Meta;
using Tugboat.Api.Schema;

namespace Tugboat.Api.Batch.V1;

[KubernetesKind("batch", "v1", "Job")]
[Doc("Runs pods until a given number of them finish successfully.")]
public sealed class Job : KubernetesObject
{
    [Doc("What the job runs and when it counts as complete or failed.")]
    public JobSpec? Spec { get; set; }
    [Doc("What the job controller last observed.")]
    public JobStatus? Status { get; set; }
}

public sealed class JobList : IKubernetesList
{
    public string? ApiVersion { get; set; }
    public string? Kind { get; set; }
    public ListMeta Metadata { get; set; } = new();
    [RequiredField]
    public List<Job> Items { get; set; } = [];
}

public sealed class JobStatus
{
    [PatchMergeKey("type"), PatchStrategy("merge"), ListType("atomic"), Doc("Complete, Failed, Suspended and related conditions of the job.")]
    public List<JobCondition>? Conditions { get; set; }
    [Doc("When the job controller started working on the job.")]
    public DateTimeOffset? StartTime { get; set; }
    [Doc("When the job completed; unset for failed jobs.")]
    public DateTimeOffset? CompletionTime { get; set; }
    [Doc("Pods pending or running.")]
    public int? Active { get; set; }
    [Doc("Pods that finished successfully.")]
    public int? Succeeded { get; set; }
    [Doc("Pods that failed.")]
    public int? Failed { get; set; }
    [Doc("Pods being terminated.")]
    public int? Terminating { get; set; }
    [Doc("Completed indexes of an Indexed job, in compressed text form (1,3-5).")]
    public string? CompletedIndexes { get; set; }
    public string? FailedIndexes { get; set; }
    [Doc("UIDs of finished pods not yet counted in succeeded/failed.")]
    public UncountedTerminatedPods? UncountedTerminatedPods { get; set; }
    [Doc("Active pods whose Ready condition is true.")]
    public int? Ready { get; set; }
}

public sealed class JobCondition
{
    [RequiredField]
    public string Type { get; set; } = "";
    [RequiredField]
    public string Status { get; set; } = "";
    public DateTimeOffset? LastProbeTime { get; set; }
    public DateTimeOffset? LastTransitionTime { get; set; }
    public string? Reason { get; set; }
    public string? Message { get; set; }
}

public sealed class UncountedTerminatedPods
{
    [ListType("set")]
    public List<string>? Succeeded { get; set; }
    [ListType("set")]
    public List<string>? Failed { get; set; }
}
