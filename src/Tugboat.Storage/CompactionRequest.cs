namespace Tugboat.Storage;

/// <summary>A compaction waiting for the writer loop, which carries it out in steps between write batches.</summary>
internal sealed class CompactionRequest(long revision) : TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)
{
    public long Revision { get; } = revision;
}
