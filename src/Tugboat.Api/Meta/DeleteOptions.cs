using Tugboat.Api.Schema;

namespace Tugboat.Api.Meta;

[Doc("Options for a delete request: grace period, preconditions and how dependents are handled.")]
public sealed class DeleteOptions
{
    [ProtoField(0)] public string? ApiVersion { get; set; }
    [ProtoField(0)] public string? Kind { get; set; }
    [Doc("Seconds the object gets to shut down gracefully before it is removed; 0 deletes at once.")]
    [ProtoField(1)] public long? GracePeriodSeconds { get; set; }
    [Doc("Conditions (uid, resourceVersion) that must still hold for the delete to go ahead.")]
    [ProtoField(2)] public Preconditions? Preconditions { get; set; }
    [Doc("Deprecated: use propagationPolicy. Whether dependents are orphaned rather than garbage collected.")]
    [ProtoField(3)] public bool? OrphanDependents { get; set; }
    [Doc("How dependents are garbage collected: Orphan, Background or Foreground.")]
    [ProtoField(4)] public string? PropagationPolicy { get; set; }
    [Doc("When present, the request is checked but nothing is stored. The only valid value is All.")]
    [ListType("atomic")]
    [ProtoField(5)] public List<string>? DryRun { get; set; }
    [Doc("Deletes an object whose stored data cannot be read or decoded. Unsafe: may break the cluster.")]
    [ProtoField(6)] public bool? IgnoreStoreReadErrorWithClusterBreakingPotential { get; set; }
}

[Doc("Conditions an object must meet before an operation on it is carried out.")]
public sealed class Preconditions
{
    [Doc("The object must have this UID.")]
    [ProtoField(1)] public string? Uid { get; set; }
    [Doc("The object must have this resourceVersion.")]
    [ProtoField(2)] public string? ResourceVersion { get; set; }
}
