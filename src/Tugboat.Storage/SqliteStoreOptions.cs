namespace Tugboat.Storage;

/// <summary>Tuning of a <see cref="SqliteStore"/>; the defaults suit a single server.</summary>
public sealed record SqliteStoreOptions
{
    /// <summary>Newest events kept in memory for watches; a watch starting before them reads the table first.</summary>
    public int WatchHistoryCapacity { get; init; } = 100_000;

    /// <summary>Events a watcher may fall behind before its channel is completed (it must then re-list).</summary>
    public int WatchChannelCapacity { get; init; } = 10_000;

    /// <summary>Most writes committed in one transaction.</summary>
    public int MaxBatchSize { get; init; } = 1_000;

    /// <summary>How often automatic compaction runs; null turns it off.</summary>
    public TimeSpan? AutoCompactionInterval { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How many of the newest revisions automatic compaction keeps. Null keeps one interval of history instead:
    /// each run compacts to the revision that was current at the previous run, as kube-apiserver does.
    /// </summary>
    public long? AutoCompactionRetainedRevisions { get; init; }

    /// <summary>Revisions one compaction step covers, so even a large compaction never stalls writes for long.</summary>
    internal long CompactionStepRevisions { get; init; } = 10_000;
}
