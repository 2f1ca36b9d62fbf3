namespace Tugboat.Storage;

/// <summary>History for SQLite watches: the in-memory ring when it still holds a revision, the table before that.</summary>
internal sealed class SqliteEventSource(EventRing ring, SqliteHistoryReader table, Func<long> compactedRevision) : IEventHistory
{
    public long Read(string prefix, long from, long to, List<WatchEvent> into, int max)
    {
        var next = ring.Read(prefix, from, to, into, max);
        if (next != from)
        {
            return next;
        }
        next = table.ReadEvents(prefix, from, Math.Min(to, ring.OldestRevision - 1), into, max);
        // Checked after reading: a compaction that began meanwhile may have removed rows the read needed.
        var compacted = compactedRevision();
        if (from < compacted)
        {
            throw new CompactedException(from, compacted);
        }
        return next;
    }
}
