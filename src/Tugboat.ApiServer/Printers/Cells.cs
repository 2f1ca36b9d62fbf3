using System.Globalization;
using Tugboat.Api;
using Tugboat.Api.Core.V1;

namespace Tugboat.ApiServer.Printers;

/// <summary>Cell formatting helpers that mirror upstream's printers.go helpers.</summary>
internal static class Cells
{
    public const string None = "<none>";
    public const string Unset = "<unset>";
    public const string Unknown = "<unknown>";

    /// <summary>Treats a missing timestamp and Go's zero time alike (metav1.Time.IsZero).</summary>
    public static bool IsZero(DateTimeOffset? time) => time is null || time.Value == default;

    /// <summary>translateTimestampSince: "&lt;unknown&gt;" for a zero time, otherwise the human duration since it.</summary>
    public static string Since(DateTimeOffset? time, DateTimeOffset now) => Age.Since(time, now);

    /// <summary>The object's age cell.</summary>
    public static string AgeOf(Tugboat.Api.Meta.IKubernetesObject obj, DateTimeOffset now) => Since(obj.Metadata.CreationTimestamp, now);

    public static string NameOf(Tugboat.Api.Meta.IKubernetesObject obj) => obj.Metadata.Name ?? "";

    public static string OrNone(string? s) => string.IsNullOrEmpty(s) ? None : s;

    /// <summary>printBool / printBoolPtr: "True", "False" or "&lt;unset&gt;".</summary>
    public static string Bool(bool value) => value ? "True" : "False";
    public static string Bool(bool? value) => value is bool b ? Bool(b) : Unset;

    public static string Int(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Quantity.String(); a missing quantity prints like Go's zero Quantity ("0").</summary>
    public static string Quantity(Quantity? q) => q?.ToString() ?? "0";

    /// <summary>(*Quantity).String() on a possibly nil pointer: Go prints "&lt;nil&gt;".</summary>
    public static string QuantityPtr(Quantity? q) => q?.ToString() ?? "<nil>";

    public static Quantity? Lookup(Dictionary<string, Quantity>? map, string key) =>
        map is not null && map.TryGetValue(key, out var q) ? q : null;

    /// <summary>labels.FormatLabels: "k1=v1,k2=v2" sorted by key, or "&lt;none&gt;".</summary>
    public static string Labels(IReadOnlyDictionary<string, string>? labels)
    {
        if (labels is null || labels.Count == 0) return None;
        return string.Join(",", labels.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Key + "=" + kv.Value));
    }

    /// <summary>layoutContainerCells: container names and images, each joined with commas.</summary>
    public static (string Names, string Images) Containers(IEnumerable<Container>? containers)
    {
        var list = containers?.ToList() ?? [];
        return (string.Join(",", list.Select(c => c.Name)), string.Join(",", list.Select(c => c.Image ?? "")));
    }

    public static (string Names, string Images) Containers(PodTemplateSpec? template) => Containers(template?.Spec?.Containers);

    /// <summary>helper.GetAccessModesAsString: "RWO,ROX,RWX,RWOP" in that order, each at most once.</summary>
    public static string AccessModes(IEnumerable<string>? modes)
    {
        var set = modes?.ToHashSet(StringComparer.Ordinal) ?? [];
        var parts = new List<string>(4);
        if (set.Contains("ReadWriteOnce")) parts.Add("RWO");
        if (set.Contains("ReadOnlyMany")) parts.Add("ROX");
        if (set.Contains("ReadWriteMany")) parts.Add("RWX");
        if (set.Contains("ReadWriteOncePod")) parts.Add("RWOP");
        return string.Join(",", parts);
    }

    /// <summary>net.JoinHostPort: brackets IPv6 hosts.</summary>
    public static string JoinHostPort(string host, long port) =>
        (host.Contains(':') ? "[" + host + "]" : host) + ":" + port.ToString(CultureInfo.InvariantCulture);

    /// <summary>listWithMoreString: "a,b,c + 2 more...", or "&lt;unset&gt;" for an empty list.</summary>
    public static string ListWithMore(IReadOnlyList<string> list, bool more, int count, int max)
    {
        var ret = string.Join(",", list);
        if (more) return $"{ret} + {count - max} more...";
        return ret.Length == 0 ? Unset : ret;
    }

    /// <summary>The addresses of load-balancer ingress points (IP, else hostname), deduplicated and sorted, joined by commas.</summary>
    public static string LoadBalancerAddresses(IEnumerable<(string? Ip, string? Hostname)>? ingress)
    {
        var result = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (ip, hostname) in ingress ?? [])
        {
            if (!string.IsNullOrEmpty(ip)) result.Add(ip);
            else if (!string.IsNullOrEmpty(hostname)) result.Add(hostname);
        }
        return string.Join(",", result);
    }
}
