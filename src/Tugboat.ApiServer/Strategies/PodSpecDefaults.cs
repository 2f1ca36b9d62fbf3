using Tugboat.Api.Core.V1;

namespace Tugboat.ApiServer.Strategies;

/// <summary>Upstream's v1 defaults for a pod spec, shared by Pods and every pod template.</summary>
public static class PodSpecDefaults
{
    public static void Apply(PodSpec spec)
    {
        spec.RestartPolicy ??= "Always";
        spec.DNSPolicy ??= "ClusterFirst";
        spec.SchedulerName ??= "default-scheduler";
        spec.TerminationGracePeriodSeconds ??= 30;
        spec.SecurityContext ??= new PodSecurityContext();
        spec.EnableServiceLinks ??= true;
        spec.Priority ??= 0;
        spec.PreemptionPolicy ??= "PreemptLowerPriority";
        spec.ServiceAccountName ??= spec.DeprecatedServiceAccount ?? "default";
        spec.DeprecatedServiceAccount = spec.ServiceAccountName;
        foreach (var c in spec.Containers.Concat(spec.InitContainers ?? [])) Container(c);
    }

    private static void Container(Container c)
    {
        c.TerminationMessagePath ??= "/dev/termination-log";
        c.TerminationMessagePolicy ??= "File";
        c.ImagePullPolicy ??= ImageHasLatestTag(c.Image) ? "Always" : "IfNotPresent";
        c.Resources ??= new ResourceRequirements();
        // A limit without a request requests the limit (upstream's defaulting), which makes such pods Guaranteed.
        foreach (var (name, limit) in c.Resources.Limits ?? [])
        {
            c.Resources.Requests ??= [];
            c.Resources.Requests.TryAdd(name, limit);
        }
        foreach (var p in c.Ports ?? []) p.Protocol ??= "TCP";
        foreach (var probe in new[] { c.LivenessProbe, c.ReadinessProbe, c.StartupProbe }) if (probe is not null) Probe(probe);
    }

    private static void Probe(Probe probe)
    {
        probe.TimeoutSeconds ??= 1;
        probe.PeriodSeconds ??= 10;
        probe.SuccessThreshold ??= 1;
        probe.FailureThreshold ??= 3;
        if (probe.HTTPGet is { } http)
        {
            http.Path ??= "/";
            http.Scheme ??= "HTTP";
        }
    }

    private static bool ImageHasLatestTag(string? image)
    {
        if (string.IsNullOrEmpty(image) || image.Contains('@')) return false;
        var lastSlash = image.LastIndexOf('/');
        var colon = image.IndexOf(':', lastSlash + 1);
        return colon < 0 || image[(colon + 1)..] == "latest";
    }
}
