using Tugboat.Api.Core.V1;
using Tugboat.Api.Json;

namespace Tugboat.ApiServer.Strategies;

/// <summary>What an update may change in a running pod's spec (upstream's ValidatePodUpdate).</summary>
public static class PodSpecUpdates
{
    public const string ForbiddenMessage =
        "pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)";

    public static bool OnlyMutableFieldsChanged(PodSpec updated, PodSpec old)
    {
        var candidate = ApiJson.Deserialize<PodSpec>(ApiJson.Serialize(updated));
        for (var i = 0; i < Math.Min(candidate.Containers.Count, old.Containers.Count); i++)
            candidate.Containers[i].Image = old.Containers[i].Image;
        if (candidate.InitContainers is not null && old.InitContainers is not null)
            for (var i = 0; i < Math.Min(candidate.InitContainers.Count, old.InitContainers.Count); i++)
                candidate.InitContainers[i].Image = old.InitContainers[i].Image;
        if (old.ActiveDeadlineSeconds is null || candidate.ActiveDeadlineSeconds <= old.ActiveDeadlineSeconds)
            candidate.ActiveDeadlineSeconds = old.ActiveDeadlineSeconds;
        if (AddsTolerationsOnly(candidate.Tolerations, old.Tolerations)) candidate.Tolerations = old.Tolerations;
        if (old.TerminationGracePeriodSeconds < 0 && candidate.TerminationGracePeriodSeconds == 1)
            candidate.TerminationGracePeriodSeconds = old.TerminationGracePeriodSeconds;
        if (candidate.SchedulingGates is { } gates && old.SchedulingGates is { } oldGates && gates.All(g => oldGates.Any(o => o.Name == g.Name)))
            candidate.SchedulingGates = old.SchedulingGates;
        return ApiJson.Serialize(candidate).AsSpan().SequenceEqual(ApiJson.Serialize(old));
    }

    private static bool AddsTolerationsOnly(List<Toleration>? updated, List<Toleration>? old)
    {
        var before = (old ?? []).Select(t => ApiJson.Serialize(t)).Select(Convert.ToBase64String).ToList();
        var after = (updated ?? []).Select(t => ApiJson.Serialize(t)).Select(Convert.ToBase64String).ToHashSet();
        return before.All(after.Contains);
    }
}
