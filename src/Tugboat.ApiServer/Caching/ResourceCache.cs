using System.Collections.Immutable;
using System.Threading.Channels;

namespace Tugboat.ApiServer.Caching;

/// <summary>
/// The current objects of one stored resource and its recent changes, kept in step with the store by
/// <see cref="CacheDispatcher"/>. Readers take an immutable snapshot, so a list is consistent at one revision.
/// </summary>
public sealed class ResourceCache(string prefix, Type clrType, int historyCapacity = 20_000)
{
    private CacheState _state = new(ImmutableSortedDictionary.Create<string, CachedObject>(StringComparer.Ordinal), 0);
    private readonly CacheEvent?[] _history = new CacheEvent?[historyCapacity];
    private long _historyCount;
    private readonly Lock _watchersLock = new();
    private readonly List<CacheWatcher> _watchers = [];

    public string Prefix { get; } = prefix;
    public Type ClrType { get; } = clrType;

    /// <summary>The oldest revision after which this cache can replay every change; watches from before it get 410.</summary>
    public long OldestReplayableRevision { get; private set; }

    /// <summary>The objects and the revision of the last change applied to them, read together.</summary>
    public CacheState State => Volatile.Read(ref _state);

    public CachedObject? Get(string key) => State.Objects.GetValueOrDefault(key);

    internal void Load(IEnumerable<CachedObject> objects, long revision)
    {
        _state = new CacheState(ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, objects.Select(o => KeyValuePair.Create(o.Key, o))), revision);
        OldestReplayableRevision = revision;
    }

    internal void Apply(CacheEvent change)
    {
        lock (_watchersLock)
        {
            var objects = _state.Objects;
            objects = change.Type == CacheEventType.Deleted ? objects.Remove(change.Object.Key) : objects.SetItem(change.Object.Key, change.Object);
            Volatile.Write(ref _state, new CacheState(objects, change.Revision));
            var slot = (int)(_historyCount % _history.Length);
            if (_history[slot] is { } evicted) OldestReplayableRevision = evicted.Revision;
            _history[slot] = change;
            _historyCount++;
            for (var i = _watchers.Count - 1; i >= 0; i--)
            {
                if (!_watchers[i].Offer(change)) _watchers.RemoveAt(i);
            }
        }
    }

    /// <summary>The current state and a watcher of every change after it, taken atomically.</summary>
    public (CacheState State, CacheWatcher Watcher) WatchFromNow()
    {
        lock (_watchersLock)
        {
            var watcher = new CacheWatcher(this, 1000);
            _watchers.Add(watcher);
            return (_state, watcher);
        }
    }

    /// <summary>Changes after <paramref name="revision"/> then live ones; null when the history no longer reaches back that far.</summary>
    public CacheWatcher? Watch(long revision)
    {
        lock (_watchersLock)
        {
            if (revision < OldestReplayableRevision) return null;
            var count = (int)Math.Min(_historyCount, _history.Length);
            var replay = Enumerable.Range(0, count)
                .Select(i => _history[(int)((_historyCount - count + i) % _history.Length)]!)
                .Where(change => change.Revision > revision)
                .ToList();
            var watcher = new CacheWatcher(this, replay.Count + 1000);
            foreach (var change in replay) watcher.Offer(change);
            _watchers.Add(watcher);
            return watcher;
        }
    }

    internal void Remove(CacheWatcher watcher)
    {
        lock (_watchersLock) _watchers.Remove(watcher);
    }

    internal void CloseAllWatchers()
    {
        lock (_watchersLock)
        {
            foreach (var w in _watchers) w.Complete();
            _watchers.Clear();
        }
    }
}

/// <summary>A consistent view: every object as of <see cref="Revision"/> (the newest change applied).</summary>
public sealed record CacheState(ImmutableSortedDictionary<string, CachedObject> Objects, long Revision);

/// <summary>A stream of cache changes; completes when the consumer falls too far behind or the server stops.</summary>
public sealed class CacheWatcher : IDisposable
{
    private readonly ResourceCache _cache;
    private readonly Channel<CacheEvent> _channel;

    internal CacheWatcher(ResourceCache cache, int capacity)
    {
        _cache = cache;
        _channel = Channel.CreateBounded<CacheEvent>(new BoundedChannelOptions(capacity) { SingleReader = true, SingleWriter = true, FullMode = BoundedChannelFullMode.Wait });
    }

    public ChannelReader<CacheEvent> Events => _channel.Reader;

    internal bool Offer(CacheEvent change)
    {
        if (_channel.Writer.TryWrite(change)) return true;
        _channel.Writer.TryComplete();
        return false;
    }

    internal void Complete() => _channel.Writer.TryComplete();

    public void Dispose()
    {
        _cache.Remove(this);
        _channel.Writer.TryComplete();
    }
}
