using System.Collections.Concurrent;

namespace Tugboat.Storage;

/// <summary>
/// The newest value of every live key, and the revision it reflects. Gets are lock-free; lists and counts take a
/// short lock so they see one consistent revision. Only one thread applies changes at a time.
/// </summary>
internal sealed class KeyIndex
{
    private readonly ConcurrentDictionary<string, KeyValue> latest = new(KeyRange.Comparer);
    private readonly OrderedKeySet keys = new();
    private readonly Lock gate = new();
    private long revision;

    public long Revision => Volatile.Read(ref revision);

    public KeyValue? Get(string key) => latest.GetValueOrDefault(key);

    public void Load(IEnumerable<KeyValue> values, long atRevision)
    {
        lock (gate)
        {
            foreach (var kv in values)
            {
                latest[kv.Key] = kv;
                keys.Add(kv.Key);
            }
            Volatile.Write(ref revision, atRevision);
        }
    }

    /// <summary>Applies committed changes, in revision order, and moves the index to <paramref name="newRevision"/>.</summary>
    public void Apply(IReadOnlyList<WatchEvent> changes, long newRevision)
    {
        lock (gate)
        {
            foreach (var change in changes)
            {
                var key = change.Current.Key;
                if (change.Type == WatchEventType.Delete)
                {
                    latest.TryRemove(key, out _);
                    keys.Remove(key);
                }
                else
                {
                    latest[key] = change.Current;
                    if (change.IsCreate)
                    {
                        keys.Add(key);
                    }
                }
            }
            Volatile.Write(ref revision, newRevision);
        }
    }

    public ListResult List(string prefix, string? startKey, int limit)
    {
        lock (gate)
        {
            return ListLocked(prefix, startKey, limit);
        }
    }

    /// <summary>Lists from memory when the index is exactly at <paramref name="atRevision"/>; null otherwise.</summary>
    public ListResult? TryListAt(long atRevision, string prefix, string? startKey, int limit)
    {
        lock (gate)
        {
            return revision == atRevision ? ListLocked(prefix, startKey, limit) : null;
        }
    }

    public long Count(string prefix)
    {
        lock (gate)
        {
            var end = KeyRange.PrefixEnd(prefix);
            var upTo = end is null ? keys.Count : keys.Rank(end);
            return upTo - keys.Rank(prefix);
        }
    }

    private ListResult ListLocked(string prefix, string? startKey, int limit)
    {
        var items = new List<KeyValue>(limit > 0 ? Math.Min(limit, 1024) : 16);
        var more = false;
        foreach (var key in keys.From(KeyRange.Start(prefix, startKey)))
        {
            if (!KeyRange.HasPrefix(key, prefix))
            {
                break;
            }
            if (limit > 0 && items.Count == limit)
            {
                more = true;
                break;
            }
            items.Add(latest[key]);
        }
        return new ListResult(items, revision, more);
    }
}
