using System.Net;
using Tugboat.Api.Core.V1;
using Tugboat.ApiServer.Caching;

namespace Tugboat.ApiServer.Strategies;

/// <summary>
/// Hands out ClusterIPs from the service CIDR (10.43.0.0/16) and node ports from 30000-32767. What is taken is
/// read from the services cache; allocations not yet visible there are remembered for a short while.
/// </summary>
public sealed class ServiceIpAllocator(ResourceCache services)
{
    public const string ServiceCidrBase = "10.43.";
    public const string KubernetesServiceIp = "10.43.0.1";
    public const string DnsServiceIp = "10.43.0.10";
    public const int NodePortMin = 30000;
    public const int NodePortMax = 32767;

    private readonly Lock _lock = new();
    private readonly Dictionary<string, DateTime> _recentIps = [];
    private readonly Dictionary<int, DateTime> _recentPorts = [];
    private static readonly TimeSpan RecentWindow = TimeSpan.FromSeconds(30);

    public static bool InRange(string ip) =>
        IPAddress.TryParse(ip, out var a) && a.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork && ip.StartsWith(ServiceCidrBase, StringComparison.Ordinal)
        && ip != "10.43.0.0" && ip != "10.43.255.255";

    /// <summary>Reserves <paramref name="requested"/> (or a free address when null); null when it is taken.</summary>
    public string? AllocateIp(string? requested, string serviceKey)
    {
        lock (_lock)
        {
            var taken = TakenIps(serviceKey);
            if (requested is not null) return taken.Contains(requested) ? null : Remember(_recentIps, requested);
            for (var attempt = 0; attempt < 100_000; attempt++)
            {
                var candidate = $"{ServiceCidrBase}{Random.Shared.Next(0, 256)}.{Random.Shared.Next(1, 255)}";
                if (candidate is KubernetesServiceIp or DnsServiceIp || taken.Contains(candidate)) continue;
                return Remember(_recentIps, candidate);
            }
            return null;
        }
    }

    public int? AllocateNodePort(int? requested, string serviceKey, ISet<int> alsoTaken)
    {
        lock (_lock)
        {
            var taken = TakenPorts(serviceKey);
            taken.UnionWith(alsoTaken);
            if (requested is int r) return taken.Contains(r) ? null : Remember(_recentPorts, r);
            var free = Enumerable.Range(NodePortMin, NodePortMax - NodePortMin + 1).Where(p => !taken.Contains(p)).ToList();
            return free.Count == 0 ? null : Remember(_recentPorts, free[Random.Shared.Next(free.Count)]);
        }
    }

    private HashSet<string> TakenIps(string exceptKey)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, obj) in services.State.Objects)
        {
            if (key == exceptKey || obj.Value is not Service svc) continue;
            foreach (var ip in svc.Spec?.ClusterIPs ?? []) taken.Add(ip);
            if (svc.Spec?.ClusterIP is { } one) taken.Add(one);
        }
        Prune(_recentIps);
        taken.UnionWith(_recentIps.Keys);
        return taken;
    }

    private HashSet<int> TakenPorts(string exceptKey)
    {
        var taken = new HashSet<int>();
        foreach (var (key, obj) in services.State.Objects)
        {
            if (key == exceptKey || obj.Value is not Service svc) continue;
            foreach (var port in svc.Spec?.Ports ?? []) if (port.NodePort is int n) taken.Add(n);
        }
        Prune(_recentPorts);
        taken.UnionWith(_recentPorts.Keys);
        return taken;
    }

    private static T Remember<T>(Dictionary<T, DateTime> recent, T value) where T : notnull
    {
        recent[value] = DateTime.UtcNow;
        return value;
    }

    private static void Prune<T>(Dictionary<T, DateTime> recent) where T : notnull
    {
        var cutoff = DateTime.UtcNow - RecentWindow;
        foreach (var stale in recent.Where(kv => kv.Value < cutoff).Select(kv => kv.Key).ToList()) recent.Remove(stale);
    }
}
