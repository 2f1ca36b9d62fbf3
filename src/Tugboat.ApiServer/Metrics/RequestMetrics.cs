using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Tugboat.ApiServer.Http;

namespace Tugboat.ApiServer.Metrics;

/// <summary>apiserver_request_total and apiserver_request_duration_seconds in Prometheus text format, with kube-apiserver's names and labels.</summary>
public sealed class RequestMetrics
{
    private static readonly double[] Buckets = [0.005, 0.025, 0.05, 0.1, 0.2, 0.4, 0.6, 0.8, 1, 1.25, 1.5, 2, 3, 4, 5, 6, 8, 10, 15, 20, 30, 45, 60];

    private sealed class Histogram
    {
        public readonly long[] Counts = new long[Buckets.Length];
        public long Count;
        public double Sum;
    }

    private readonly ConcurrentDictionary<(string Verb, string Group, string Version, string Resource, string Subresource, string Code), long> _totals = new();
    private readonly ConcurrentDictionary<(string Verb, string Group, string Version, string Resource, string Subresource), Histogram> _durations = new();

    public void Observe(RequestInfo? info, string method, int code, TimeSpan elapsed)
    {
        var verb = (info?.Verb ?? method).ToUpperInvariant();
        var key = (verb, info?.Group ?? "", info?.Version ?? "", info?.Resource ?? "", info?.Subresource ?? "");
        _totals.AddOrUpdate((key.verb, key.Item2, key.Item3, key.Item4, key.Item5, code.ToString(CultureInfo.InvariantCulture)), 1, (_, n) => n + 1);
        if (verb == "WATCH") return; // long-running requests are not latency observations upstream either
        var h = _durations.GetOrAdd(key, _ => new Histogram());
        var seconds = elapsed.TotalSeconds;
        lock (h)
        {
            h.Count++;
            h.Sum += seconds;
            for (var i = 0; i < Buckets.Length; i++) if (seconds <= Buckets[i]) h.Counts[i]++;
        }
    }

    public string Render()
    {
        var sb = new StringBuilder();
        sb.Append("# HELP apiserver_request_total Counter of apiserver requests broken out for each verb, group, version, resource, subresource and HTTP response code.\n");
        sb.Append("# TYPE apiserver_request_total counter\n");
        foreach (var ((verb, group, version, resource, sub, code), n) in _totals.OrderBy(kv => kv.Key.ToString(), StringComparer.Ordinal))
            sb.Append(CultureInfo.InvariantCulture, $"apiserver_request_total{{code=\"{code}\",group=\"{group}\",resource=\"{resource}\",subresource=\"{sub}\",verb=\"{verb}\",version=\"{version}\"}} {n}\n");
        sb.Append("# HELP apiserver_request_duration_seconds Response latency distribution in seconds for each verb, group, version, resource, subresource.\n");
        sb.Append("# TYPE apiserver_request_duration_seconds histogram\n");
        foreach (var ((verb, group, version, resource, sub), h) in _durations.OrderBy(kv => kv.Key.ToString(), StringComparer.Ordinal))
        {
            var labels = $"group=\"{group}\",resource=\"{resource}\",subresource=\"{sub}\",verb=\"{verb}\",version=\"{version}\"";
            lock (h)
            {
                for (var i = 0; i < Buckets.Length; i++)
                    sb.Append(CultureInfo.InvariantCulture, $"apiserver_request_duration_seconds_bucket{{{labels},le=\"{Buckets[i]}\"}} {h.Counts[i]}\n");
                sb.Append(CultureInfo.InvariantCulture, $"apiserver_request_duration_seconds_bucket{{{labels},le=\"+Inf\"}} {h.Count}\n");
                sb.Append(CultureInfo.InvariantCulture, $"apiserver_request_duration_seconds_sum{{{labels}}} {h.Sum}\n");
                sb.Append(CultureInfo.InvariantCulture, $"apiserver_request_duration_seconds_count{{{labels}}} {h.Count}\n");
            }
        }
        return sb.ToString();
    }
}
