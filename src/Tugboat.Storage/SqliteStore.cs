using Microsoft.Data.Sqlite;

namespace Tugboat.Storage;

/// <summary>
/// The durable embedded <see cref="IStore"/>: one SQLite file in kine's shape (WAL, fsync on commit). Writes go
/// through one group-committing writer and are acknowledged only once on disk. Reads of the newest state and
/// watches of recent history are served from memory; older revisions are read from the file. Values are stored
/// by reference in memory: callers must not change an array after handing it over.
/// </summary>
public sealed class SqliteStore : IStore
{
    private readonly KeyIndex index = new();
    private readonly WatchHub hub;
    private readonly SqliteWriter writer;
    private readonly SqliteHistoryReader history;
    private readonly SqliteEventSource events;
    private readonly AutoCompactor? autoCompactor;
    private readonly string readerConnectionString;
    private int disposed;

    /// <summary>Opens the store in <paramref name="path"/>, creating the file if needed and restoring its state.</summary>
    public SqliteStore(string path, SqliteStoreOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        options ??= new SqliteStoreOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.WatchHistoryCapacity, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.WatchChannelCapacity, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxBatchSize, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.CompactionStepRevisions, 1);
        Path = path;

        var connection = SqliteSchema.OpenWriter(path);
        try
        {
            var (live, revision, compacted) = SqliteSchema.Load(connection);
            index.Load(live, revision);
            var ring = new EventRing(options.WatchHistoryCapacity, revision);
            hub = new WatchHub(options.WatchChannelCapacity, revision, ring);
            readerConnectionString = SqliteSchema.ReaderConnectionString(path);
            history = new SqliteHistoryReader(readerConnectionString);
            writer = new SqliteWriter(connection, index, hub, compacted, options);
            events = new SqliteEventSource(ring, history, () => writer.CompactedRevision);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
        if (options.AutoCompactionInterval is { } interval)
        {
            autoCompactor = new AutoCompactor(this, interval, options.AutoCompactionRetainedRevisions);
        }
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    public long CurrentRevision => index.Revision;

    public long CompactedRevision => writer.CompactedRevision;

    public Task<KeyValue?> GetAsync(string key, CancellationToken ct = default)
    {
        ThrowIfDisposed();
        return Task.FromResult(index.Get(key));
    }

    public Task<ListResult> ListAsync(string prefix, string? startKey = null, int limit = 0, long atRevision = 0, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        ArgumentOutOfRangeException.ThrowIfNegative(atRevision);
        ThrowIfDisposed();
        if (atRevision == 0)
        {
            return Task.FromResult(index.List(prefix, startKey, limit));
        }
        var current = index.Revision;
        if (atRevision > current)
        {
            return Task.FromException<ListResult>(new FutureRevisionException(atRevision, current));
        }
        if (index.TryListAt(atRevision, prefix, startKey, limit) is { } newest)
        {
            return Task.FromResult(newest);
        }
        try
        {
            ThrowIfCompacted(atRevision);
            var result = history.ListAt(prefix, startKey, limit, atRevision);
            // Checked again after reading: a compaction that began meanwhile may have removed rows the read needed.
            ThrowIfCompacted(atRevision);
            return Task.FromResult(result);
        }
        catch (Exception e)
        {
            return Task.FromException<ListResult>(e);
        }
    }

    public Task<long> CountAsync(string prefix, CancellationToken ct = default)
    {
        ThrowIfDisposed();
        return Task.FromResult(index.Count(prefix));
    }

    public Task<KeyValue> CreateAsync(string key, byte[] value, CancellationToken ct = default) =>
        Submit(WriteKind.Create, key, value, 0, ct);

    public Task<KeyValue> UpdateAsync(string key, byte[] value, long expectedModRevision, CancellationToken ct = default) =>
        Submit(WriteKind.Update, key, value, expectedModRevision, ct);

    public Task<KeyValue> DeleteAsync(string key, long expectedModRevision, CancellationToken ct = default) =>
        Submit(WriteKind.Delete, key, [], expectedModRevision, ct);

    public IStoreWatch Watch(string prefix, long afterRevision)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(afterRevision);
        ThrowIfDisposed();
        var compacted = writer.CompactedRevision;
        if (afterRevision + 1 < compacted)
        {
            throw new CompactedException(afterRevision, compacted);
        }
        return hub.Register(prefix, afterRevision, events);
    }

    public Task CompactAsync(long revision, CancellationToken ct = default)
    {
        ThrowIfDisposed();
        var current = index.Revision;
        if (revision > current)
        {
            return Task.FromException(new FutureRevisionException(revision, current));
        }
        if (revision <= writer.CompactedRevision)
        {
            return Task.CompletedTask;
        }
        var request = new CompactionRequest(revision);
        writer.Enqueue(request);
        return request.Task;
    }

    /// <summary>Finishes the queued writes, completes every watch, and closes the file.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1)
        {
            return;
        }
        if (autoCompactor is not null)
        {
            await autoCompactor.DisposeAsync();
        }
        writer.Dispose();
        hub.Close();
        using var pooled = new SqliteConnection(readerConnectionString);
        SqliteConnection.ClearPool(pooled);
    }

    private Task<KeyValue> Submit(WriteKind kind, string key, byte[] value, long expectedModRevision, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(value);
        ThrowIfDisposed();
        if (ct.IsCancellationRequested)
        {
            return Task.FromCanceled<KeyValue>(ct);
        }
        var request = new WriteRequest(kind, key, value, expectedModRevision, ct);
        writer.Enqueue(request);
        return request.Task;
    }

    private void ThrowIfCompacted(long revision)
    {
        var compacted = writer.CompactedRevision;
        if (revision < compacted)
        {
            throw new CompactedException(revision, compacted);
        }
    }

    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(Volatile.Read(ref disposed) == 1, this);
}
