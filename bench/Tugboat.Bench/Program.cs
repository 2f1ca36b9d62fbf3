using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Tugboat.Bench;

internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        var o = Options.Parse(args);
        var report = new Report(o);
        ServerProcess? server = null;
        string? dataDir = null;
        var exit = 0;
        try
        {
            Kubeconfig kc;
            if (o.OwnServer)
            {
                dataDir = Directory.CreateTempSubdirectory("tug-bench-").FullName;
                Progress($"starting dotnet {o.Tug} server --data-dir {dataDir} --disable-agent");
                server = ServerProcess.Start(o.Tug, dataDir);
                report.ReadyEmpty = await server.WaitReadyAsync(TimeSpan.FromSeconds(60));
                Progress($"ready after {report.ReadyEmpty.Value.TotalMilliseconds:0} ms on {server.Url}; idling {o.IdleSeconds} s");
                await Task.Delay(TimeSpan.FromSeconds(o.IdleSeconds));
                report.RssEmptyKb = ProcFs.StatusKb(server.Pid, "VmRSS");
                report.RssEmptyDetail = ProcFs.RssDetail(server.Pid);
                report.LoadIdleEmpty = ProcFs.LoadAvg();
                kc = Kubeconfig.Load(server.KubeconfigPath);
            }
            else
            {
                var loaded = Kubeconfig.Load(o.Kubeconfig!);
                kc = new Kubeconfig { Server = new Uri(o.Server!), Ca = loaded.Ca, Client = loaded.Client };
            }

            var phases = new Phases(o, kc, server);
            await phases.InitAsync();
            Progress("warm-up");
            report.Warmup = await phases.WarmupAsync();
            Progress("1. create ConfigMaps");
            report.Create = await phases.CreateConfigMapsAsync();
            Progress($"   {report.Create.Throughput:0}/s; 2. get ConfigMaps");
            report.Get = await phases.GetConfigMapsAsync();
            Progress($"   {report.Get.Throughput:0}/s; diagnostics: one client");
            (report.SoloCreate, report.SoloGet) = await phases.SoloAsync(o.Solo);
            Progress("3. create Pods");
            report.CreatePods = await phases.CreatePodsAsync();
            Progress($"   {report.CreatePods.Throughput:0}/s; 3. list Pods");
            report.ListJson = await phases.ListPodsAsync(table: false);
            report.ListTable = await phases.ListPodsAsync(table: true);
            Progress("4. watch");
            report.Watch = await phases.WatchAsync();
            report.Objects = phases.ObjectsCreated;

            var pid = server?.Pid ?? o.ServerPid;
            if (pid is { } p)
            {
                report.RssAfterLoadKb = ProcFs.StatusKb(p, "VmRSS");
                report.HwmAfterLoadKb = ProcFs.StatusKb(p, "VmHWM");
                report.RssAfterLoadDetail = ProcFs.RssDetail(p);
            }

            if (server is not null)
            {
                Progress("5. restart with the data");
                var stopWatch = Stopwatch.StartNew();
                await server.StopAsync(TimeSpan.FromSeconds(30));
                report.StopTime = stopWatch.Elapsed;
                server.Dispose();
                server = ServerProcess.Start(o.Tug, dataDir!);
                report.ReadyRestart = await server.WaitReadyAsync(TimeSpan.FromSeconds(120));
                Progress($"ready after {report.ReadyRestart.Value.TotalMilliseconds:0} ms; idling {o.IdleSeconds} s");
                await Task.Delay(TimeSpan.FromSeconds(o.IdleSeconds));
                report.RssRestartKb = ProcFs.StatusKb(server.Pid, "VmRSS");
                report.RssRestartDetail = ProcFs.RssDetail(server.Pid);
                report.LoadIdleRestart = ProcFs.LoadAvg();
                // Durability check after the measurement: everything acknowledged is still there.
                using var check = Clients.Create(Kubeconfig.Load(server.KubeconfigPath));
                var list = await Api.SendAsync(check, HttpMethod.Get, "/api/v1/namespaces/bench/configmaps", accept: "application/json;as=Table;v=v1;g=meta.k8s.io");
                if (list.Ok)
                {
                    using var doc = System.Text.Json.JsonDocument.Parse(list.Body);
                    report.ConfigMapsAfterRestart = doc.RootElement.GetProperty("rows").GetArrayLength();
                }
                else report.Fatal = $"list after restart: {list.Status} {list.Text}";
                report.ConfigMapsExpected = phases.CreatedConfigMaps.Count;
            }
        }
        catch (Exception e)
        {
            report.Fatal = e.ToString();
            if (server is not null) report.Fatal += $"\n--- server log tail ---\n{server.Tail()}";
            exit = 1;
        }
        finally
        {
            if (server is not null)
            {
                await server.StopAsync(TimeSpan.FromSeconds(30));
                server.Dispose();
            }
            if (dataDir is not null)
            {
                if (o.Keep) Progress($"data dir kept: {dataDir}");
                else try { Directory.Delete(dataDir, recursive: true); } catch (IOException) { }
            }
        }
        var text = report.Render();
        Console.WriteLine(text);
        if (o.Out is not null) await File.WriteAllTextAsync(o.Out, text);
        return exit;
    }

    private static void Progress(string message) => Console.Error.WriteLine($"[{DateTime.Now:HH:mm:ss}] {message}");
}

/// <summary>The markdown block: machine, one table row per figure with its target, and details.</summary>
internal sealed class Report(Options o)
{
    private readonly string _date = DateTime.Now.ToString("yyyy-MM-dd HH:mm zzz");
    private readonly string _loadAtStart = ProcFs.LoadAvg();

    public TimeSpan? ReadyEmpty, ReadyRestart, StopTime;
    public long RssEmptyKb = -1, RssRestartKb = -1, RssAfterLoadKb = -1, HwmAfterLoadKb = -1;
    public string? LoadIdleEmpty, LoadIdleRestart, Fatal, RssEmptyDetail, RssRestartDetail, RssAfterLoadDetail;
    public PhaseResult? Warmup, Create, Get, CreatePods, SoloCreate, SoloGet;
    public ListResult? ListJson, ListTable;
    public WatchResult? Watch;
    public int Objects, ConfigMapsAfterRestart = -1, ConfigMapsExpected = -1;

    private static string Ms(double ms) => double.IsNaN(ms) ? "–" : ms < 10 ? $"{ms:0.00} ms" : ms < 100 ? $"{ms:0.0} ms" : $"{ms:0} ms";
    private static string Verdict(bool pass) => pass ? "PASS" : "**FAIL**";
    private static string Cpu(double server, double self) => $"{(double.IsNaN(server) ? "?" : server.ToString("0", CultureInfo.InvariantCulture))}% / {self:0}%";
    private static string Mb(long kb) => kb < 0 ? "–" : $"{kb / 1024.0:0.0} MB";

    public string Render()
    {
        var sb = new StringBuilder();
        sb.AppendLine("```markdown");
        sb.AppendLine($"## Tugboat API server benchmark, {_date}");
        sb.AppendLine();
        sb.AppendLine($"- machine: {Environment.ProcessorCount} cores ({ProcFs.CpuModel()}), {ProcFs.MemTotal()} RAM, {Environment.OSVersion}, .NET {Environment.Version}");
        sb.AppendLine($"- load average (1/5/15 min): {_loadAtStart} at start, {ProcFs.LoadAvg()} at end");
        sb.AppendLine($"- command: `{o.Command ?? "tug-bench " + string.Join(' ', Environment.GetCommandLineArgs().Skip(1))}`");
        sb.AppendLine(o.OwnServer
            ? $"- server: `dotnet {o.Tug} server --data-dir <fresh tmp> --https-port <free port> --disable-agent` (SQLite, on this machine)"
            : $"- server: {o.Server}");
        sb.AppendLine($"- clients: {(o.SharedConnection ? "one shared HTTP/2 connection" : $"{o.Concurrency} HttpClients, one connection each")}; " +
                      $"negotiated {Create?.Protocols ?? "?"}; latency = send to last body byte, measured in the client");
        sb.AppendLine();
        sb.AppendLine("| # | measurement | result | target | verdict | CPU server / bench (% of 1 core) | load avg at end |");
        sb.AppendLine("|---|---|---|---|---|---|---|");
        if (Create is { } c)
            sb.AppendLine($"| 1 | {c.Title} | {c.Throughput:0}/s, p50 {Ms(c.Latencies.P(50))}, p99 {Ms(c.Latencies.P(99))} | ≥ 2000/s, p99 ≤ 50 ms | " +
                          $"{Verdict(c.Throughput >= 2000 && c.Latencies.P(99) <= 50 && c.Failures.Count == 0)} | {Cpu(c.ServerCpu, c.SelfCpu)} | {c.Load} |");
        if (Get is { } g)
            sb.AppendLine($"| 2 | {g.Title} | {g.Throughput:0}/s, p50 {Ms(g.Latencies.P(50))}, p99 {Ms(g.Latencies.P(99))} | p99 ≤ 5 ms | " +
                          $"{Verdict(g.Latencies.P(99) <= 5 && g.Failures.Count == 0)} | {Cpu(g.ServerCpu, g.SelfCpu)} | {g.Load} |");
        foreach (var (p, id) in new[] { (SoloCreate, "1'"), (SoloGet, "2'") })
            if (p is not null)
                sb.AppendLine($"| {id} | {p.Title} (diagnostic) | {p.Throughput:0}/s, p50 {Ms(p.Latencies.P(50))}, p99 {Ms(p.Latencies.P(99))} | – | {(p.Failures.Count == 0 ? "–" : "**errors**")} | {Cpu(p.ServerCpu, p.SelfCpu)} | {p.Load} |");
        if (CreatePods is { } cp)
            sb.AppendLine($"| 3a | {cp.Title} | {cp.Throughput:0}/s, p50 {Ms(cp.Latencies.P(50))}, p99 {Ms(cp.Latencies.P(99))} | (setup) | {(cp.Failures.Count == 0 ? "–" : "**errors**")} | {Cpu(cp.ServerCpu, cp.SelfCpu)} | {cp.Load} |");
        foreach (var l in new[] { ListJson, ListTable })
            if (l is not null)
                sb.AppendLine($"| 3{(l.Format == "JSON" ? "b" : "c")} | list {l.Items:N0} Pods as {l.Format} ({l.Bytes / 1048576.0:0.0} MiB), {l.Latencies.Count} runs | p50 {Ms(l.Latencies.P(50))}, p99 {Ms(l.Latencies.P(99))} | ≤ 300 ms | " +
                              $"{Verdict(l.Latencies.P(99) <= 300 && l.Failures.Count == 0)} | {Cpu(l.ServerCpu, l.SelfCpu)} | {l.Load} |");
        if (Watch is { } w)
            sb.AppendLine($"| 4 | watch delivery, {w.Watchers} watchers × {w.Events:N0} creates at {o.WatchRate:0}/s ({w.Delivered:N0} of {w.Expected:N0} delivered) | p50 {Ms(w.Delivery.P(50))}, p99 {Ms(w.Delivery.P(99))} | p99 ≤ 50 ms | " +
                          $"{Verdict(w.Delivery.P(99) <= 50 && w.Delivered == w.Expected && w.Failures.Count == 0)} | {Cpu(w.ServerCpu, w.SelfCpu)} | {w.Load} |");
        if (RssEmptyKb >= 0)
            sb.AppendLine($"| 5a | idle RSS, empty data dir, after {o.IdleSeconds} s | {Mb(RssEmptyKb)} | ≤ 150 MB | {Verdict(RssEmptyKb <= 150 * 1024)} | | {LoadIdleEmpty} |");
        if (ReadyEmpty is { } re)
            sb.AppendLine($"| 5b | process start → first /readyz 200, empty data dir | {Ms(re.TotalMilliseconds)} | ≤ 2 s | {Verdict(re.TotalSeconds <= 2)} | | |");
        if (RssRestartKb >= 0)
            sb.AppendLine($"| 5c | idle RSS after restart with {Objects:N0} objects, after {o.IdleSeconds} s | {Mb(RssRestartKb)} | ≤ 150 MB | {Verdict(RssRestartKb <= 150 * 1024)} | | {LoadIdleRestart} |");
        if (ReadyRestart is { } rr)
            sb.AppendLine($"| 5d | process start → first /readyz 200, restart with {Objects:N0} objects | {Ms(rr.TotalMilliseconds)} | ≤ 2 s | {Verdict(rr.TotalSeconds <= 2)} | | |");
        sb.AppendLine();
        sb.AppendLine("Details:");
        if (Warmup is { } wu) sb.AppendLine($"- {wu.Title} (untimed): {wu.Throughput:0}/s, p50 {Ms(wu.Latencies.P(50))}, p99 {Ms(wu.Latencies.P(99))}{Fail(wu.Failures)}");
        foreach (var p in new[] { Create, Get, SoloCreate, SoloGet, CreatePods })
            if (p is not null)
                sb.AppendLine($"- {p.Title}: {p.Ok:N0}/{p.Issued:N0} ok in {p.Elapsed.TotalSeconds:0.00} s; p90 {Ms(p.Latencies.P(90))}, p99.9 {Ms(p.Latencies.P(99.9))}, max {Ms(p.Latencies.Max)}; {Or(p.ServerSide)}{Fail(p.Failures)}");
        foreach (var l in new[] { ListJson, ListTable })
            if (l is not null)
                sb.AppendLine($"- list Pods as {l.Format}: first (untimed) request {Ms(l.ColdMs)}; runs min {Ms(l.Latencies.P(0))}, mean {Ms(l.Latencies.Mean)}, max {Ms(l.Latencies.Max)}; {Or(l.ServerSide)}{Fail(l.Failures)}");
        if (Watch is { } wd)
            sb.AppendLine($"- watch: p90 {Ms(wd.Delivery.P(90))}, p99.9 {Ms(wd.Delivery.P(99.9))}, max {Ms(wd.Delivery.Max)}; the creates themselves took p50 {Ms(wd.Create.P(50))}, p99 {Ms(wd.Create.P(99))}; " +
                          $"delivery minus the create's own response time p50 {Ms(wd.AfterAck.P(50))}, p99 {Ms(wd.AfterAck.P(99))} (negative: the event came first); spread between first and last watcher per event p50 {Ms(wd.FanOut.P(50))}, p99 {Ms(wd.FanOut.P(99))}; {wd.Events:N0} creates issued in {wd.WriteTime.TotalSeconds:0.0} s{Fail(wd.Failures)}");
        if (RssEmptyDetail is not null) sb.AppendLine($"- idle RSS, empty: {RssEmptyDetail}");
        if (RssAfterLoadKb >= 0) sb.AppendLine($"- server RSS right after phases 1-4: {Mb(RssAfterLoadKb)} (peak VmHWM {Mb(HwmAfterLoadKb)}): {RssAfterLoadDetail}");
        if (RssRestartDetail is not null) sb.AppendLine($"- idle RSS after restart: {RssRestartDetail}");
        if (StopTime is { } st) sb.AppendLine($"- SIGTERM → exit: {Ms(st.TotalMilliseconds)}");
        if (ConfigMapsAfterRestart >= 0) sb.AppendLine($"- after restart: {ConfigMapsAfterRestart:N0} of {ConfigMapsExpected:N0} acknowledged ConfigMaps in `bench` listed");
        if (Fatal is not null)
        {
            sb.AppendLine();
            sb.AppendLine("ABORTED:");
            sb.AppendLine("    " + Fatal.Replace("\n", "\n    "));
        }
        sb.AppendLine("```");
        return sb.ToString();
    }

    private static string Fail(Failures f) => f.Count == 0 ? "" : $"; **{f.Describe()}**";
    private static string Or(string s) => s.Length == 0 ? "no server metrics" : s;
}
