namespace Tugboat.Storage;

/// <summary>
/// An <see cref="IStore"/> held in memory, with the same semantics as the durable stores: every event since the
/// compacted revision is kept, so watches and lists can start from any revision that has not been compacted.
/// Values are stored by reference: callers must not change an array after handing it over.
/// </summary>
public sealed class MemoryStore : IStore, IEventHistory
{
    private readonly Lock gate = new();
    private readonly KeyIndex index = new();
    private readonly WatchHub hub;
    /// <summary>Every event from <see cref="firstLogged"/> on; log[i] has revision firstLogged + i.</summary>
    private readonly List<WatchEvent> log = [];
    private long firstLogged = 1;
    private long compacted;
    private bool disposed;

    /// <param name="watchChannelCapacity">Events a watcher may fall behind before its channel is completed.</param>
    public MemoryStore(int watchChannelCapacity = 10_000)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(watchChannelCapacity, 1);
        hub = new WatchHub(watchChannelCapacity, 0);
    }

    public long CurrentRevision => index.Revision;

    public long CompactedRevision => Volatile.Read(ref compacted);

    public Task<KeyValue?> GetAsync(string key, CancellationToken ct = default)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        return Task.FromResult(index.Get(key));
    }

    public Task<ListResult> ListAsync(string prefix, string? startKey = null, int limit = 0, long atRevision = 0, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        ArgumentOutOfRangeException.ThrowIfNegative(atRevision);
        lock (gate)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            if (atRevision == 0 || atRevision == index.Revision)
            {
                return Task.FromResult(index.List(prefix, startKey, limit));
            }
            if (atRevision > index.Revision)
            {
                return Task.FromException<ListResult>(new FutureRevisionException(atRevision, index.Revision));
            }
            if (atRevision < compacted)
            {
                return Task.FromException<ListResult>(new CompactedException(atRevision, compacted));
            }
            return Task.FromResult(ListAt(prefix, startKey, limit, atRevision));
        }
    }

    public Task<long> CountAsync(string prefix, CancellationToken ct = default)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        return Task.FromResult(index.Count(prefix));
    }

    public Task<KeyValue> CreateAsync(string key, byte[] value, CancellationToken ct = default) =>
        Write(WriteKind.Create, key, value, 0, ct);

    public Task<KeyValue> UpdateAsync(string key, byte[] value, long expectedModRevision, CancellationToken ct = default) =>
        Write(WriteKind.Update, key, value, expectedModRevision, ct);

    public Task<KeyValue> DeleteAsync(string key, long expectedModRevision, CancellationToken ct = default) =>
        Write(WriteKind.Delete, key, [], expectedModRevision, ct);

    public IStoreWatch Watch(string prefix, long afterRevision)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(afterRevision);
        lock (gate)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            if (afterRevision + 1 < compacted)
            {
                throw new CompactedException(afterRevision, compacted);
            }
            return hub.Register(prefix, afterRevision, this);
        }
    }

    public Task CompactAsync(long revision, CancellationToken ct = default)
    {
        lock (gate)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            if (revision > index.Revision)
            {
                return Task.FromException(new FutureRevisionException(revision, index.Revision));
            }
            if (revision <= compacted)
            {
                return Task.CompletedTask;
            }
            var dropped = (int)Math.Min(revision - firstLogged, log.Count);
            log.RemoveRange(0, dropped);
            firstLogged += dropped;
            Volatile.Write(ref compacted, revision);
            return Task.CompletedTask;
        }
    }

    public ValueTask DisposeAsync()
    {
        lock (gate)
        {
            disposed = true;
        }
        hub.Close();
        return ValueTask.CompletedTask;
    }

    long IEventHistory.Read(string prefix, long from, long to, List<WatchEvent> into, int max)
    {
        lock (gate)
        {
            if (from < compacted)
            {
                throw new CompactedException(from, compacted);
            }
            var revision = from;
            for (; revision <= to && into.Count < max; revision++)
            {
                var e = log[(int)(revision - firstLogged)];
                if (KeyRange.HasPrefix(e.Current.Key, prefix))
                {
                    into.Add(e);
                }
            }
            return revision;
        }
    }

    private Task<KeyValue> Write(WriteKind kind, string key, byte[] value, long expectedModRevision, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(value);
        if (ct.IsCancellationRequested)
        {
            return Task.FromCanceled<KeyValue>(ct);
        }
        lock (gate)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            var current = index.Get(key);
            if (WriteRules.Check(kind, key, current, expectedModRevision) is { } error)
            {
                return Task.FromException<KeyValue>(error);
            }
            var revision = index.Revision + 1;
            WatchEvent[] change = [WriteRules.Apply(kind, key, value, current, revision)];
            log.Add(change[0]);
            index.Apply(change, revision);
            hub.Publish(change);
            return Task.FromResult(change[0].Current);
        }
    }

    /// <summary>The state at an older revision: the newest state with every later event undone.</summary>
    private ListResult ListAt(string prefix, string? startKey, int limit, long atRevision)
    {
        var state = index.List(prefix, null, 0).Items.ToDictionary(kv => kv.Key, KeyRange.Comparer);
        for (var i = log.Count - 1; i >= 0 && log[i].Revision > atRevision; i--)
        {
            var e = log[i];
            if (!KeyRange.HasPrefix(e.Current.Key, prefix))
            {
                continue;
            }
            if (e.Previous is null)
            {
                state.Remove(e.Current.Key);
            }
            else
            {
                state[e.Current.Key] = e.Previous;
            }
        }
        var start = KeyRange.Start(prefix, startKey);
        var items = state.Values
            .Where(kv => KeyRange.Comparer.Compare(kv.Key, start) >= 0)
            .OrderBy(kv => kv.Key, KeyRange.Comparer)
            .ToList();
        var more = limit > 0 && items.Count > limit;
        if (more)
        {
            items.RemoveRange(limit, items.Count - limit);
        }
        return new ListResult(items, atRevision, more);
    }
}
