using System.Diagnostics;
using System.Text;

namespace Tugboat.Storage.Tests;

[Collection(SerialCollection.Name)]
public sealed class SqliteCrashTests : IDisposable
{
    /// <summary>Acknowledged writes to wait for before the kill, so it lands while the writers are busy.</summary>
    private const int AcknowledgedBeforeKill = 3000;

    private readonly TempDirectory directory = new();

    public void Dispose() => directory.Dispose();

    [Fact]
    public async Task A_writer_killed_mid_storm_loses_no_acknowledged_write()
    {
        var path = directory.File("crash.db");
        var printed = await RunAndKillWriterAsync(path);

        var acknowledged = new Dictionary<string, int>();
        foreach (var line in CompleteLines(printed))
        {
            var space = line.LastIndexOf(' ');
            var key = line[..space];
            var generation = int.Parse(line[(space + 1)..]);
            acknowledged[key] = Math.Max(generation, acknowledged.GetValueOrDefault(key));
        }
        CompleteLines(printed).Count.ShouldBeGreaterThanOrEqualTo(AcknowledgedBeforeKill);

        await using var store = new SqliteStore(path, new SqliteStoreOptions { AutoCompactionInterval = null });
        foreach (var (key, generation) in acknowledged)
        {
            var stored = await store.GetAsync(key);
            stored.ShouldNotBeNull($"acknowledged key {key} is missing");
            var text = Encoding.UTF8.GetString(stored.Value).TrimEnd('\0');
            var storedGeneration = int.Parse(text[(text.LastIndexOf(' ') + 1)..]);
            storedGeneration.ShouldBeGreaterThanOrEqualTo(generation, $"acknowledged update of {key} is missing");
            stored.Value.ShouldBe(CrashWriter.ValueOf(key, storedGeneration));
        }
        store.CurrentRevision.ShouldBeGreaterThanOrEqualTo(CompleteLines(printed).Count);
        var next = await store.CreateAsync("/after-crash", Values.Of("x"));
        next.ModRevision.ShouldBe(store.CurrentRevision);
    }

    /// <summary>Starts the crash writer, SIGKILLs it once enough writes are acknowledged, and returns all it printed.</summary>
    private static async Task<string> RunAndKillWriterAsync(string path)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(typeof(CrashWriter).Assembly.Location);
        start.ArgumentList.Add(CrashWriter.Command);
        start.ArgumentList.Add(path);
        using var child = Process.Start(start)!;
        var errors = child.StandardError.ReadToEndAsync();
        var printed = new StringBuilder();
        var buffer = new char[16 * 1024];
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            var lines = 0;
            while (lines < AcknowledgedBeforeKill)
            {
                var read = await child.StandardOutput.ReadAsync(buffer, timeout.Token);
                if (read == 0)
                {
                    throw new InvalidOperationException($"the crash writer exited early: {await errors}");
                }
                printed.Append(buffer, 0, read);
                lines += buffer.AsSpan(0, read).Count('\n');
            }
            child.Kill();
            // Whatever it printed before it died was acknowledged too.
            int rest;
            while ((rest = await child.StandardOutput.ReadAsync(buffer, timeout.Token)) > 0)
            {
                printed.Append(buffer, 0, rest);
            }
            await child.WaitForExitAsync(timeout.Token);
        }
        finally
        {
            if (!child.HasExited)
            {
                child.Kill();
            }
        }
        return printed.ToString();
    }

    /// <summary>The lines that were printed whole; a line cut short by the kill is not an acknowledgement.</summary>
    private static List<string> CompleteLines(string printed)
    {
        var end = printed.LastIndexOf('\n');
        return end < 0 ? [] : [.. printed[..end].Split('\n')];
    }
}
