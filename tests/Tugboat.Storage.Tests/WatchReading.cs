namespace Tugboat.Storage.Tests;

internal static class WatchReading
{
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);

    /// <summary>Reads exactly <paramref name="count"/> events, failing if they do not arrive in time.</summary>
    public static async Task<List<WatchEvent>> TakeAsync(this IStoreWatch watch, int count, TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? DefaultTimeout);
        var events = new List<WatchEvent>(count);
        while (events.Count < count)
        {
            events.Add(await watch.Events.ReadAsync(cts.Token));
        }
        return events;
    }

    /// <summary>True when no event arrives within <paramref name="wait"/> (a completed channel counts as quiet).</summary>
    public static async Task<bool> StaysQuietAsync(this IStoreWatch watch, TimeSpan wait)
    {
        using var cts = new CancellationTokenSource(wait);
        try
        {
            return !await watch.Events.WaitToReadAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            return true;
        }
    }

    /// <summary>Reads whatever arrives until the channel completes.</summary>
    public static async Task<List<WatchEvent>> DrainUntilCompletedAsync(this IStoreWatch watch, TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? DefaultTimeout);
        var events = new List<WatchEvent>();
        await foreach (var e in watch.Events.ReadAllAsync(cts.Token))
        {
            events.Add(e);
        }
        return events;
    }
}
