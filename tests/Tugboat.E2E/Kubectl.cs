using System.Diagnostics;

namespace Tugboat.E2E;

/// <summary>Runs the real kubectl against a test server.</summary>
public sealed class Kubectl(string kubeconfig)
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr)
    {
        public Result Ok()
        {
            if (ExitCode != 0) throw new Xunit.Sdk.XunitException($"kubectl failed ({ExitCode}):\n{Stderr}\n{Stdout}");
            return this;
        }

        public Result Fails()
        {
            if (ExitCode == 0) throw new Xunit.Sdk.XunitException($"kubectl was expected to fail but printed:\n{Stdout}");
            return this;
        }
    }

    public async Task<Result> RunAsync(string args, string? stdin = null, IDictionary<string, string>? env = null, int timeoutSeconds = 60) =>
        await RunAsync(Split(args), stdin, env, timeoutSeconds);

    public async Task<Result> RunAsync(IReadOnlyList<string> args, string? stdin = null, IDictionary<string, string>? env = null, int timeoutSeconds = 60)
    {
        var info = new ProcessStartInfo("kubectl")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = stdin is not null,
            UseShellExecute = false,
        };
        foreach (var a in args) info.ArgumentList.Add(a);
        info.Environment["KUBECONFIG"] = kubeconfig;
        info.Environment["HOME"] = Path.GetDirectoryName(kubeconfig)!;
        foreach (var (k, v) in env ?? new Dictionary<string, string>()) info.Environment[k] = v;
        using var process = Process.Start(info)!;
        if (stdin is not null)
        {
            await process.StandardInput.WriteAsync(stdin);
            process.StandardInput.Close();
        }
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(timeoutSeconds));
        try { await process.WaitForExitAsync(timeout.Token); }
        catch (OperationCanceledException) { process.Kill(true); throw new TimeoutException($"kubectl {string.Join(' ', args)} timed out"); }
        return new Result(process.ExitCode, await stdout, await stderr);
    }

    public Task<Result> ApplyAsync(string yaml, string extra = "") => RunAsync($"apply -f - {extra}".Trim(), yaml);

    /// <summary>Starts a long-running kubectl (e.g. `get -w`) whose output lines can be awaited; dispose it to stop it.</summary>
    public Running Start(IReadOnlyList<string> args)
    {
        var info = new ProcessStartInfo("kubectl")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in args) info.ArgumentList.Add(a);
        info.Environment["KUBECONFIG"] = kubeconfig;
        info.Environment["HOME"] = Path.GetDirectoryName(kubeconfig)!;
        return new Running(Process.Start(info)!);
    }

    /// <summary>A running kubectl whose stdout is read line by line.</summary>
    public sealed class Running : IAsyncDisposable
    {
        private readonly Process _process;
        private readonly System.Threading.Channels.Channel<string> _lines = System.Threading.Channels.Channel.CreateUnbounded<string>();
        private readonly List<string> _seen = [];
        private readonly System.Text.StringBuilder _stderr = new();

        internal Running(Process process)
        {
            _process = process;
            _process.OutputDataReceived += (_, e) =>
            {
                if (e.Data is null) _lines.Writer.TryComplete();
                else _lines.Writer.TryWrite(e.Data);
            };
            _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (_stderr) _stderr.AppendLine(e.Data); };
            _process.BeginOutputReadLine();
            _process.BeginErrorReadLine();
        }

        /// <summary>Every stdout line read so far.</summary>
        public IReadOnlyList<string> Lines => _seen;

        public string Stderr { get { lock (_stderr) return _stderr.ToString(); } }

        /// <summary>Reads lines until one matches; fails with everything seen when the timeout passes or kubectl ends first.</summary>
        public async Task<string> WaitForLineAsync(Func<string, bool> match, int timeoutSeconds = 20)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(timeoutSeconds));
            try
            {
                while (await _lines.Reader.WaitToReadAsync(timeout.Token))
                {
                    while (_lines.Reader.TryRead(out var line))
                    {
                        _seen.Add(line);
                        if (match(line)) return line;
                    }
                }
            }
            catch (OperationCanceledException) { }
            throw new Xunit.Sdk.XunitException($"kubectl printed no matching line; stdout so far:\n{string.Join('\n', _seen)}\nstderr:\n{Stderr}");
        }

        public async ValueTask DisposeAsync()
        {
            try { if (!_process.HasExited) _process.Kill(true); } catch (InvalidOperationException) { }
            await _process.WaitForExitAsync();
            _process.Dispose();
        }
    }

    private static List<string> Split(string args)
    {
        // Splits on spaces, keeping 'single-quoted' parts together (for jsonpath and patches).
        var result = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        foreach (var c in args)
        {
            if (c == '\'') { quoted = !quoted; continue; }
            if (c == ' ' && !quoted)
            {
                if (current.Length > 0) { result.Add(current.ToString()); current.Clear(); }
                continue;
            }
            current.Append(c);
        }
        if (current.Length > 0) result.Add(current.ToString());
        return result;
    }
}
