namespace Tugboat.Storage.Tests;

/// <summary>The behaviour every <see cref="IStore"/> must have; each store's test class supplies the factory.</summary>
public abstract class StoreContractTests : IAsyncLifetime
{
    private readonly List<IStore> stores = [];

    protected IStore Store { get; private set; } = null!;

    /// <summary>A new, empty store.</summary>
    protected abstract IStore NewStore(int watchChannelCapacity = 10_000);

    protected IStore CreateStore(int watchChannelCapacity = 10_000)
    {
        var store = NewStore(watchChannelCapacity);
        stores.Add(store);
        return store;
    }

    public virtual Task InitializeAsync()
    {
        Store = CreateStore();
        return Task.CompletedTask;
    }

    public virtual async Task DisposeAsync()
    {
        foreach (var store in stores)
        {
            await store.DisposeAsync();
        }
    }

    [Fact]
    public async Task Create_stores_the_value_at_the_next_revision()
    {
        var before = Store.CurrentRevision;

        var created = await Store.CreateAsync("/a", Values.Of("one"));

        created.Key.ShouldBe("/a");
        created.Text().ShouldBe("one");
        created.CreateRevision.ShouldBe(before + 1);
        created.ModRevision.ShouldBe(before + 1);
        Store.CurrentRevision.ShouldBe(before + 1);
        var read = await Store.GetAsync("/a");
        read.ShouldNotBeNull();
        read.Text().ShouldBe("one");
        read.ModRevision.ShouldBe(created.ModRevision);
    }

    [Fact]
    public async Task Get_of_a_missing_key_is_null()
    {
        (await Store.GetAsync("/missing")).ShouldBeNull();
    }

    [Fact]
    public async Task Create_of_an_existing_key_fails_and_uses_no_revision()
    {
        await Store.CreateAsync("/a", Values.Of("one"));
        var revision = Store.CurrentRevision;

        await Should.ThrowAsync<KeyExistsException>(() => Store.CreateAsync("/a", Values.Of("two")));

        Store.CurrentRevision.ShouldBe(revision);
        (await Store.GetAsync("/a"))!.Text().ShouldBe("one");
    }

    [Fact]
    public async Task Update_replaces_the_value_and_keeps_the_create_revision()
    {
        var created = await Store.CreateAsync("/a", Values.Of("one"));

        var updated = await Store.UpdateAsync("/a", Values.Of("two"), created.ModRevision);

        updated.Text().ShouldBe("two");
        updated.CreateRevision.ShouldBe(created.CreateRevision);
        updated.ModRevision.ShouldBe(created.ModRevision + 1);
        (await Store.GetAsync("/a"))!.Text().ShouldBe("two");
    }

    [Fact]
    public async Task Update_with_expected_revision_zero_accepts_any_revision()
    {
        await Store.CreateAsync("/a", Values.Of("one"));
        await Store.UpdateAsync("/a", Values.Of("two"), 0);

        var updated = await Store.UpdateAsync("/a", Values.Of("three"), 0);

        updated.Text().ShouldBe("three");
    }

    [Fact]
    public async Task Update_with_a_stale_revision_is_a_conflict()
    {
        var created = await Store.CreateAsync("/a", Values.Of("one"));
        var updated = await Store.UpdateAsync("/a", Values.Of("two"), created.ModRevision);
        var revision = Store.CurrentRevision;

        var conflict = await Should.ThrowAsync<RevisionConflictException>(() => Store.UpdateAsync("/a", Values.Of("three"), created.ModRevision));

        conflict.ActualRevision.ShouldBe(updated.ModRevision);
        Store.CurrentRevision.ShouldBe(revision);
        (await Store.GetAsync("/a"))!.Text().ShouldBe("two");
    }

    [Fact]
    public async Task Update_of_a_missing_key_is_not_found()
    {
        await Should.ThrowAsync<KeyNotFoundStoreException>(() => Store.UpdateAsync("/missing", Values.Of("x"), 0));
    }

    [Fact]
    public async Task Delete_removes_the_key_and_returns_it_at_the_delete_revision()
    {
        var created = await Store.CreateAsync("/a", Values.Of("one"));

        var deleted = await Store.DeleteAsync("/a", created.ModRevision);

        deleted.Key.ShouldBe("/a");
        deleted.Text().ShouldBe("one");
        deleted.CreateRevision.ShouldBe(created.CreateRevision);
        deleted.ModRevision.ShouldBe(created.ModRevision + 1);
        Store.CurrentRevision.ShouldBe(deleted.ModRevision);
        (await Store.GetAsync("/a")).ShouldBeNull();
        await Should.ThrowAsync<KeyNotFoundStoreException>(() => Store.DeleteAsync("/a", 0));
    }

    [Fact]
    public async Task Delete_with_a_stale_revision_is_a_conflict()
    {
        var created = await Store.CreateAsync("/a", Values.Of("one"));
        await Store.UpdateAsync("/a", Values.Of("two"), 0);

        await Should.ThrowAsync<RevisionConflictException>(() => Store.DeleteAsync("/a", created.ModRevision));

        (await Store.GetAsync("/a")).ShouldNotBeNull();
    }

    [Fact]
    public async Task A_key_created_again_after_delete_gets_a_new_create_revision()
    {
        await Store.CreateAsync("/a", Values.Of("one"));
        await Store.DeleteAsync("/a", 0);

        var again = await Store.CreateAsync("/a", Values.Of("two"));

        again.CreateRevision.ShouldBe(again.ModRevision);
        again.CreateRevision.ShouldBe(Store.CurrentRevision);
    }

    [Fact]
    public async Task A_write_cancelled_before_it_is_submitted_is_not_applied()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Should.ThrowAsync<OperationCanceledException>(() => Store.CreateAsync("/a", Values.Of("1"), cancelled.Token));

        (await Store.GetAsync("/a")).ShouldBeNull();
        Store.CurrentRevision.ShouldBe(0);
    }

    [Fact]
    public async Task Every_successful_write_takes_exactly_the_next_revision()
    {
        var revisions = new List<long>
        {
            (await Store.CreateAsync("/a", Values.Of("1"))).ModRevision,
            (await Store.CreateAsync("/b", Values.Of("1"))).ModRevision,
            (await Store.UpdateAsync("/a", Values.Of("2"), 0)).ModRevision,
        };
        await Should.ThrowAsync<KeyExistsException>(() => Store.CreateAsync("/b", Values.Of("x")));
        revisions.Add((await Store.DeleteAsync("/b", 0)).ModRevision);
        revisions.Add((await Store.CreateAsync("/b", Values.Of("3"))).ModRevision);

        revisions.ShouldBe([1, 2, 3, 4, 5]);
        Store.CurrentRevision.ShouldBe(5);
    }

    [Fact]
    public async Task List_returns_the_keys_under_a_prefix_in_key_order()
    {
        foreach (var key in new[] { "/pods/b", "/pods/a", "/podsx/c", "/pod", "/pods/c/d", "/services/a" })
        {
            await Store.CreateAsync(key, Values.Of(key));
        }

        var list = await Store.ListAsync("/pods/");

        list.Items.Select(kv => kv.Key).ShouldBe(["/pods/a", "/pods/b", "/pods/c/d"]);
        list.Items.ShouldAllBe(kv => kv.Text() == kv.Key);
        list.More.ShouldBeFalse();
        list.Revision.ShouldBe(Store.CurrentRevision);
        (await Store.ListAsync("")).Items.Count.ShouldBe(6);
        (await Store.ListAsync("/nothing/")).Items.ShouldBeEmpty();
    }

    [Fact]
    public async Task List_pages_with_start_key_and_limit()
    {
        for (var i = 0; i < 7; i++)
        {
            await Store.CreateAsync($"/k/{i}", Values.Of(i.ToString()));
        }

        var first = await Store.ListAsync("/k/", limit: 3);
        var second = await Store.ListAsync("/k/", startKey: "/k/3", limit: 3);
        var last = await Store.ListAsync("/k/", startKey: "/k/6", limit: 3);
        var exact = await Store.ListAsync("/k/", limit: 7);

        first.Items.Select(kv => kv.Key).ShouldBe(["/k/0", "/k/1", "/k/2"]);
        first.More.ShouldBeTrue();
        second.Items.Select(kv => kv.Key).ShouldBe(["/k/3", "/k/4", "/k/5"]);
        second.More.ShouldBeTrue();
        last.Items.Select(kv => kv.Key).ShouldBe(["/k/6"]);
        last.More.ShouldBeFalse();
        exact.Items.Count.ShouldBe(7);
        exact.More.ShouldBeFalse();
        (await Store.ListAsync("/k/", startKey: "/k/9")).Items.ShouldBeEmpty();
        (await Store.ListAsync("/k/", startKey: "/a")).Items.Count.ShouldBe(7);
    }

    [Fact]
    public async Task List_at_an_older_revision_returns_the_state_at_that_revision()
    {
        await Store.CreateAsync("/k/a", Values.Of("a1"));
        await Store.CreateAsync("/k/b", Values.Of("b1"));
        await Store.CreateAsync("/other", Values.Of("o1"));
        var then = Store.CurrentRevision;
        await Store.UpdateAsync("/k/a", Values.Of("a2"), 0);
        await Store.DeleteAsync("/k/b", 0);
        await Store.CreateAsync("/k/c", Values.Of("c1"));
        var middle = Store.CurrentRevision;
        await Store.DeleteAsync("/k/c", 0);
        await Store.CreateAsync("/k/b", Values.Of("b2"));

        var old = await Store.ListAsync("/k/", atRevision: then);
        var mid = await Store.ListAsync("/k/", atRevision: middle);
        var paged = await Store.ListAsync("/k/", startKey: "/k/b", limit: 1, atRevision: middle);
        var now = await Store.ListAsync("/k/", atRevision: Store.CurrentRevision);

        old.Revision.ShouldBe(then);
        old.Items.Select(kv => (kv.Key, kv.Text())).ShouldBe([("/k/a", "a1"), ("/k/b", "b1")]);
        old.Items[0].ModRevision.ShouldBe(1);
        mid.Items.Select(kv => (kv.Key, kv.Text())).ShouldBe([("/k/a", "a2"), ("/k/c", "c1")]);
        paged.Items.Select(kv => kv.Key).ShouldBe(["/k/c"]);
        paged.More.ShouldBeFalse();
        now.Items.Select(kv => (kv.Key, kv.Text())).ShouldBe([("/k/a", "a2"), ("/k/b", "b2")]);
        now.Items[1].CreateRevision.ShouldBe(Store.CurrentRevision);
        (await Store.ListAsync("/k/", limit: 1, atRevision: then)).More.ShouldBeTrue();
    }

    [Fact]
    public async Task List_at_a_future_revision_fails()
    {
        await Store.CreateAsync("/a", Values.Of("1"));

        await Should.ThrowAsync<FutureRevisionException>(() => Store.ListAsync("/", atRevision: Store.CurrentRevision + 1));
    }

    [Fact]
    public async Task Count_counts_the_live_keys_under_a_prefix()
    {
        foreach (var key in new[] { "/pods/a", "/pods/b", "/pods/c", "/podsx", "/svc/a" })
        {
            await Store.CreateAsync(key, Values.Of("x"));
        }
        await Store.DeleteAsync("/pods/b", 0);

        (await Store.CountAsync("/pods/")).ShouldBe(2);
        (await Store.CountAsync("/pods")).ShouldBe(3);
        (await Store.CountAsync("")).ShouldBe(4);
        (await Store.CountAsync("/none/")).ShouldBe(0);
    }

    [Fact]
    public async Task Watch_replays_history_after_the_revision_then_delivers_live_events()
    {
        await Store.CreateAsync("/k/a", Values.Of("1"));
        var start = Store.CurrentRevision;
        await Store.CreateAsync("/k/b", Values.Of("1"));
        await Store.UpdateAsync("/k/a", Values.Of("2"), 0);

        using var watch = Store.Watch("/k/", start);
        var replayed = await watch.TakeAsync(2);
        await Store.DeleteAsync("/k/b", 0);
        await Store.CreateAsync("/k/c", Values.Of("1"));
        var live = await watch.TakeAsync(2);

        replayed.Select(e => e.Revision).ShouldBe([2, 3]);
        live.Select(e => e.Revision).ShouldBe([4, 5]);
        live.Select(e => e.Type).ShouldBe([WatchEventType.Delete, WatchEventType.Put]);
        (await watch.StaysQuietAsync(TimeSpan.FromMilliseconds(100))).ShouldBeTrue();
    }

    [Fact]
    public async Task Watch_delivers_only_keys_under_its_prefix()
    {
        using var watch = Store.Watch("/pods/", 0);
        await Store.CreateAsync("/pods/a", Values.Of("1"));
        await Store.CreateAsync("/podsx", Values.Of("1"));
        await Store.CreateAsync("/services/a", Values.Of("1"));
        await Store.UpdateAsync("/pods/a", Values.Of("2"), 0);

        var events = await watch.TakeAsync(2);

        events.Select(e => (e.Current.Key, e.Revision)).ShouldBe([("/pods/a", 1L), ("/pods/a", 4L)]);
        (await watch.StaysQuietAsync(TimeSpan.FromMilliseconds(100))).ShouldBeTrue();
    }

    [Fact]
    public async Task Watch_events_carry_the_previous_value_and_deletes_carry_the_deleted_value()
    {
        using var watch = Store.Watch("/", 0);
        var created = await Store.CreateAsync("/a", Values.Of("one"));
        var updated = await Store.UpdateAsync("/a", Values.Of("two"), 0);
        var deleted = await Store.DeleteAsync("/a", 0);

        var events = await watch.TakeAsync(3);

        events[0].Type.ShouldBe(WatchEventType.Put);
        events[0].IsCreate.ShouldBeTrue();
        Show(events[0].Current).ShouldBe(Show(created));
        events[0].Previous.ShouldBeNull();
        events[1].IsCreate.ShouldBeFalse();
        events[1].Current.Text().ShouldBe("two");
        events[1].Current.ModRevision.ShouldBe(updated.ModRevision);
        events[1].Previous!.Text().ShouldBe("one");
        events[1].Previous!.ModRevision.ShouldBe(created.ModRevision);
        events[2].Type.ShouldBe(WatchEventType.Delete);
        events[2].IsCreate.ShouldBeFalse();
        events[2].Current.ModRevision.ShouldBe(deleted.ModRevision);
        events[2].Current.CreateRevision.ShouldBe(created.CreateRevision);
        events[2].Previous!.Text().ShouldBe("two");
        events[2].Previous!.ModRevision.ShouldBe(updated.ModRevision);
    }

    [Fact]
    public async Task Replayed_events_equal_the_live_ones()
    {
        using var live = Store.Watch("/", 0);
        await Store.CreateAsync("/a", Values.Of("one"));
        await Store.UpdateAsync("/a", Values.Of("two"), 0);
        await Store.DeleteAsync("/a", 0);
        await Store.CreateAsync("/a", Values.Of("three"));
        var seenLive = await live.TakeAsync(4);

        using var replay = Store.Watch("/", 0);
        var replayed = await replay.TakeAsync(4);

        Describe(replayed).ShouldBe(Describe(seenLive));
    }

    [Fact]
    public async Task Watch_from_the_current_revision_delivers_only_new_events()
    {
        await Store.CreateAsync("/a", Values.Of("1"));
        using var watch = Store.Watch("/", Store.CurrentRevision);

        (await watch.StaysQuietAsync(TimeSpan.FromMilliseconds(100))).ShouldBeTrue();
        await Store.CreateAsync("/b", Values.Of("1"));

        (await watch.TakeAsync(1))[0].Current.Key.ShouldBe("/b");
    }

    [Fact]
    public async Task Watch_from_a_future_revision_starts_after_it()
    {
        using var watch = Store.Watch("/", 2);
        await Store.CreateAsync("/a", Values.Of("1"));
        await Store.CreateAsync("/b", Values.Of("1"));
        await Store.CreateAsync("/c", Values.Of("1"));

        (await watch.TakeAsync(1))[0].Revision.ShouldBe(3);
    }

    [Fact]
    public async Task Disposing_a_watch_completes_its_channel()
    {
        var watch = Store.Watch("/", 0);

        watch.Dispose();
        await Store.CreateAsync("/a", Values.Of("1"));

        (await watch.DrainUntilCompletedAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Disposing_the_store_completes_every_watch()
    {
        var store = CreateStore();
        var watch = store.Watch("/", 0);
        await store.CreateAsync("/a", Values.Of("1"));

        await store.DisposeAsync();

        (await watch.DrainUntilCompletedAsync()).Count.ShouldBeLessThanOrEqualTo(1);
    }

    [Fact]
    public async Task A_watcher_that_falls_behind_gets_its_channel_completed_without_blocking_writers()
    {
        var store = CreateStore(watchChannelCapacity: 8);
        using var slow = store.Watch("/", 0);
        using var idle = store.Watch("/other/", 0);

        for (var i = 0; i < 50; i++)
        {
            await store.CreateAsync($"/k/{i}", Values.Of("x")).WaitAsync(TimeSpan.FromSeconds(10));
        }

        var received = await slow.DrainUntilCompletedAsync();
        received.Count.ShouldBeLessThanOrEqualTo(8);
        received.Select(e => e.Revision).ShouldBe(Enumerable.Range(1, received.Count).Select(i => (long)i));
        idle.Events.Completion.IsCompleted.ShouldBeFalse();
    }

    [Fact]
    public async Task Compaction_makes_older_revisions_unavailable_and_keeps_the_newest_values()
    {
        await Store.CreateAsync("/k/a", Values.Of("a1"));
        await Store.CreateAsync("/k/b", Values.Of("b1"));
        await Store.UpdateAsync("/k/a", Values.Of("a2"), 0);
        await Store.DeleteAsync("/k/b", 0);
        await Store.CreateAsync("/k/c", Values.Of("c1"));
        await Store.UpdateAsync("/k/a", Values.Of("a3"), 0);
        var compactAt = Store.CurrentRevision - 1;
        await Store.CreateAsync("/k/d", Values.Of("d1"));

        await Store.CompactAsync(compactAt);

        Store.CompactedRevision.ShouldBe(compactAt);
        var listError = await Should.ThrowAsync<CompactedException>(() => Store.ListAsync("/k/", atRevision: compactAt - 1));
        listError.CompactedRevision.ShouldBe(compactAt);
        Should.Throw<CompactedException>(() => Store.Watch("/k/", compactAt - 2));
        var atCompacted = await Store.ListAsync("/k/", atRevision: compactAt);
        atCompacted.Items.Select(kv => (kv.Key, kv.Text())).ShouldBe([("/k/a", "a2"), ("/k/c", "c1")]);
        var newest = await Store.ListAsync("/k/");
        newest.Items.Select(kv => (kv.Key, kv.Text())).ShouldBe([("/k/a", "a3"), ("/k/c", "c1"), ("/k/d", "d1")]);
        (await Store.GetAsync("/k/a"))!.CreateRevision.ShouldBe(1);
        (await Store.CountAsync("/k/")).ShouldBe(3);
    }

    [Fact]
    public async Task A_watch_may_start_right_before_the_compacted_revision()
    {
        await Store.CreateAsync("/a", Values.Of("1"));
        await Store.UpdateAsync("/a", Values.Of("2"), 0);
        await Store.CreateAsync("/b", Values.Of("1"));
        await Store.DeleteAsync("/b", 0);
        await Store.CreateAsync("/c", Values.Of("1"));

        await Store.CompactAsync(4);
        using var watch = Store.Watch("/", 3);
        var events = await watch.TakeAsync(2);

        events.Select(e => (e.Revision, e.Type)).ShouldBe([(4L, WatchEventType.Delete), (5L, WatchEventType.Put)]);
        events[0].Previous!.Text().ShouldBe("1");
        events[0].Previous!.ModRevision.ShouldBe(3);
    }

    [Fact]
    public async Task Compaction_keeps_the_previous_values_of_events_after_it()
    {
        await Store.CreateAsync("/a", Values.Of("1"));
        await Store.UpdateAsync("/a", Values.Of("2"), 0);
        await Store.UpdateAsync("/a", Values.Of("3"), 0);

        await Store.CompactAsync(3);
        using var watch = Store.Watch("/", 2);
        var update = (await watch.TakeAsync(1))[0];

        update.Current.Text().ShouldBe("3");
        update.Previous!.Text().ShouldBe("2");
        update.Previous!.ModRevision.ShouldBe(2);
    }

    [Fact]
    public async Task Compacting_to_a_future_revision_fails_and_to_an_older_one_does_nothing()
    {
        await Store.CreateAsync("/a", Values.Of("1"));
        await Store.CreateAsync("/b", Values.Of("1"));

        await Should.ThrowAsync<FutureRevisionException>(() => Store.CompactAsync(3));
        await Store.CompactAsync(2);
        await Store.CompactAsync(1);

        Store.CompactedRevision.ShouldBe(2);
    }

    [Fact]
    public async Task Repeated_compactions_keep_the_state_consistent()
    {
        for (var round = 0; round < 5; round++)
        {
            for (var i = 0; i < 10; i++)
            {
                var key = $"/k/{i}";
                if (await Store.GetAsync(key) is null)
                {
                    await Store.CreateAsync(key, Values.Of($"{round}"));
                }
                else if ((i + round) % 3 == 0)
                {
                    await Store.DeleteAsync(key, 0);
                }
                else
                {
                    await Store.UpdateAsync(key, Values.Of($"{round}"), 0);
                }
            }
            var expected = await Store.ListAsync("/k/");
            await Store.CreateAsync($"/z/{round}", Values.Of("later"));
            await Store.CompactAsync(expected.Revision);

            var atCompacted = await Store.ListAsync("/k/", atRevision: expected.Revision);
            atCompacted.Items.Select(Show).ShouldBe(expected.Items.Select(Show));
        }
    }

    [Fact]
    public async Task Parallel_writers_lose_no_acknowledged_write()
    {
        const int writers = 32;
        const int keysPerWriter = 20;
        var acknowledged = await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            var revisions = new List<long>();
            for (var i = 0; i < keysPerWriter; i++)
            {
                var key = $"/p/{w}/{i}";
                var created = await Store.CreateAsync(key, Values.Of($"{key}#0"));
                var updated = await Store.UpdateAsync(key, Values.Of($"{key}#1"), created.ModRevision);
                revisions.Add(created.ModRevision);
                revisions.Add(updated.ModRevision);
            }
            return revisions;
        })));

        var all = acknowledged.SelectMany(r => r).ToList();
        all.Distinct().Count().ShouldBe(writers * keysPerWriter * 2);
        Store.CurrentRevision.ShouldBe(writers * keysPerWriter * 2);
        var list = await Store.ListAsync("/p/");
        list.Items.Count.ShouldBe(writers * keysPerWriter);
        list.Items.ShouldAllBe(kv => kv.Text() == kv.Key + "#1");
        acknowledged.ShouldAllBe(revisions => revisions.SequenceEqual(revisions.Order()));
    }

    [Fact]
    public async Task Racing_writes_to_one_key_have_exactly_one_winner()
    {
        var created = await Store.CreateAsync("/race", Values.Of("0"));

        var creates = Enumerable.Range(0, 16).Select(i => Store.CreateAsync("/race-create", Values.Of($"{i}"))).ToList();
        var updates = Enumerable.Range(0, 16).Select(i => Store.UpdateAsync("/race", Values.Of($"{i}"), created.ModRevision)).ToList();
        await Task.WhenAll(creates.Concat(updates).Select(t => t.ContinueWith(_ => { }, TaskScheduler.Default)));

        creates.Count(t => t.IsCompletedSuccessfully).ShouldBe(1);
        creates.Where(t => t.IsFaulted).ShouldAllBe(t => t.Exception!.InnerException is KeyExistsException);
        updates.Count(t => t.IsCompletedSuccessfully).ShouldBe(1);
        updates.Where(t => t.IsFaulted).ShouldAllBe(t => t.Exception!.InnerException is RevisionConflictException);
        Store.CurrentRevision.ShouldBe(3);
    }

    [Fact]
    public async Task Watches_see_every_revision_once_in_order_while_writers_run()
    {
        using var fromStart = Store.Watch("/", 0);
        var writers = Enumerable.Range(0, 8).Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < 50; i++)
            {
                var key = $"/w/{w}/{i % 5}";
                if (await Store.GetAsync(key) is null)
                {
                    await Store.CreateAsync(key, Values.Of($"{i}"));
                }
                else
                {
                    await Store.UpdateAsync(key, Values.Of($"{i}"), 0);
                }
            }
        })).ToList();
        await Task.Delay(5);
        using var joinedLater = Store.Watch("/", 0);
        await Task.WhenAll(writers);

        var total = (int)Store.CurrentRevision;
        (await fromStart.TakeAsync(total)).Select(e => e.Revision).ShouldBe(Enumerable.Range(1, total).Select(i => (long)i));
        (await joinedLater.TakeAsync(total)).Select(e => e.Revision).ShouldBe(Enumerable.Range(1, total).Select(i => (long)i));
        (await joinedLater.StaysQuietAsync(TimeSpan.FromMilliseconds(50))).ShouldBeTrue();
    }

    [Fact]
    public async Task Past_lists_agree_with_the_watched_history_while_writers_and_compaction_run()
    {
        using var everything = Store.Watch("/", 0);
        using var stop = new CancellationTokenSource();
        var writers = Enumerable.Range(0, 8).Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < 150; i++)
            {
                var key = $"/s/{w}/{i % 6}";
                var current = await Store.GetAsync(key);
                if (current is null)
                {
                    await Store.CreateAsync(key, Values.Of($"{w}.{i}"));
                }
                else if (i % 4 == 0)
                {
                    await Store.DeleteAsync(key, current.ModRevision);
                }
                else
                {
                    await Store.UpdateAsync(key, Values.Of($"{w}.{i}"), current.ModRevision);
                }
                await Task.Yield();
            }
        })).ToList();
        var compactor = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                await Store.CompactAsync(Math.Max(Store.CurrentRevision - 30, 0));
                await Task.Delay(2);
            }
        });
        var snapshots = new List<ListResult>();
        var snapshotsTaken = 0;
        var lister = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var revision = Store.CurrentRevision - 10;
                if (revision <= 0)
                {
                    await Task.Yield();
                    continue;
                }
                try
                {
                    snapshots.Add(await Store.ListAsync("/s/", atRevision: revision));
                    Interlocked.Increment(ref snapshotsTaken);
                }
                catch (CompactedException)
                {
                    // compaction overtook the read; the next one asks for a newer revision
                }
                await Task.Delay(1);
            }
        });
        await Task.WhenAll(writers);
        while (Volatile.Read(ref snapshotsTaken) < 3)
        {
            await Task.Delay(1);
        }
        await stop.CancelAsync();
        await Task.WhenAll(compactor, lister);

        var total = (int)Store.CurrentRevision;
        var history = await everything.TakeAsync(total);
        history.Select(e => e.Revision).ShouldBe(Enumerable.Range(1, total).Select(i => (long)i));
        snapshots.ShouldNotBeEmpty();
        foreach (var snapshot in snapshots)
        {
            var state = new SortedDictionary<string, KeyValue>(StringComparer.Ordinal);
            foreach (var e in history.TakeWhile(e => e.Revision <= snapshot.Revision))
            {
                if (e.Type == WatchEventType.Delete)
                {
                    state.Remove(e.Current.Key);
                }
                else
                {
                    state[e.Current.Key] = e.Current;
                }
            }
            snapshot.Items.Select(Show).ShouldBe(state.Values.Select(Show), $"list at revision {snapshot.Revision}");
        }
    }

    [Fact]
    public async Task Values_round_trip_byte_for_byte()
    {
        var value = new byte[64 * 1024];
        new Random(7).NextBytes(value);
        var empty = Array.Empty<byte>();

        await Store.CreateAsync("/big", value);
        await Store.CreateAsync("/empty", empty);
        await Store.CreateAsync("/ключ/☃", Values.Of("unicode"));

        (await Store.GetAsync("/big"))!.Value.ShouldBe(value);
        (await Store.GetAsync("/empty"))!.Value.ShouldBeEmpty();
        (await Store.ListAsync("/ключ/")).Items.Single().Text().ShouldBe("unicode");
        var atRevision = await Store.ListAsync("/", atRevision: 2);
        atRevision.Items.Select(kv => kv.Value.Length).ShouldBe([value.Length, 0]);
    }

    protected static string Show(KeyValue kv) => $"{kv.Key}={kv.Text()}@{kv.CreateRevision}/{kv.ModRevision}";

    protected static List<string> Describe(IEnumerable<WatchEvent> events) => events
        .Select(e => $"{e.Type} {Show(e.Current)} " + (e.Previous is null ? "-" : Show(e.Previous)))
        .ToList();
}
