using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;

namespace Tugboat.Bench;

/// <summary>A `dotnet tug.dll server --disable-agent` child process on 127.0.0.1, with its log in the data dir.</summary>
internal sealed partial class ServerProcess : IDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;
    private readonly Queue<string> _tail = new();

    public int Pid => _process.Id;
    public int Port { get; }
    public string DataDir { get; }
    public Uri Url => new($"https://127.0.0.1:{Port}");
    public string KubeconfigPath => Path.Combine(DataDir, "kubeconfig.yaml");
    public long StartedAt { get; }

    private ServerProcess(string tug, string dataDir, int port)
    {
        DataDir = dataDir;
        Port = port;
        _log = new StreamWriter(Path.Combine(dataDir, "server.log"), append: true) { AutoFlush = true };
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in new[] { tug, "server", "--data-dir", dataDir, "--https-port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--disable-agent" })
            psi.ArgumentList.Add(a);
        _process = new Process { StartInfo = psi };
        _process.OutputDataReceived += (_, e) => Log(e.Data);
        _process.ErrorDataReceived += (_, e) => Log(e.Data);
        StartedAt = Stopwatch.GetTimestamp();
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    private void Log(string? line)
    {
        if (line is null) return;
        lock (_tail)
        {
            _log.WriteLine(line);
            _tail.Enqueue(line);
            while (_tail.Count > 40) _tail.Dequeue();
        }
    }

    public string Tail() { lock (_tail) return string.Join('\n', _tail); }

    public static ServerProcess Start(string tug, string dataDir) => new(tug, dataDir, FreePort());

    private static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }

    /// <summary>Polls /readyz every 10 ms until 200; returns the time since Process.Start.</summary>
    public async Task<TimeSpan> WaitReadyAsync(TimeSpan limit)
    {
        using var probe = Clients.CreateProbe(Url);
        while (true)
        {
            if (_process.HasExited) throw new InvalidOperationException($"tug server exited with {_process.ExitCode}:\n{Tail()}");
            try
            {
                using var r = await probe.GetAsync("/readyz");
                if (r.StatusCode == HttpStatusCode.OK) return Stopwatch.GetElapsedTime(StartedAt);
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            if (Stopwatch.GetElapsedTime(StartedAt) > limit) throw new TimeoutException($"tug server not ready after {limit}:\n{Tail()}");
            await Task.Delay(10);
        }
    }

    public bool HasExited => _process.HasExited;

    public TimeSpan CpuTime
    {
        get
        {
            try { _process.Refresh(); return _process.TotalProcessorTime; }
            catch (InvalidOperationException) { return TimeSpan.Zero; }
        }
    }

    /// <summary>SIGTERM (the server's graceful shutdown), then SIGKILL after the grace period.</summary>
    public async Task StopAsync(TimeSpan grace)
    {
        if (_process.HasExited) return;
        _ = Kill(_process.Id, 15);
        using var cts = new CancellationTokenSource(grace);
        try { await _process.WaitForExitAsync(cts.Token); }
        catch (OperationCanceledException) { _process.Kill(); await _process.WaitForExitAsync(); }
    }

    public void Dispose()
    {
        if (!_process.HasExited) { try { _process.Kill(); _process.WaitForExit(5000); } catch (InvalidOperationException) { } }
        _process.Dispose();
        lock (_tail) _log.Dispose();
    }

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);
}

/// <summary>What /proc says about a process and the machine.</summary>
internal static class ProcFs
{
    /// <summary>A field of /proc/PID/status in kB (VmRSS, VmHWM), or -1.</summary>
    public static long StatusKb(int pid, string field)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
                if (line.StartsWith(field + ":", StringComparison.Ordinal))
                    return long.Parse(line[(field.Length + 1)..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (IOException) { }
        return -1;
    }

    /// <summary>Anonymous (GC heap, native allocations, SQLite cache) versus file-backed (mapped assemblies) resident memory, and threads.</summary>
    public static string RssDetail(int pid) =>
        $"RssAnon {StatusKb(pid, "RssAnon") / 1024.0:0.0} MB, RssFile {StatusKb(pid, "RssFile") / 1024.0:0.0} MB, threads {StatusKb(pid, "Threads")}";

    public static string LoadAvg() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    public static double Load1() => double.TryParse(LoadAvg().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : double.NaN;

    public static string CpuModel() =>
        File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "?";

    public static string MemTotal()
    {
        var line = File.ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal:", StringComparison.Ordinal));
        if (line is null) return "?";
        var kb = long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture);
        return $"{kb / 1024.0 / 1024.0:F1} GiB";
    }
}
