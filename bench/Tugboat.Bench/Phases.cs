using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Tugboat.Bench;

/// <summary>The outcome of one timed phase.</summary>
internal sealed record PhaseResult(
    string Title, int Issued, int Ok, Failures Failures, TimeSpan Elapsed, Latencies Latencies,
    double ServerCpu, double SelfCpu, string Load, string ServerSide, string Protocols)
{
    public double Throughput => Ok / Elapsed.TotalSeconds;
}

internal sealed record ListResult(string Format, Latencies Latencies, double ColdMs, long Bytes, int Items, Failures Failures, double ServerCpu, double SelfCpu, string Load, string ServerSide);

internal sealed record WatchResult(
    int Watchers, int Events, int Expected, int Delivered, Latencies Delivery, Latencies Create, Latencies FanOut, Latencies AfterAck,
    Failures Failures, TimeSpan WriteTime, double ServerCpu, double SelfCpu, string Load);

/// <summary>Phases 1-4 against one running server.</summary>
internal sealed class Phases(Options o, Kubeconfig kc, ServerProcess? server)
{
    private static readonly TimeSpan PhaseLimit = TimeSpan.FromSeconds(180);
    private readonly HttpClient _admin = Clients.Create(kc);
    private HttpClient[] _clients = [];
    private readonly string _payload = RandomPayload(1024);

    public List<int> CreatedConfigMaps { get; } = [];
    public int ObjectsCreated { get; private set; }

    public async Task InitAsync()
    {
        if (o.SharedConnection)
        {
            var shared = Clients.Create(kc);
            _clients = Enumerable.Repeat(shared, o.Concurrency).ToArray();
        }
        else _clients = Enumerable.Range(0, o.Concurrency).Select(_ => Clients.Create(kc)).ToArray();
        // Open every connection (TLS handshake) before timing anything.
        await Task.WhenAll(_clients.Distinct().Select(c => Api.SendAsync(c, HttpMethod.Get, "/version")));
        await Api.EnsureNamespaceAsync(_admin, "bench");
        await Api.EnsureNamespaceAsync(_admin, "bench-pods");
        await Api.EnsureNamespaceAsync(_admin, "bench-watch");
        await Api.EnsureNamespaceAsync(_admin, "bench-warmup");
        ObjectsCreated += 4;
    }

    /// <summary>A few hundred creates and gets in their own namespace so that JIT tiering is not counted in phase 1.</summary>
    public async Task<PhaseResult> WarmupAsync()
    {
        var r = await ClosedLoopAsync($"warm-up: create {o.Warmup} ConfigMaps", o.Warmup, "CREATE", "configmaps",
            (i, c) => Api.SendAsync(c, HttpMethod.Post, "/api/v1/namespaces/bench-warmup/configmaps", Api.ConfigMap(Api.ConfigMapName(i), _payload)));
        ObjectsCreated += r.Ok;
        await ClosedLoopAsync("warm-up: get", o.Warmup * 2, "GET", "configmaps",
            (i, c) => Api.SendAsync(c, HttpMethod.Get, $"/api/v1/namespaces/bench-warmup/configmaps/{Api.ConfigMapName(Random.Shared.Next(o.Warmup))}"));
        return r;
    }

    public async Task<PhaseResult> CreateConfigMapsAsync()
    {
        var ok = new ConcurrentBag<int>();
        var r = await ClosedLoopAsync($"create {o.ConfigMaps:N0} ConfigMaps (1 KiB data), {o.Concurrency} clients", o.ConfigMaps, "CREATE", "configmaps",
            async (i, c) =>
            {
                var reply = await Api.SendAsync(c, HttpMethod.Post, "/api/v1/namespaces/bench/configmaps", Api.ConfigMap(Api.ConfigMapName(i), _payload));
                if (reply.Ok) ok.Add(i);
                return reply;
            });
        CreatedConfigMaps.AddRange(ok.Order());
        ObjectsCreated += r.Ok;
        return r;
    }

    public Task<PhaseResult> GetConfigMapsAsync()
    {
        var names = CreatedConfigMaps.Count > 0 ? CreatedConfigMaps.ToArray() : [0];
        return ClosedLoopAsync($"get ConfigMap by name (random of {names.Length:N0}), {o.Concurrency} clients", o.Gets, "GET", "configmaps",
            (_, c) => Api.SendAsync(c, HttpMethod.Get, $"/api/v1/namespaces/bench/configmaps/{Api.ConfigMapName(names[Random.Shared.Next(names.Length)])}"));
    }

    public async Task<PhaseResult> CreatePodsAsync()
    {
        var r = await ClosedLoopAsync($"create {o.Pods:N0} Pods (setup for list), {o.Concurrency} clients", o.Pods, "CREATE", "pods",
            (i, c) => Api.SendAsync(c, HttpMethod.Post, "/api/v1/namespaces/bench-pods/pods", Api.Pod(Api.PodName(i))));
        ObjectsCreated += r.Ok;
        return r;
    }

    public async Task<ListResult> ListPodsAsync(bool table)
    {
        var accept = table ? "application/json;as=Table;v=v1;g=meta.k8s.io" : "application/json";
        var failures = new Failures();
        // One untimed request first: checks the answer and shows the cold cost separately.
        var cold = await Api.SendAsync(_admin, HttpMethod.Get, "/api/v1/namespaces/bench-pods/pods", accept: accept);
        var items = -1;
        if (cold.Ok)
        {
            using var doc = JsonDocument.Parse(cold.Body);
            items = doc.RootElement.GetProperty(table ? "rows" : "items").GetArrayLength();
        }
        else failures.Add($"{cold.Status} {cold.Text}");
        var before = await ServerMetrics.ScrapeAsync(_admin);
        var cpu = new CpuMeter(server);
        var ms = new List<double>();
        for (var i = 0; i < o.ListRuns; i++)
        {
            var reply = await Api.SendAsync(_admin, HttpMethod.Get, "/api/v1/namespaces/bench-pods/pods", accept: accept);
            if (reply.Ok) ms.Add(reply.Ms);
            else failures.Add($"{reply.Status} {reply.Text}");
        }
        var (srv, self, load) = cpu.Stop();
        var after = await ServerMetrics.ScrapeAsync(_admin);
        return new ListResult(table ? "Table" : "JSON", new Latencies(ms), cold.Ms, cold.Body.LongLength, items, failures, srv, self, load,
            ServerMetrics.Describe(before, after, "LIST", "pods"));
    }

    public async Task<WatchResult> WatchAsync()
    {
        var failures = new Failures();
        var list = await Api.SendAsync(_admin, HttpMethod.Get, "/api/v1/namespaces/bench-watch/configmaps");
        if (!list.Ok) throw new InvalidOperationException($"list bench-watch configmaps: {list.Status} {list.Text}");
        string rv;
        using (var doc = JsonDocument.Parse(list.Body)) rv = doc.RootElement.GetProperty("metadata").GetProperty("resourceVersion").GetString()!;

        using var stop = new CancellationTokenSource();
        HttpClient? sharedWatchClient = o.SharedConnection ? Clients.Create(kc, Timeout.InfiniteTimeSpan) : null;
        var watchers = Enumerable.Range(0, o.Watchers)
            .Select(_ => new Watcher(sharedWatchClient ?? Clients.Create(kc, Timeout.InfiniteTimeSpan), $"/api/v1/namespaces/bench-watch/configmaps?watch=1&resourceVersion={rv}", o.WatchEvents, failures))
            .ToArray();
        var running = watchers.Select(w => w.RunAsync(stop.Token)).ToArray();
        var connected = Task.WhenAll(watchers.Select(w => w.Connected));
        if (await Task.WhenAny(connected, Task.Delay(TimeSpan.FromSeconds(60))) != connected)
            failures.Add($"only {watchers.Count(w => w.Connected.IsCompleted)} of {watchers.Length} watches answered within 60 s");
        await Task.Delay(500); // let every watch register with the cache before the first write

        var cpu = new CpuMeter(server);
        var writer = Clients.Create(kc);
        await Api.SendAsync(writer, HttpMethod.Get, "/version");
        var createMs = new ConcurrentBag<double>();
        var acked = new ConcurrentDictionary<long, long>(); // sentAt → when the create's response arrived
        var sends = new List<Task>();
        var interval = Stopwatch.Frequency / o.WatchRate;
        var start = Stopwatch.GetTimestamp();
        for (var i = 0; i < o.WatchEvents; i++)
        {
            var due = start + (long)(i * interval);
            var wait = due - Stopwatch.GetTimestamp();
            if (wait > 0) await Task.Delay(TimeSpan.FromSeconds((double)wait / Stopwatch.Frequency));
            var seq = i;
            sends.Add(Task.Run(async () =>
            {
                var sent = Stopwatch.GetTimestamp();
                var body = Encoding.UTF8.GetBytes($$$"""{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"w-{{{seq:D5}}}"},"data":{"seq":"{{{seq}}}","sentAt":"{{{sent}}}"}}""");
                try
                {
                    var reply = await Api.SendAsync(writer, HttpMethod.Post, "/api/v1/namespaces/bench-watch/configmaps", body);
                    if (reply.Ok) { acked[sent] = Stopwatch.GetTimestamp(); createMs.Add(reply.Ms); }
                    else failures.Add($"create w-{seq:D5}: {reply.Status} {reply.Text}");
                }
                catch (Exception e) { failures.Add($"create w-{seq:D5}: {e.GetType().Name}: {e.Message}"); }
            }));
        }
        await Task.WhenAll(sends);
        var writeTime = Stopwatch.GetElapsedTime(start);
        var all = Task.WhenAll(watchers.Select(w => w.Done));
        if (await Task.WhenAny(all, Task.Delay(TimeSpan.FromSeconds(30))) != all)
            failures.Add($"after 30 s {watchers.Count(w => !w.Done.IsCompleted)} watchers still lacked events");
        var (srv, self, load) = cpu.Stop();
        stop.Cancel();
        await Task.WhenAll(running);
        ObjectsCreated += createMs.Count;

        var deliveries = watchers.SelectMany(w => w.Deliveries).ToList();
        var fanOut = deliveries.GroupBy(d => d.Sent).Select(g => (g.Max(d => d.Received) - g.Min(d => d.Received)) * 1000.0 / Stopwatch.Frequency);
        return new WatchResult(o.Watchers, o.WatchEvents, o.Watchers * o.WatchEvents, deliveries.Count,
            new Latencies(deliveries.Select(d => (d.Received - d.Sent) * 1000.0 / Stopwatch.Frequency)),
            new Latencies(createMs), new Latencies(fanOut),
            new Latencies(deliveries.Where(d => acked.ContainsKey(d.Sent)).Select(d => (d.Received - acked[d.Sent]) * 1000.0 / Stopwatch.Frequency)),
            failures, writeTime, srv, self, load);
    }

    /// <summary>Diagnostics: the same requests from one client, one at a time, i.e. latency without queueing behind 31 others.</summary>
    public async Task<(PhaseResult Create, PhaseResult Get)> SoloAsync(int count)
    {
        var solo = new[] { _clients[0] };
        var create = await ClosedLoopAsync($"create {count} ConfigMaps, 1 client", count, "CREATE", "configmaps",
            (i, c) => Api.SendAsync(c, HttpMethod.Post, "/api/v1/namespaces/bench-warmup/configmaps", Api.ConfigMap($"solo-{i:D5}", _payload)), solo);
        ObjectsCreated += create.Ok;
        var names = CreatedConfigMaps.Count > 0 ? CreatedConfigMaps.ToArray() : [0];
        var get = await ClosedLoopAsync($"get {count * 2} ConfigMaps by name, 1 client", count * 2, "GET", "configmaps",
            (_, c) => Api.SendAsync(c, HttpMethod.Get, $"/api/v1/namespaces/bench/configmaps/{Api.ConfigMapName(names[Random.Shared.Next(names.Length)])}"), solo);
        return (create, get);
    }

    private async Task<PhaseResult> ClosedLoopAsync(string title, int total, string verb, string resource, Func<int, HttpClient, Task<Reply>> op, HttpClient[]? clients = null)
    {
        var latency = new double[total];
        Array.Fill(latency, double.NaN);
        var failures = new Failures();
        var versions = new ConcurrentDictionary<string, int>();
        var next = -1;
        var before = await ServerMetrics.ScrapeAsync(_admin);
        var cpu = new CpuMeter(server);
        var started = Stopwatch.GetTimestamp();
        var workers = (clients ?? _clients).Select(client => Task.Run(async () =>
        {
            while (true)
            {
                var i = Interlocked.Increment(ref next);
                if (i >= total || Stopwatch.GetElapsedTime(started) > PhaseLimit) break;
                try
                {
                    var reply = await op(i, client);
                    versions.AddOrUpdate($"HTTP/{reply.Version}", 1, (_, n) => n + 1);
                    if (reply.Ok) latency[i] = reply.Ms;
                    else failures.Add($"{reply.Status} {reply.Text.Trim()}");
                }
                catch (Exception e) { failures.Add($"{e.GetType().Name}: {e.Message}"); }
            }
        })).ToArray();
        await Task.WhenAll(workers);
        var elapsed = Stopwatch.GetElapsedTime(started);
        var (srv, self, load) = cpu.Stop();
        var after = await ServerMetrics.ScrapeAsync(_admin);
        var ok = latency.Where(double.IsFinite).ToArray();
        var issued = Math.Min(next, total);
        if (issued < total) failures.Add($"stopped after {PhaseLimit.TotalSeconds:0} s with {issued} of {total} requests issued");
        return new PhaseResult(title, issued, ok.Length, failures, elapsed, new Latencies(ok), srv, self, load,
            ServerMetrics.Describe(before, after, verb, resource), string.Join(", ", versions.Select(kv => $"{kv.Key} ×{kv.Value}")));
    }

    private static string RandomPayload(int length)
    {
        const string alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        return string.Create(length, 0, (span, _) => { for (var i = 0; i < span.Length; i++) span[i] = alphabet[Random.Shared.Next(alphabet.Length)]; });
    }
}

/// <summary>One watch stream; timestamps every event carrying data.sentAt (a Stopwatch timestamp of this process) on arrival.</summary>
internal sealed class Watcher(HttpClient client, string path, int expected, Failures failures)
{
    private readonly TaskCompletionSource _connected = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Connected => _connected.Task;
    public Task Done => _done.Task;
    public List<(long Sent, long Received)> Deliveries { get; } = [];

    public async Task RunAsync(CancellationToken ct)
    {
        try
        {
            using var request = Api.Request(client, HttpMethod.Get, path);
            request.Headers.Accept.ParseAdd("application/json");
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
            if (!response.IsSuccessStatusCode)
            {
                failures.Add($"watch: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(ct)}");
                return;
            }
            _connected.TrySetResult();
            await using var stream = await response.Content.ReadAsStreamAsync(ct);
            using var reader = new StreamReader(stream, Encoding.UTF8);
            while (Deliveries.Count < expected && await reader.ReadLineAsync(ct) is { } line)
            {
                var received = Stopwatch.GetTimestamp();
                var at = line.IndexOf("\"sentAt\":\"", StringComparison.Ordinal);
                if (at < 0) continue; // a bookmark
                at += 10;
                var end = line.IndexOf('"', at);
                if (end > at && long.TryParse(line.AsSpan(at, end - at), NumberStyles.None, CultureInfo.InvariantCulture, out var sent))
                    Deliveries.Add((sent, received));
            }
            if (Deliveries.Count < expected && !ct.IsCancellationRequested) failures.Add($"watch stream ended after {Deliveries.Count} of {expected} events");
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested) { }
        catch (Exception e) { failures.Add($"watch: {e.GetType().Name}: {e.Message}"); }
        finally
        {
            _connected.TrySetResult();
            _done.TrySetResult();
        }
    }
}
