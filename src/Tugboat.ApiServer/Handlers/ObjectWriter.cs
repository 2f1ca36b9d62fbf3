using Tugboat.Api.Json;
using Tugboat.Api.Meta;
using Tugboat.ApiServer.Caching;
using Tugboat.ApiServer.Http;
using Tugboat.Storage;

namespace Tugboat.ApiServer.Handlers;

/// <summary>
/// Writes objects of one resource to the store: create, optimistic update with retry (upstream's GuaranteedUpdate)
/// and delete. Returns the object as stored, with its new resourceVersion.
/// </summary>
public sealed class ObjectWriter(IStore store, CacheDispatcher dispatcher)
{
    private const int MaxConflictRetries = 10;

    public async Task<CachedObject> CreateAsync(ResourceEndpoint endpoint, IKubernetesObject obj, bool dryRun, CancellationToken ct)
    {
        var key = endpoint.Key(obj.Metadata.Namespace, obj.Metadata.Name!);
        var bytes = ObjectCodec.EncodeForStorage(obj);
        if (dryRun)
        {
            if (endpoint.Cache.Get(key) is not null) throw Errors.AlreadyExists(endpoint.Info, obj.Metadata.Name!);
            return ObjectCodec.ToCached(key, obj, 0, 0);
        }
        try
        {
            var kv = await store.CreateAsync(key, bytes, ct);
            return ObjectCodec.ToCached(key, obj, kv.CreateRevision, kv.ModRevision);
        }
        catch (KeyExistsException)
        {
            throw Errors.AlreadyExists(endpoint.Info, obj.Metadata.Name!);
        }
    }

    /// <summary>
    /// Reads the current object, lets <paramref name="update"/> produce the new one (or null to leave it as is), and
    /// writes it if it was not changed meanwhile; on a concurrent change it tries again unless the caller pinned
    /// a resourceVersion (then the conflict is the caller's).
    /// </summary>
    public async Task<UpdateResult> GuaranteedUpdateAsync(ResourceEndpoint endpoint, string ns, string name,
        Func<CachedObject?, IKubernetesObject?> update, bool dryRun, CancellationToken ct)
    {
        var key = endpoint.Key(ns, name);
        for (var attempt = 0; ; attempt++)
        {
            await dispatcher.WaitForCurrentAsync(ct);
            var current = endpoint.Cache.Get(key);
            var updated = update(current);
            if (updated is null)
            {
                if (current is null) throw Errors.NotFound(endpoint.Info, name);
                return new UpdateResult(current, Created: false, Deleted: false);
            }
            if (current is null)
                return new UpdateResult(await CreateAsync(endpoint, updated, dryRun, ct), Created: true, Deleted: false);

            var pinned = updated.Metadata.ResourceVersion;
            if (!string.IsNullOrEmpty(pinned) && pinned != current.Metadata.ResourceVersion)
                throw Errors.Conflict(endpoint.Info, name);

            if (endpoint.Strategy.ReadyToRemove(updated))
            {
                var gone = await DeleteAsync(endpoint, current, dryRun, ct);
                return new UpdateResult(gone, Created: false, Deleted: true);
            }

            if (SameAsCurrent(updated, current)) return new UpdateResult(current, Created: false, Deleted: false);
            var bytes = ObjectCodec.EncodeForStorage(updated);
            if (dryRun) return new UpdateResult(ObjectCodec.ToCached(key, updated, current.CreateRevision, current.ModRevision), false, false);
            try
            {
                var kv = await store.UpdateAsync(key, bytes, current.ModRevision, ct);
                return new UpdateResult(ObjectCodec.ToCached(key, updated, kv.CreateRevision, kv.ModRevision), false, false);
            }
            catch (RevisionConflictException) when (string.IsNullOrEmpty(pinned) && attempt < MaxConflictRetries)
            {
            }
            catch (RevisionConflictException)
            {
                throw Errors.Conflict(endpoint.Info, name);
            }
            catch (KeyNotFoundStoreException) when (attempt < MaxConflictRetries)
            {
            }
        }
    }

    /// <summary>An update that changes nothing is not written (upstream skips such writes too).</summary>
    private static bool SameAsCurrent(IKubernetesObject updated, CachedObject current)
    {
        var rv = updated.Metadata.ResourceVersion;
        updated.Metadata.ResourceVersion = current.Metadata.ResourceVersion;
        try { return ApiJson.Serialize(updated).AsSpan().SequenceEqual(current.Json); }
        finally { updated.Metadata.ResourceVersion = rv; }
    }

    public async Task<CachedObject> DeleteAsync(ResourceEndpoint endpoint, CachedObject current, bool dryRun, CancellationToken ct)
    {
        if (dryRun) return current;
        try
        {
            var kv = await store.DeleteAsync(current.Key, current.ModRevision, ct);
            var last = ObjectCodec.Decode(current.Json, endpoint.Cache.ClrType, kv.ModRevision);
            return ObjectCodec.ToCached(current.Key, last, current.CreateRevision, kv.ModRevision);
        }
        catch (RevisionConflictException)
        {
            throw Errors.Conflict(endpoint.Info, current.Name);
        }
        catch (KeyNotFoundStoreException)
        {
            throw Errors.NotFound(endpoint.Info, current.Name);
        }
    }

}

public sealed record UpdateResult(CachedObject Object, bool Created, bool Deleted);
