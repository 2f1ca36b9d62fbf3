namespace Tugboat.Storage.Tests;

/// <summary>
/// The child process of the crash test, run as <c>dotnet Tugboat.Storage.Tests.dll crash-writer DB</c>: many
/// writers create and update keys and print "KEY GENERATION" for every acknowledged write until killed.
/// </summary>
public static class CrashWriter
{
    public const string Command = "crash-writer";
    public const int Writers = 32;

    /// <summary>Stops by itself if nobody kills it.</summary>
    private static readonly TimeSpan MaxRunTime = TimeSpan.FromSeconds(60);

    public static async Task<int> RunAsync(string path)
    {
        await using var store = new SqliteStore(path, new SqliteStoreOptions { AutoCompactionInterval = null });
        var output = Console.Out;
        var outputLock = new Lock();
        using var stop = new CancellationTokenSource(MaxRunTime);
        await Task.WhenAll(Enumerable.Range(0, Writers).Select(writer => Task.Run(async () =>
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                var key = $"/crash/{writer}/{i / 2}";
                var generation = i % 2;
                var value = ValueOf(key, generation);
                if (generation == 0)
                {
                    await store.CreateAsync(key, value);
                }
                else
                {
                    await store.UpdateAsync(key, value, 0);
                }
                lock (outputLock)
                {
                    output.Write($"{key} {generation}\n");
                    output.Flush();
                }
            }
        })));
        return 0;
    }

    /// <summary>A 1 KiB value that names its key and generation.</summary>
    public static byte[] ValueOf(string key, int generation)
    {
        var value = new byte[1024];
        Values.Of($"{key} {generation}").CopyTo(value, 0);
        return value;
    }
}
