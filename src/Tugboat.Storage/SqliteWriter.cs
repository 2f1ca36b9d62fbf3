using Microsoft.Data.Sqlite;

namespace Tugboat.Storage;

/// <summary>
/// The one thread that writes the SQLite file. It drains every queued write into a single transaction (group
/// commit), judging each write's precondition against the newest state plus the batch's own earlier writes, so a
/// refused write fails alone. Only after the commit is on disk does it update the index, publish the events and
/// complete the writes' tasks. Compactions run here too, in bounded steps between batches.
/// </summary>
internal sealed class SqliteWriter : IDisposable
{
    private static readonly object False = 0L;
    private static readonly object True = 1L;

    private readonly SqliteConnection connection;
    private readonly KeyIndex index;
    private readonly WatchHub hub;
    private readonly int maxBatchSize;
    private readonly long compactionStepRevisions;
    private readonly WriterQueue queue = new();
    private readonly Thread thread;

    private readonly SqliteCommand insert;
    private readonly SqliteParameter id, name, created, deleted, createRevision, prevRevision, value, oldValue;
    private readonly SqliteCommand[] compactionCommands;

    /// <summary>The state this batch has written so far (null = deleted), overriding the index.</summary>
    private readonly Dictionary<string, KeyValue?> staged = new(KeyRange.Comparer);
    private readonly List<WatchEvent> changes = [];
    private long compacted;

    public SqliteWriter(SqliteConnection connection, KeyIndex index, WatchHub hub, long compactedRevision, SqliteStoreOptions options)
    {
        this.connection = connection;
        this.index = index;
        this.hub = hub;
        maxBatchSize = options.MaxBatchSize;
        compactionStepRevisions = options.CompactionStepRevisions;
        compacted = compactedRevision;

        insert = connection.CreateCommand();
        insert.CommandText = """
            INSERT INTO kine (id, name, created, deleted, create_revision, prev_revision, value, old_value)
            VALUES ($id, $name, $created, $deleted, $create_revision, $prev_revision, $value, $old_value)
            """;
        id = insert.Parameters.Add("$id", SqliteType.Integer);
        name = insert.Parameters.Add("$name", SqliteType.Text);
        created = insert.Parameters.Add("$created", SqliteType.Integer);
        deleted = insert.Parameters.Add("$deleted", SqliteType.Integer);
        createRevision = insert.Parameters.Add("$create_revision", SqliteType.Integer);
        prevRevision = insert.Parameters.Add("$prev_revision", SqliteType.Integer);
        value = insert.Parameters.Add("$value", SqliteType.Blob);
        oldValue = insert.Parameters.Add("$old_value", SqliteType.Blob);
        insert.Prepare();

        compactionCommands =
        [
            // A version superseded at or before the new compacted revision is no longer anyone's state;
            // its successor keeps the replaced value in old_value for watchers.
            CompactionCommand("DELETE FROM kine WHERE id IN (SELECT prev_revision FROM kine WHERE id > $from AND id <= $to AND prev_revision != 0)"),
            // Tombstones older than the compacted revision; one at exactly that revision is still a watchable event.
            CompactionCommand("DELETE FROM kine WHERE deleted = 1 AND id >= $from AND id < $to"),
            CompactionCommand($"INSERT OR REPLACE INTO meta (name, value) VALUES ('{SqliteSchema.CompactedRevisionName}', $to)"),
        ];

        thread = new Thread(Run) { IsBackground = true, Name = "Tugboat.Storage SQLite writer" };
        thread.Start();
    }

    public long CompactedRevision => Volatile.Read(ref compacted);

    /// <summary>Queues a <see cref="WriteRequest"/> or <see cref="CompactionRequest"/>.</summary>
    public void Enqueue(object work)
    {
        if (!queue.TryAdd(work))
        {
            throw new ObjectDisposedException(nameof(SqliteStore));
        }
    }

    /// <summary>Finishes every queued write, abandons unfinished compactions, and closes the connection.</summary>
    public void Dispose()
    {
        queue.Complete();
        thread.Join();
        queue.Dispose();
        insert.Dispose();
        foreach (var command in compactionCommands)
        {
            command.Dispose();
        }
        connection.Dispose();
    }

    private void Run()
    {
        var batch = new List<WriteRequest>(maxBatchSize);
        var compactions = new Queue<CompactionRequest>();
        while (true)
        {
            if (compactions.Count == 0 && !queue.WaitForWork())
            {
                break;
            }
            if (compactions.Count > 0 && queue.IsFinished)
            {
                break;
            }
            while (batch.Count < maxBatchSize && queue.TryTake(out var work))
            {
                if (work is WriteRequest write)
                {
                    batch.Add(write);
                }
                else
                {
                    compactions.Enqueue((CompactionRequest)work);
                }
            }
            if (batch.Count > 0)
            {
                Commit(batch);
                batch.Clear();
            }
            if (compactions.TryPeek(out var compaction) && CompactStep(compaction))
            {
                compactions.Dequeue();
            }
        }
        foreach (var compaction in compactions)
        {
            compaction.TrySetException(new ObjectDisposedException(nameof(SqliteStore)));
        }
    }

    private void Commit(List<WriteRequest> batch)
    {
        staged.Clear();
        changes.Clear();
        var revision = index.Revision;
        try
        {
            using var transaction = connection.BeginTransaction();
            insert.Transaction = transaction;
            foreach (var request in batch)
            {
                if (request.Cancellation.IsCancellationRequested)
                {
                    request.Error = new OperationCanceledException(request.Cancellation);
                    continue;
                }
                var current = staged.TryGetValue(request.Key, out var stagedValue) ? stagedValue : index.Get(request.Key);
                request.Error = WriteRules.Check(request.Kind, request.Key, current, request.ExpectedModRevision);
                if (request.Error is not null)
                {
                    continue;
                }
                var change = WriteRules.Apply(request.Kind, request.Key, request.Value, current, ++revision);
                Insert(change);
                staged[request.Key] = change.Type == WatchEventType.Delete ? null : change.Current;
                request.Result = change.Current;
                changes.Add(change);
            }
            if (changes.Count > 0)
            {
                transaction.Commit();
            }
        }
        catch (Exception e)
        {
            // Nothing of the batch is on disk: every write in it fails, including those judged against it.
            foreach (var request in batch)
            {
                request.TrySetException(e);
            }
            return;
        }
        if (changes.Count > 0)
        {
            index.Apply(changes, revision);
            hub.Publish(changes);
        }
        foreach (var request in batch)
        {
            switch (request.Error)
            {
                case null:
                    request.TrySetResult(request.Result!);
                    break;
                case OperationCanceledException:
                    request.TrySetCanceled(request.Cancellation);
                    break;
                default:
                    request.TrySetException(request.Error);
                    break;
            }
        }
    }

    private void Insert(WatchEvent change)
    {
        var current = change.Current;
        var previous = change.Previous;
        var isDelete = change.Type == WatchEventType.Delete;
        id.Value = current.ModRevision;
        name.Value = current.Key;
        created.Value = change.IsCreate ? True : False;
        deleted.Value = isDelete ? True : False;
        createRevision.Value = current.CreateRevision;
        prevRevision.Value = previous?.ModRevision ?? 0L;
        value.Value = current.Value;
        oldValue.Value = previous is not null && !isDelete ? previous.Value : DBNull.Value;
        insert.ExecuteNonQuery();
    }

    /// <summary>Compacts one step towards the request's revision; true when the request is finished.</summary>
    private bool CompactStep(CompactionRequest request)
    {
        var from = compacted;
        if (request.Revision <= from)
        {
            request.TrySetResult();
            return true;
        }
        var to = Math.Min(request.Revision, from + compactionStepRevisions);
        // Published before the rows go, so a reader of history that checks it after reading never misses a gap.
        Volatile.Write(ref compacted, to);
        try
        {
            using var transaction = connection.BeginTransaction();
            foreach (var command in compactionCommands)
            {
                command.Transaction = transaction;
                command.Parameters["$from"].Value = from;
                command.Parameters["$to"].Value = to;
                command.ExecuteNonQuery();
            }
            transaction.Commit();
        }
        catch (Exception e)
        {
            Volatile.Write(ref compacted, from);
            request.TrySetException(e);
            return true;
        }
        if (to < request.Revision)
        {
            return false;
        }
        request.TrySetResult();
        return true;
    }

    private SqliteCommand CompactionCommand(string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.Add("$from", SqliteType.Integer);
        command.Parameters.Add("$to", SqliteType.Integer);
        return command;
    }
}
