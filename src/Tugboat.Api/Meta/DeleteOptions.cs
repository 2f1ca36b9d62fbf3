using Tugboat.Api.Schema;

namespace Tugboat.Api.Meta;

[Doc("Options for a delete request: grace period, preconditions and how dependents are handled.")]
public sealed class DeleteOptions
{
    public string? ApiVersion { get; set; }
    public string? Kind { get; set; }
    [Doc("Seconds the object gets to shut down gracefully before it is removed; 0 deletes at once.")]
    public long? GracePeriodSeconds { get; set; }
    [Doc("Conditions (uid, resourceVersion) that must still hold for the delete to go ahead.")]
    public Preconditions? Preconditions { get; set; }
    [Doc("Deprecated: use propagationPolicy. Whether dependents are orphaned rather than garbage collected.")]
    public bool? OrphanDependents { get; set; }
    [Doc("How dependents are garbage collected: Orphan, Background or Foreground.")]
    public string? PropagationPolicy { get; set; }
    [Doc("When present, the request is checked but nothing is stored. The only valid value is All.")]
    [ListType("atomic")]
    public List<string>? DryRun { get; set; }
    [Doc("Deletes an object whose stored data cannot be read or decoded. Unsafe: may break the cluster.")]
    public bool? IgnoreStoreReadErrorWithClusterBreakingPotential { get; set; }
}

[Doc("Conditions an object must meet before an operation on it is carried out.")]
public sealed class Preconditions
{
    [Doc("The object must have this UID.")]
    public string? Uid { get; set; }
    [Doc("The object must have this resourceVersion.")]
    public string? ResourceVersion { get; set; }
}
