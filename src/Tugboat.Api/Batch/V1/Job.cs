using Tugboat.Api.Meta;
using Tugboat.Api.Schema;

namespace Tugboat.Api.Batch.V1;

[KubernetesKind("batch", "v1", "Job")]
[Doc("Runs pods until a given number of them finish successfully.")]
public sealed class Job : KubernetesObject
{
    [Doc("What the job runs and when it counts as complete or failed.")]
    [ProtoField(2)] public JobSpec? Spec { get; set; }
    [Doc("What the job controller last observed.")]
    [ProtoField(3)] public JobStatus? Status { get; set; }
}

public sealed class JobList : IKubernetesList
{
    [ProtoField(0)] public string? ApiVersion { get; set; }
    [ProtoField(0)] public string? Kind { get; set; }
    [ProtoField(1)] public ListMeta Metadata { get; set; } = new();
    [RequiredField]
    [ProtoField(2)] public List<Job> Items { get; set; } = [];
}

public sealed class JobStatus
{
    [PatchMergeKey("type"), PatchStrategy("merge"), ListType("atomic"), Doc("Complete, Failed, Suspended and related conditions of the job.")]
    [ProtoField(1)] public List<JobCondition>? Conditions { get; set; }
    [Doc("When the job controller started working on the job.")]
    [ProtoField(2)] public DateTimeOffset? StartTime { get; set; }
    [Doc("When the job completed; unset for failed jobs.")]
    [ProtoField(3)] public DateTimeOffset? CompletionTime { get; set; }
    [Doc("Pods pending or running.")]
    [ProtoField(4, OmitEmpty = true)] public int? Active { get; set; }
    [Doc("Pods that finished successfully.")]
    [ProtoField(5, OmitEmpty = true)] public int? Succeeded { get; set; }
    [Doc("Pods that failed.")]
    [ProtoField(6, OmitEmpty = true)] public int? Failed { get; set; }
    [Doc("Pods being terminated.")]
    [ProtoField(11)] public int? Terminating { get; set; }
    [Doc("Completed indexes of an Indexed job, in compressed text form (1,3-5).")]
    [ProtoField(7, OmitEmpty = true)] public string? CompletedIndexes { get; set; }
    [ProtoField(10)] public string? FailedIndexes { get; set; }
    [Doc("UIDs of finished pods not yet counted in succeeded/failed.")]
    [ProtoField(8)] public UncountedTerminatedPods? UncountedTerminatedPods { get; set; }
    [Doc("Active pods whose Ready condition is true.")]
    [ProtoField(9)] public int? Ready { get; set; }
}

public sealed class JobCondition
{
    [RequiredField]
    [ProtoField(1)] public string Type { get; set; } = "";
    [RequiredField]
    [ProtoField(2)] public string Status { get; set; } = "";
    [ProtoField(3)] public DateTimeOffset? LastProbeTime { get; set; }
    [ProtoField(4)] public DateTimeOffset? LastTransitionTime { get; set; }
    [ProtoField(5, OmitEmpty = true)] public string? Reason { get; set; }
    [ProtoField(6, OmitEmpty = true)] public string? Message { get; set; }
}

public sealed class UncountedTerminatedPods
{
    [ListType("set")]
    [ProtoField(1)] public List<string>? Succeeded { get; set; }
    [ListType("set")]
    [ProtoField(2)] public List<string>? Failed { get; set; }
}
