namespace Tugboat.Storage;

/// <summary>
/// The live watchers of a store. The store's single publisher hands it each committed batch; registering a
/// watcher and publishing share one lock, so a new watcher replays exactly the revisions published before it
/// and receives every later one live.
/// </summary>
internal sealed class WatchHub(int channelCapacity, long publishedRevision, EventRing? ring = null)
{
    private readonly Lock gate = new();
    private StoreWatcher[] watchers = [];
    private long published = publishedRevision;
    private bool closed;

    public StoreWatcher Register(string prefix, long afterRevision, IEventHistory history)
    {
        var watcher = new StoreWatcher(prefix, afterRevision, channelCapacity, Unregister);
        lock (gate)
        {
            if (closed)
            {
                watcher.Close();
                return watcher;
            }
            if (afterRevision < published)
            {
                watcher.BeginReplay(history, afterRevision + 1, published);
            }
            watchers = [.. watchers, watcher];
        }
        return watcher;
    }

    /// <summary>Records committed events (in the ring, if any) and offers them to every watcher.</summary>
    public void Publish(IReadOnlyList<WatchEvent> events)
    {
        lock (gate)
        {
            ring?.Append(events);
            published = events[^1].Revision;
            foreach (var watcher in watchers)
            {
                foreach (var e in events)
                {
                    watcher.Offer(e);
                }
            }
        }
    }

    /// <summary>Completes every watcher's channel; later registrations get a completed channel.</summary>
    public void Close()
    {
        StoreWatcher[] all;
        lock (gate)
        {
            closed = true;
            all = watchers;
        }
        foreach (var watcher in all)
        {
            watcher.Close();
        }
    }

    private void Unregister(StoreWatcher watcher)
    {
        lock (gate)
        {
            watchers = Array.FindAll(watchers, w => w != watcher);
        }
    }
}
