using System.Collections.Concurrent;

namespace Tugboat.Storage;

/// <summary>
/// Work for the writer thread: many producers, one consumer that blocks while it is empty. A producer wakes the
/// consumer directly, without a hop through the thread pool, which keeps group-commit latency low on a busy machine.
/// </summary>
internal sealed class WriterQueue : IDisposable
{
    private readonly ConcurrentQueue<object> items = new();
    private readonly ManualResetEventSlim available = new(false);
    private readonly Lock completionGate = new();
    private bool completed;

    /// <summary>Adds work; false once the queue is completed.</summary>
    public bool TryAdd(object work)
    {
        lock (completionGate)
        {
            if (completed)
            {
                return false;
            }
            items.Enqueue(work);
        }
        available.Set();
        return true;
    }

    public bool TryTake(out object work) => items.TryDequeue(out work!);

    /// <summary>True once completed and drained.</summary>
    public bool IsFinished => Volatile.Read(ref completed) && items.IsEmpty;

    /// <summary>Blocks the consumer until there is work or the queue is completed; false when it is finished.</summary>
    public bool WaitForWork()
    {
        while (items.IsEmpty)
        {
            if (Volatile.Read(ref completed))
            {
                return false;
            }
            available.Reset();
            // Re-checked after the reset: an item added before it would otherwise sleep unnoticed.
            if (items.IsEmpty && !Volatile.Read(ref completed))
            {
                available.Wait();
            }
        }
        return true;
    }

    /// <summary>Refuses further work; what is queued stays for the consumer to drain.</summary>
    public void Complete()
    {
        lock (completionGate)
        {
            completed = true;
        }
        available.Set();
    }

    /// <summary>Call once the consumer has stopped.</summary>
    public void Dispose() => available.Dispose();
}
