namespace Tugboat.Storage;

/// <summary>
/// The newest events, one per revision, in a fixed-size circular buffer indexed by revision. Revisions are
/// consecutive, so slot <c>revision % capacity</c> holds that revision while it is among the newest.
/// </summary>
internal sealed class EventRing
{
    /// <summary>Bounds the work done under the lock by one read when few events match the prefix.</summary>
    private const int MaxScanPerRead = 4096;

    private readonly WatchEvent?[] slots;
    private readonly Lock gate = new();
    private long newest;
    private int count;

    /// <param name="capacity">How many events to keep.</param>
    /// <param name="lastRevision">The revision the ring starts after; it holds nothing older.</param>
    public EventRing(int capacity, long lastRevision)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        slots = new WatchEvent?[capacity];
        newest = lastRevision;
    }

    /// <summary>The oldest revision held (newest + 1 when empty).</summary>
    public long OldestRevision
    {
        get
        {
            lock (gate)
            {
                return newest - count + 1;
            }
        }
    }

    /// <summary>Adds events that directly follow the newest one, in revision order.</summary>
    public void Append(IReadOnlyList<WatchEvent> events)
    {
        lock (gate)
        {
            foreach (var e in events)
            {
                slots[e.Revision % slots.Length] = e;
                newest = e.Revision;
                if (count < slots.Length)
                {
                    count++;
                }
            }
        }
    }

    /// <summary>
    /// Like <see cref="IEventHistory.Read"/>, but returns <paramref name="from"/> unchanged when that revision is
    /// older than the ring holds.
    /// </summary>
    public long Read(string prefix, long from, long to, List<WatchEvent> into, int max)
    {
        lock (gate)
        {
            if (from < newest - count + 1)
            {
                return from;
            }
            var last = Math.Min(Math.Min(to, newest), from + MaxScanPerRead - 1);
            var found = 0;
            for (var revision = from; revision <= last; revision++)
            {
                var e = slots[revision % slots.Length]!;
                if (KeyRange.HasPrefix(e.Current.Key, prefix))
                {
                    into.Add(e);
                    if (++found == max)
                    {
                        return revision + 1;
                    }
                }
            }
            return last + 1;
        }
    }
}
