using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Tugboat.E2E;

/// <summary>A real `tug server` on a temporary data dir and a free port, started from the built binary (out/tug.dll).</summary>
public sealed class TugServer : IAsyncDisposable
{
    private Process? _process;

    public string DataDir { get; } = Path.Combine(Path.GetTempPath(), "tug-e2e-" + Guid.NewGuid().ToString("N")[..8]);
    public int Port { get; } = FreePort();
    public string Kubeconfig => Path.Combine(DataDir, "kubeconfig.yaml");
    public string Output { get; private set; } = "";

    public static string RepoRoot
    {
        get
        {
            var dir = AppContext.BaseDirectory;
            while (dir is not null && !File.Exists(Path.Combine(dir, "Tugboat.sln"))) dir = Path.GetDirectoryName(dir);
            return dir ?? throw new InvalidOperationException("cannot find the repository root");
        }
    }

    public static string TugDll => Path.Combine(RepoRoot, "out", "tug.dll");

    public async Task StartAsync(params string[] extraArgs)
    {
        if (!File.Exists(TugDll)) throw new InvalidOperationException($"{TugDll} is missing: run ./tug once (test.sh does) to build it");
        Directory.CreateDirectory(DataDir);
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in new[] { TugDll, "server", "--data-dir", DataDir, "--https-port", Port.ToString(), "--disable-agent" }.Concat(extraArgs))
            info.ArgumentList.Add(a);
        _process = Process.Start(info)!;
        var ready = new TaskCompletionSource();
        var output = new System.Text.StringBuilder();
        _process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (output) output.AppendLine(e.Data);
            if (e.Data.Contains("API server ready")) ready.TrySetResult();
        };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        var exited = _process.WaitForExitAsync();
        var first = await Task.WhenAny(ready.Task, exited, Task.Delay(TimeSpan.FromSeconds(60)));
        lock (output) Output = output.ToString();
        if (first != ready.Task) throw new InvalidOperationException($"tug server did not become ready:\n{Output}");
    }

    /// <summary>Stops the server: SIGTERM (graceful) or SIGKILL (crash).</summary>
    public async Task StopAsync(bool kill = false)
    {
        if (_process is null || _process.HasExited) return;
        if (kill) _process.Kill();
        else Signal(_process.Id, 15);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        try { await _process.WaitForExitAsync(timeout.Token); }
        catch (OperationCanceledException) { _process.Kill(); await _process.WaitForExitAsync(); }
        _process.Dispose();
        _process = null;
    }

    public async Task RestartAsync(bool kill = false)
    {
        await StopAsync(kill);
        await StartAsync();
    }

    public Kubectl Kubectl() => new(Kubeconfig);

    /// <summary>A direct HTTPS client with the admin client certificate (or none when <paramref name="authenticate"/> is false).</summary>
    public ApiClient Api(bool authenticate = true) => ApiClient.FromKubeconfig(Kubeconfig, authenticate);

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        try { Directory.Delete(DataDir, recursive: true); } catch (IOException) { }
    }

    [System.Runtime.InteropServices.DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int sig);

    private static void Signal(int pid, int sig) => kill(pid, sig);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
