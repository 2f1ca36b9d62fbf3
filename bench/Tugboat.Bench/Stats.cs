using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace Tugboat.Bench;

/// <summary>Latencies of one phase in milliseconds, with nearest-rank percentiles.</summary>
internal sealed class Latencies
{
    private readonly double[] _sorted;

    public Latencies(IEnumerable<double> ms)
    {
        _sorted = ms.ToArray();
        Array.Sort(_sorted);
    }

    public int Count => _sorted.Length;
    public double P(double p) => _sorted.Length == 0 ? double.NaN : _sorted[Math.Clamp((int)Math.Ceiling(p / 100 * _sorted.Length) - 1, 0, _sorted.Length - 1)];
    public double Max => _sorted.Length == 0 ? double.NaN : _sorted[^1];
    public double Mean => _sorted.Length == 0 ? double.NaN : _sorted.Average();
}

/// <summary>Failed requests: a count and the first few messages verbatim.</summary>
internal sealed class Failures
{
    private readonly ConcurrentQueue<string> _samples = new();
    private int _count;

    public int Count => _count;
    public IEnumerable<string> Samples => _samples;

    public void Add(string message)
    {
        if (Interlocked.Increment(ref _count) <= 5) _samples.Enqueue(message.Length > 400 ? message[..400] + "…" : message);
    }

    public string Describe() => _count == 0 ? "" : $"{_count} failed, e.g. {string.Join(" | ", _samples)}";
}

/// <summary>CPU used by the server and by the benchmark itself over a phase, as % of one core, and the load average at its end.</summary>
internal sealed class CpuMeter
{
    private readonly ServerProcess? _server;
    private readonly TimeSpan _server0, _self0;
    private readonly long _t0;

    public CpuMeter(ServerProcess? server)
    {
        _server = server;
        _server0 = server?.CpuTime ?? TimeSpan.Zero;
        _self0 = Process.GetCurrentProcess().TotalProcessorTime;
        _t0 = Stopwatch.GetTimestamp();
    }

    public (double ServerPct, double SelfPct, string Load) Stop()
    {
        var wall = Stopwatch.GetElapsedTime(_t0).TotalSeconds;
        var server = _server is null ? double.NaN : (_server.CpuTime - _server0).TotalSeconds / wall * 100;
        var self = (Process.GetCurrentProcess().TotalProcessorTime - _self0).TotalSeconds / wall * 100;
        return (server, self, ProcFs.LoadAvg());
    }
}

/// <summary>apiserver_request_duration_seconds from the server's /metrics: the server-side view of a phase.</summary>
internal sealed class ServerMetrics
{
    private static readonly string[] Buckets = ["0.005", "0.025", "0.05", "0.1", "0.2", "0.4", "0.6", "0.8", "1", "1.25", "1.5", "2", "3", "4", "5", "6", "8", "10", "15", "20", "30", "45", "60", "+Inf"];
    private readonly Dictionary<string, double> _values = new(StringComparer.Ordinal);

    public static async Task<ServerMetrics?> ScrapeAsync(HttpClient client)
    {
        try
        {
            var reply = await Api.SendAsync(client, HttpMethod.Get, "/metrics", accept: "text/plain");
            if (!reply.Ok) return null;
            var m = new ServerMetrics();
            foreach (var line in reply.Text.Split('\n'))
            {
                if (!line.StartsWith("apiserver_request_duration_seconds", StringComparison.Ordinal)) continue;
                var space = line.LastIndexOf(' ');
                if (space > 0 && double.TryParse(line[(space + 1)..], CultureInfo.InvariantCulture, out var v)) m._values[line[..space]] = v;
            }
            return m;
        }
        catch (HttpRequestException) { return null; }
    }

    private double Get(string series, string verb, string resource, string? le = null) =>
        _values.TryGetValue($"apiserver_request_duration_seconds_{series}{{group=\"\",resource=\"{resource}\",subresource=\"\",verb=\"{verb}\",version=\"v1\"{(le is null ? "" : $",le=\"{le}\"")}}}", out var v) ? v : 0;

    /// <summary>Mean server-side time and the histogram bucket that holds the p99, between two scrapes.</summary>
    public static string Describe(ServerMetrics? before, ServerMetrics? after, string verb, string resource)
    {
        if (before is null || after is null) return "";
        var count = after.Get("count", verb, resource) - before.Get("count", verb, resource);
        if (count <= 0) return "";
        var mean = (after.Get("sum", verb, resource) - before.Get("sum", verb, resource)) / count * 1000;
        var p99 = "?";
        foreach (var le in Buckets)
        {
            var n = after.Get("bucket", verb, resource, le) - before.Get("bucket", verb, resource, le);
            if (n >= 0.99 * count) { p99 = le == "+Inf" ? "> 60 s" : $"≤ {double.Parse(le, CultureInfo.InvariantCulture) * 1000:0.#} ms"; break; }
        }
        return $"server-side mean {mean:0.0} ms, p99 {p99}";
    }
}
