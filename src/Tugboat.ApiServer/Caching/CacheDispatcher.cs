using Microsoft.Extensions.Logging;
using Tugboat.Storage;

namespace Tugboat.ApiServer.Caching;

/// <summary>
/// Feeds every <see cref="ResourceCache"/> from one watch on the whole registry, and tracks the revision the
/// caches have reached so that a read issued after a write sees it (read-your-writes).
/// </summary>
public sealed class CacheDispatcher : IAsyncDisposable
{
    private const string RegistryPrefix = "/registry/";
    private readonly IStore _store;
    private readonly ILogger _log;
    private readonly Dictionary<string, ResourceCache> _caches = new(StringComparer.Ordinal);
    private readonly RevisionWaiter _revision = new();
    private readonly CancellationTokenSource _stop = new();
    private Task? _loop;

    public CacheDispatcher(IStore store, IEnumerable<ResourceCache> caches, ILogger log)
    {
        _store = store;
        _log = log;
        foreach (var cache in caches) _caches[cache.Prefix] = cache;
    }

    public long Revision => _revision.Current;

    public ResourceCache CacheFor(string prefix) => _caches[prefix];

    public async Task StartAsync(CancellationToken ct)
    {
        var revision = _store.CurrentRevision;
        var listed = await _store.ListAsync(RegistryPrefix, ct: ct);
        var byCache = new Dictionary<ResourceCache, List<CachedObject>>();
        foreach (var kv in listed.Items)
        {
            var cache = Route(kv.Key);
            if (cache is null) continue;
            if (!byCache.TryGetValue(cache, out var list)) byCache[cache] = list = [];
            list.Add(Decode(cache, kv));
        }
        foreach (var cache in _caches.Values) cache.Load(byCache.GetValueOrDefault(cache) ?? [], revision);
        _revision.Advance(revision);
        var watch = _store.Watch(RegistryPrefix, revision);
        _loop = Task.Run(() => RunAsync(watch), CancellationToken.None);
    }

    /// <summary>Waits until the caches have applied every write the store had acknowledged when this was called.</summary>
    public Task WaitForCurrentAsync(CancellationToken ct) => _revision.WaitForAsync(_store.CurrentRevision, ct);

    public Task WaitForAsync(long revision, CancellationToken ct) => _revision.WaitForAsync(revision, ct);

    private async Task RunAsync(IStoreWatch watch)
    {
        try
        {
            var reader = watch.Events;
            while (await reader.WaitToReadAsync(_stop.Token))
            {
                long last = 0;
                while (reader.TryRead(out var e))
                {
                    Dispatch(e);
                    last = e.Revision;
                }
                if (last > 0) _revision.Advance(last);
            }
            if (!_stop.IsCancellationRequested)
                _log.LogCritical("cache: the store watch ended unexpectedly; caches are stale");
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested) { }
        catch (Exception ex)
        {
            _log.LogCritical(ex, "cache: dispatcher failed");
        }
        finally
        {
            watch.Dispose();
            foreach (var cache in _caches.Values) cache.CloseAllWatchers();
        }
    }

    private void Dispatch(WatchEvent e)
    {
        var cache = Route(e.Current.Key);
        if (cache is null) return;
        try
        {
            var previous = cache.Get(e.Current.Key);
            if (e.Type == WatchEventType.Delete)
            {
                if (previous is null) return;
                cache.Apply(new CacheEvent(CacheEventType.Deleted, DeletedState(cache, previous, e), previous, e.Revision));
                return;
            }
            var current = Decode(cache, e.Current);
            cache.Apply(new CacheEvent(previous is null ? CacheEventType.Added : CacheEventType.Modified, current, previous, e.Revision));
        }
        catch (Exception ex)
        {
            _log.LogError(ex, "cache: cannot decode {Key} at revision {Revision}", e.Current.Key, e.Revision);
        }
    }

    // A DELETED event carries the object's last state with the delete's revision, as kube-apiserver sends it.
    private static CachedObject DeletedState(ResourceCache cache, CachedObject previous, WatchEvent e)
    {
        var obj = ObjectCodec.Decode(previous.Json, cache.ClrType, e.Revision);
        return ObjectCodec.ToCached(previous.Key, obj, previous.CreateRevision, e.Revision);
    }

    private static CachedObject Decode(ResourceCache cache, KeyValue kv)
    {
        var obj = ObjectCodec.Decode(kv.Value, cache.ClrType, kv.ModRevision);
        return new CachedObject(kv.Key, obj, Tugboat.Api.Json.ApiJson.Serialize(obj), kv.CreateRevision, kv.ModRevision);
    }

    private ResourceCache? Route(string key)
    {
        // "/registry/pods/ns/name" → "/registry/pods/"; "/registry/apps/deployments/ns/name" → "/registry/apps/deployments/"
        var first = key.IndexOf('/', RegistryPrefix.Length);
        if (first < 0) return null;
        if (_caches.TryGetValue(key[..(first + 1)], out var cache)) return cache;
        var second = key.IndexOf('/', first + 1);
        return second < 0 ? null : _caches.GetValueOrDefault(key[..(second + 1)]);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_loop is not null) await _loop;
        _stop.Dispose();
    }
}
