using System.Reflection;
using Tugboat.Api.Autoscaling.V1;
using Tugboat.Api.Meta;
using Tugboat.Api.Selection;

namespace Tugboat.ApiServer.Handlers;

/// <summary>Reads and writes the autoscaling/v1 Scale view of a workload's spec.replicas and selector.</summary>
public static class ScaleAdapter
{
    public static Scale ToScale(IKubernetesObject obj)
    {
        var spec = obj.GetType().GetProperty("Spec")?.GetValue(obj);
        var status = obj.GetType().GetProperty("Status")?.GetValue(obj);
        var selector = spec?.GetType().GetProperty("Selector")?.GetValue(spec);
        return new Scale
        {
            ApiVersion = "autoscaling/v1",
            Kind = "Scale",
            Metadata = new ObjectMeta
            {
                Name = obj.Metadata.Name,
                Namespace = obj.Metadata.Namespace,
                Uid = obj.Metadata.Uid,
                ResourceVersion = obj.Metadata.ResourceVersion,
                CreationTimestamp = obj.Metadata.CreationTimestamp,
            },
            Spec = new ScaleSpec { Replicas = Replicas(spec) ?? 1 },
            Status = new ScaleStatus { Replicas = Replicas(status) ?? 0, Selector = SelectorString(selector) },
        };
    }

    public static void SetReplicas(IKubernetesObject obj, int replicas)
    {
        var spec = obj.GetType().GetProperty("Spec")?.GetValue(obj) ?? throw new InvalidOperationException($"{obj.Kind} has no spec");
        spec.GetType().GetProperty("Replicas", BindingFlags.Public | BindingFlags.Instance)!.SetValue(spec, replicas);
    }

    private static int? Replicas(object? part) => part?.GetType().GetProperty("Replicas")?.GetValue(part) as int?;

    private static string? SelectorString(object? selector) => selector switch
    {
        LabelSelector s => s.ToSelector().ToString(),
        Dictionary<string, string> map => string.Join(",", map.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key}={kv.Value}")),
        _ => null,
    };
}
