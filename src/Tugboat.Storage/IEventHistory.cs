namespace Tugboat.Storage;

/// <summary>Past events a new watch replays before it switches to live ones.</summary>
internal interface IEventHistory
{
    /// <summary>
    /// Appends to <paramref name="into"/> the events under <paramref name="prefix"/> with revisions from
    /// <paramref name="from"/> to <paramref name="to"/> (inclusive), at most <paramref name="max"/> of them, and
    /// returns the revision to continue from (greater than <paramref name="from"/>). Throws
    /// <see cref="CompactedException"/> when <paramref name="from"/> is no longer kept.
    /// </summary>
    long Read(string prefix, long from, long to, List<WatchEvent> into, int max);
}
