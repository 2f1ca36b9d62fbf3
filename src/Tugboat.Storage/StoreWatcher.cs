using System.Threading.Channels;

namespace Tugboat.Storage;

/// <summary>
/// One watch: a bounded channel fed by the store's publisher. A new watcher first replays history up to the
/// revision it registered at; live events published meanwhile wait in a bounded queue and follow the replay, so
/// the consumer sees every event once, in revision order. A consumer that falls a full channel behind gets its
/// channel completed instead of slowing the writers.
/// </summary>
internal sealed class StoreWatcher : IStoreWatch
{
    private const int ReplayChunk = 256;

    private readonly Channel<WatchEvent> channel;
    private readonly string prefix;
    private readonly long afterRevision;
    private readonly int capacity;
    private readonly Action<StoreWatcher> unregister;
    private readonly CancellationTokenSource stop = new();
    private readonly Lock gate = new();
    private Queue<WatchEvent>? heldDuringReplay;
    private volatile bool closed;

    public StoreWatcher(string prefix, long afterRevision, int capacity, Action<StoreWatcher> unregister)
    {
        this.prefix = prefix;
        this.afterRevision = afterRevision;
        this.capacity = capacity;
        this.unregister = unregister;
        channel = Channel.CreateBounded<WatchEvent>(new BoundedChannelOptions(capacity)
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleWriter = false,
            SingleReader = false,
            AllowSynchronousContinuations = false,
        });
    }

    public ChannelReader<WatchEvent> Events => channel.Reader;

    /// <summary>Starts replaying <paramref name="from"/>..<paramref name="to"/>; call before the first <see cref="Offer"/>.</summary>
    public void BeginReplay(IEventHistory history, long from, long to)
    {
        heldDuringReplay = new Queue<WatchEvent>();
        _ = Task.Run(() => ReplayAsync(history, from, to));
    }

    /// <summary>Delivers a live event. Called by one publisher at a time, in revision order.</summary>
    public void Offer(WatchEvent e)
    {
        if (closed || e.Revision <= afterRevision || !KeyRange.HasPrefix(e.Current.Key, prefix))
        {
            return;
        }
        lock (gate)
        {
            if (heldDuringReplay is { } held)
            {
                if (held.Count >= capacity)
                {
                    Close();
                }
                else
                {
                    held.Enqueue(e);
                }
                return;
            }
        }
        if (!channel.Writer.TryWrite(e))
        {
            Close();
        }
    }

    /// <summary>Completes the channel: the consumer reads what is buffered, then must re-list.</summary>
    public void Close()
    {
        if (closed)
        {
            return;
        }
        closed = true;
        stop.Cancel();
        channel.Writer.TryComplete();
        unregister(this);
    }

    public void Dispose() => Close();

    private async Task ReplayAsync(IEventHistory history, long from, long to)
    {
        try
        {
            var chunk = new List<WatchEvent>(ReplayChunk);
            for (var next = from; next <= to;)
            {
                chunk.Clear();
                next = history.Read(prefix, next, to, chunk, ReplayChunk);
                foreach (var e in chunk)
                {
                    await channel.Writer.WriteAsync(e, stop.Token);
                }
            }
            while (true)
            {
                WatchEvent[] held;
                lock (gate)
                {
                    if (heldDuringReplay!.Count == 0)
                    {
                        heldDuringReplay = null;
                        return;
                    }
                    held = heldDuringReplay.ToArray();
                    heldDuringReplay.Clear();
                }
                foreach (var e in held)
                {
                    await channel.Writer.WriteAsync(e, stop.Token);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // disposed or closed while replaying
        }
        catch (ChannelClosedException)
        {
            // closed while replaying
        }
        catch (Exception)
        {
            // history compacted away or unreadable mid-replay: the consumer must re-list, exactly as after an overflow
            Close();
        }
    }
}
