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
