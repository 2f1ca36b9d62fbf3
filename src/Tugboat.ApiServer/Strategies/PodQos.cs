using Tugboat.Api;
using Tugboat.Api.Core.V1;

namespace Tugboat.ApiServer.Strategies;

/// <summary>A pod's QoS class by upstream's rules (pkg/apis/core/helper/qos): Guaranteed, Burstable or BestEffort.</summary>
public static class PodQos
{
    private static readonly string[] Tracked = ["cpu", "memory"];

    public static string ClassOf(PodSpec? spec)
    {
        if (spec is null) return "BestEffort";
        var containers = spec.Containers.Concat(spec.InitContainers ?? []).ToList();
        var anySet = false;
        var guaranteed = true;
        foreach (var c in containers)
        {
            var requests = Pick(c.Resources?.Requests);
            var limits = Pick(c.Resources?.Limits);
            if (requests.Count > 0 || limits.Count > 0) anySet = true;
            if (limits.Count < Tracked.Length) { guaranteed = false; continue; }
            foreach (var (name, request) in requests)
                if (request.CompareTo(limits[name]) != 0) guaranteed = false;
        }
        if (!anySet) return "BestEffort";
        return guaranteed ? "Guaranteed" : "Burstable";
    }

    private static Dictionary<string, Quantity> Pick(Dictionary<string, Quantity>? list) =>
        (list ?? []).Where(kv => Tracked.Contains(kv.Key) && !kv.Value.IsZero).ToDictionary(kv => kv.Key, kv => kv.Value);
}
