using Microsoft.Data.Sqlite;

namespace Tugboat.Storage.Tests;

public sealed class SqliteStoreTests : StoreContractTests, IDisposable
{
    private static readonly SqliteStoreOptions NoAutoCompaction = new() { AutoCompactionInterval = null };

    private readonly TempDirectory directory = new();
    private int files;

    /// <summary>A small event ring and small compaction steps, so the contract also exercises reads of the file and stepwise compaction.</summary>
    protected override IStore NewStore(int watchChannelCapacity = 10_000) =>
        new SqliteStore(directory.File($"store{files++}.db"), NoAutoCompaction with
        {
            WatchChannelCapacity = watchChannelCapacity,
            WatchHistoryCapacity = 64,
            CompactionStepRevisions = 7,
        });

    public void Dispose() => directory.Dispose();

    [Fact]
    public async Task Reopening_restores_keys_history_and_the_revision_counter()
    {
        var path = directory.File("reopen.db");
        List<string> history;
        ListResult before;
        long midway;
        await using (var store = new SqliteStore(path, NoAutoCompaction))
        {
            using var watch = store.Watch("/", 0);
            await store.CreateAsync("/k/a", Values.Of("a1"));
            await store.CreateAsync("/k/b", Values.Of("b1"));
            midway = store.CurrentRevision;
            await store.UpdateAsync("/k/a", Values.Of("a2"), 0);
            await store.DeleteAsync("/k/b", 0);
            await store.CreateAsync("/k/c", Values.Of("c1"));
            history = Describe(await watch.TakeAsync(5));
            before = await store.ListAsync("/");
        }

        await using var reopened = new SqliteStore(path, NoAutoCompaction);

        reopened.CurrentRevision.ShouldBe(5);
        reopened.CompactedRevision.ShouldBe(0);
        (await reopened.ListAsync("/")).Items.Select(Show).ShouldBe(before.Items.Select(Show));
        (await reopened.GetAsync("/k/a"))!.Text().ShouldBe("a2");
        (await reopened.GetAsync("/k/b")).ShouldBeNull();
        (await reopened.CountAsync("/k/")).ShouldBe(2);
        (await reopened.ListAsync("/k/", atRevision: midway)).Items.Select(kv => kv.Text()).ShouldBe(["a1", "b1"]);
        using (var replay = reopened.Watch("/", 0))
        {
            Describe(await replay.TakeAsync(5)).ShouldBe(history);
        }
        var next = await reopened.CreateAsync("/k/d", Values.Of("d1"));
        next.ModRevision.ShouldBe(6);
    }

    [Fact]
    public async Task Reopening_restores_the_compacted_revision()
    {
        var path = directory.File("compacted.db");
        await using (var store = new SqliteStore(path, NoAutoCompaction))
        {
            await store.CreateAsync("/a", Values.Of("1"));
            await store.UpdateAsync("/a", Values.Of("2"), 0);
            await store.CreateAsync("/b", Values.Of("1"));
            await store.DeleteAsync("/b", 0);
            await store.CompactAsync(4);
        }

        await using var reopened = new SqliteStore(path, NoAutoCompaction);

        reopened.CompactedRevision.ShouldBe(4);
        reopened.CurrentRevision.ShouldBe(4);
        await Should.ThrowAsync<CompactedException>(() => reopened.ListAsync("/", atRevision: 3));
        Should.Throw<CompactedException>(() => reopened.Watch("/", 2));
        (await reopened.ListAsync("/")).Items.Select(Show).ShouldBe(["/a=2@1/2"]);
        (await reopened.CreateAsync("/c", Values.Of("1"))).ModRevision.ShouldBe(5);
    }

    [Fact]
    public async Task Compaction_removes_superseded_rows_and_old_tombstones_from_the_file()
    {
        var path = directory.File("rows.db");
        await using var store = new SqliteStore(path, NoAutoCompaction);
        await store.CreateAsync("/a", Values.Of("1"));
        await store.UpdateAsync("/a", Values.Of("2"), 0);
        await store.CreateAsync("/b", Values.Of("1"));
        await store.DeleteAsync("/b", 0);
        await store.UpdateAsync("/a", Values.Of("3"), 0);
        await store.CreateAsync("/c", Values.Of("1"));

        await store.CompactAsync(6);

        RowIds(path).ShouldBe([5, 6]);
    }

    [Fact]
    public async Task The_file_is_in_WAL_mode_with_one_kine_row_per_revision()
    {
        var path = directory.File("shape.db");
        await using var store = new SqliteStore(path, NoAutoCompaction);
        await store.CreateAsync("/a", Values.Of("1"));
        await store.UpdateAsync("/a", Values.Of("2"), 0);
        await store.DeleteAsync("/a", 0);

        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        ((string)command.ExecuteScalar()!).ShouldBe("wal");
        RowIds(path).ShouldBe([1, 2, 3]);
    }

    [Fact]
    public async Task A_watch_older_than_the_in_memory_history_reads_the_file_then_continues_live()
    {
        await using var store = new SqliteStore(directory.File("ring.db"), NoAutoCompaction with { WatchHistoryCapacity = 16 });
        await WriteMixedAsync(store, "/r/", 200);

        using var watch = store.Watch("/r/", 10);
        var writer = Task.Run(() => WriteMixedAsync(store, "/r/", 300));
        await writer;
        var total = (int)store.CurrentRevision;
        var events = await watch.TakeAsync(total - 10);
        using var again = store.Watch("/r/", 10);
        var replayed = await again.TakeAsync(total - 10);

        events.Select(e => e.Revision).ShouldBe(Enumerable.Range(11, total - 10).Select(i => (long)i));
        AssertPreviousValuesChain(events);
        Describe(replayed).ShouldBe(Describe(events));
        (await watch.StaysQuietAsync(TimeSpan.FromMilliseconds(50))).ShouldBeTrue();
    }

    [Fact]
    public async Task A_prefix_watch_from_the_file_skips_other_keys()
    {
        await using var store = new SqliteStore(directory.File("ring-prefix.db"), NoAutoCompaction with { WatchHistoryCapacity = 4 });
        for (var i = 0; i < 40; i++)
        {
            await store.CreateAsync(i % 4 == 0 ? $"/mine/{i}" : $"/other/{i}", Values.Of("x"));
        }

        using var watch = store.Watch("/mine/", 0);
        var events = await watch.TakeAsync(10);

        events.Select(e => e.Current.Key).ShouldBe(Enumerable.Range(0, 10).Select(i => $"/mine/{i * 4}"));
    }

    [Fact]
    public async Task Automatic_compaction_keeps_the_configured_number_of_revisions()
    {
        await using var store = new SqliteStore(directory.File("auto.db"), new SqliteStoreOptions
        {
            AutoCompactionInterval = TimeSpan.FromMilliseconds(50),
            AutoCompactionRetainedRevisions = 10,
        });
        await WriteMixedAsync(store, "/a/", 100);

        await WaitUntilAsync(() => store.CompactedRevision == 90);

        (await store.ListAsync("/a/", atRevision: 90)).Revision.ShouldBe(90);
        await Should.ThrowAsync<CompactedException>(() => store.ListAsync("/a/", atRevision: 89));
    }

    [Fact]
    public async Task Automatic_compaction_by_default_keeps_one_interval_of_history()
    {
        await using var store = new SqliteStore(directory.File("auto-interval.db"), new SqliteStoreOptions
        {
            AutoCompactionInterval = TimeSpan.FromMilliseconds(100),
        });
        await WriteMixedAsync(store, "/a/", 20);

        await WaitUntilAsync(() => store.CompactedRevision == 20);
        await store.CreateAsync("/b", Values.Of("1"));

        await WaitUntilAsync(() => store.CompactedRevision == 21);
    }

    [Fact]
    public async Task Writes_queued_before_dispose_are_committed()
    {
        var path = directory.File("dispose.db");
        List<Task<KeyValue>> writes;
        await using (var store = new SqliteStore(path, NoAutoCompaction))
        {
            writes = Enumerable.Range(0, 200).Select(i => store.CreateAsync($"/d/{i}", Values.Of("x"))).ToList();
        }

        writes.ShouldAllBe(w => w.IsCompletedSuccessfully);
        File.Exists(path + "-wal").ShouldBeFalse("closing checkpoints the log into the file");
        await using var reopened = new SqliteStore(path, NoAutoCompaction);
        (await reopened.CountAsync("/d/")).ShouldBe(200);
    }

    [Fact]
    public async Task A_disposed_store_refuses_work()
    {
        var store = new SqliteStore(directory.File("disposed.db"), NoAutoCompaction);
        await store.DisposeAsync();

        Should.Throw<ObjectDisposedException>(() => store.CreateAsync("/a", Values.Of("1")));
        Should.Throw<ObjectDisposedException>(() => store.Watch("/", 0));
        await store.DisposeAsync();
    }

    /// <summary>Creates, updates and deletes keys under <paramref name="prefix"/>, <paramref name="writes"/> writes in all.</summary>
    private static async Task WriteMixedAsync(IStore store, string prefix, int writes)
    {
        for (var i = 0; i < writes; i++)
        {
            var key = $"{prefix}{i % 7}";
            var current = await store.GetAsync(key);
            if (current is null)
            {
                await store.CreateAsync(key, Values.Of($"{i}"));
            }
            else if (i % 5 == 0)
            {
                await store.DeleteAsync(key, current.ModRevision);
            }
            else
            {
                await store.UpdateAsync(key, Values.Of($"{i}"), current.ModRevision);
            }
        }
    }

    /// <summary>Each event's Previous is what the last event for the same key left.</summary>
    private static void AssertPreviousValuesChain(IEnumerable<WatchEvent> events)
    {
        var last = new Dictionary<string, WatchEvent>();
        foreach (var e in events)
        {
            if (last.TryGetValue(e.Current.Key, out var before))
            {
                if (before.Type == WatchEventType.Delete)
                {
                    e.IsCreate.ShouldBeTrue();
                    e.Previous.ShouldBeNull();
                }
                else
                {
                    Show(e.Previous!).ShouldBe(Show(before.Current));
                }
            }
            last[e.Current.Key] = e;
        }
    }

    private static List<long> RowIds(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id FROM kine ORDER BY id";
        using var reader = command.ExecuteReader();
        var ids = new List<long>();
        while (reader.Read())
        {
            ids.Add(reader.GetInt64(0));
        }
        return ids;
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (!condition())
        {
            DateTime.UtcNow.ShouldBeLessThan(deadline, "condition not reached in time");
            await Task.Delay(10);
        }
    }
}
