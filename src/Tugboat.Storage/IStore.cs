namespace Tugboat.Storage;

/// <summary>
/// A revisioned key-value store with watch, shaped like etcd v3: every successful write gets
/// the next global revision; a key remembers the revision that created it and the revision of
/// its last modification. Writes are durable when the returned task completes.
/// </summary>
public interface IStore : IAsyncDisposable
{
    /// <summary>The revision of the newest write (0 for an empty store).</summary>
    long CurrentRevision { get; }

    /// <summary>The oldest revision a watch or list may still start from; older is <see cref="CompactedException"/>.</summary>
    long CompactedRevision { get; }

    Task<KeyValue?> GetAsync(string key, CancellationToken ct = default);

    /// <summary>
    /// Keys starting with <paramref name="prefix"/>, in key order, starting at <paramref name="startKey"/>
    /// (inclusive, null for the first), at most <paramref name="limit"/> (0 = all).
    /// <paramref name="atRevision"/> = 0 reads the newest state; a positive value reads the state as of that
    /// revision (throws <see cref="CompactedException"/> when compacted, <see cref="FutureRevisionException"/> when ahead).
    /// </summary>
    Task<ListResult> ListAsync(string prefix, string? startKey = null, int limit = 0, long atRevision = 0, CancellationToken ct = default);

    /// <summary>Counts keys under a prefix at the newest revision.</summary>
    Task<long> CountAsync(string prefix, CancellationToken ct = default);

    /// <summary>Creates a key that must not exist; throws <see cref="KeyExistsException"/> otherwise.</summary>
    Task<KeyValue> CreateAsync(string key, byte[] value, CancellationToken ct = default);

    /// <summary>
    /// Replaces the value of an existing key whose ModRevision equals <paramref name="expectedModRevision"/>
    /// (0 = any). Throws <see cref="KeyNotFoundStoreException"/> or <see cref="RevisionConflictException"/>.
    /// </summary>
    Task<KeyValue> UpdateAsync(string key, byte[] value, long expectedModRevision, CancellationToken ct = default);

    /// <summary>Deletes a key (guarded like update). Returns the deleted entry with ModRevision set to the delete's revision.</summary>
    Task<KeyValue> DeleteAsync(string key, long expectedModRevision, CancellationToken ct = default);

    /// <summary>
    /// Events for keys under <paramref name="prefix"/> with revision &gt; <paramref name="afterRevision"/>, in revision
    /// order, then live events until disposed. Throws <see cref="CompactedException"/> when history before
    /// afterRevision+1 is gone. The returned watch's channel completes if the store is closed or the watcher
    /// falls too far behind (then it must re-list).
    /// </summary>
    IStoreWatch Watch(string prefix, long afterRevision);

    /// <summary>Drops history older than <paramref name="revision"/> (the newest value of every live key stays).</summary>
    Task CompactAsync(long revision, CancellationToken ct = default);
}

public sealed record KeyValue(string Key, byte[] Value, long CreateRevision, long ModRevision);

public sealed record ListResult(IReadOnlyList<KeyValue> Items, long Revision, bool More);

public enum WatchEventType { Put, Delete }

/// <summary>A change: Put (created when Current.CreateRevision == Current.ModRevision) or Delete; Previous is the value before it, if any.</summary>
public sealed record WatchEvent(WatchEventType Type, KeyValue Current, KeyValue? Previous)
{
    public long Revision => Current.ModRevision;
    public bool IsCreate => Type == WatchEventType.Put && Current.CreateRevision == Current.ModRevision;
}

public interface IStoreWatch : IDisposable
{
    System.Threading.Channels.ChannelReader<WatchEvent> Events { get; }
}

public class StoreException(string message) : Exception(message);
public sealed class KeyExistsException(string key) : StoreException($"key {key} already exists");
public sealed class KeyNotFoundStoreException(string key) : StoreException($"key {key} not found");
public sealed class RevisionConflictException(string key, long expected, long actual)
    : StoreException($"key {key} has revision {actual}, expected {expected}")
{
    public long ActualRevision => actual;
}
public sealed class CompactedException(long requested, long compacted)
    : StoreException($"revision {requested} has been compacted (oldest available {compacted})")
{
    public long CompactedRevision => compacted;
}
public sealed class FutureRevisionException(long requested, long current)
    : StoreException($"revision {requested} is newer than the current revision {current}");
