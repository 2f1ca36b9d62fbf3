namespace Tugboat.Storage;

/// <summary>Compacts a store periodically, keeping either the newest N revisions or one interval of history.</summary>
internal sealed class AutoCompactor : IAsyncDisposable
{
    private readonly IStore store;
    private readonly long? retainedRevisions;
    private readonly PeriodicTimer timer;
    private readonly Task loop;

    public AutoCompactor(IStore store, TimeSpan interval, long? retainedRevisions)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(interval, TimeSpan.Zero);
        if (retainedRevisions is { } retained)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(retained);
        }
        this.store = store;
        this.retainedRevisions = retainedRevisions;
        timer = new PeriodicTimer(interval);
        loop = Task.Run(RunAsync);
    }

    public async ValueTask DisposeAsync()
    {
        timer.Dispose();
        await loop;
    }

    private async Task RunAsync()
    {
        var revisionAtPreviousRun = store.CurrentRevision;
        while (await timer.WaitForNextTickAsync())
        {
            var current = store.CurrentRevision;
            var target = retainedRevisions is { } retained ? current - retained : revisionAtPreviousRun;
            revisionAtPreviousRun = current;
            if (target <= store.CompactedRevision)
            {
                continue;
            }
            try
            {
                await store.CompactAsync(target);
            }
            catch (ObjectDisposedException)
            {
                return;
            }
            catch (Exception)
            {
                // A failed run (say, a full disk) leaves history longer than wanted; the next run tries again.
            }
        }
    }
}
