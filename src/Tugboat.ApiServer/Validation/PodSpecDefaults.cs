using Tugboat.Api.Core.V1;

namespace Tugboat.ApiServer.Validation;

/// <summary>
/// Upstream's defaulting of a pod spec (pkg/apis/core/v1/defaults.go: SetDefaults_PodSpec, _Container, _Probe,
/// _HTTPGetAction, _Volume and the volume sources, +default markers), applied to pods and to every pod template.
/// What upstream does only for Pod objects (SetDefaults_Pod, and the admission plugins that fill priority and the
/// service account) is behind <c>isPod</c>.
/// </summary>
public static class PodSpecDefaults
{
    public const int DefaultFileMode = 420; // 0644

    /// <summary>Defaults of a template's pod spec; creates the spec when absent (it is a struct upstream).</summary>
    public static void ApplyTemplate(PodTemplateSpec template)
    {
        template.Spec ??= new PodSpec();
        Apply(template.Spec, isPod: false);
    }

    public static void Apply(PodSpec spec, bool isPod)
    {
        spec.DNSPolicy ??= "ClusterFirst";
        spec.RestartPolicy ??= "Always";
        spec.SecurityContext ??= new PodSecurityContext();
        spec.TerminationGracePeriodSeconds ??= 30;
        spec.SchedulerName ??= "default-scheduler";
        // v1 conversion: serviceAccount is the deprecated alias of serviceAccountName.
        if (string.IsNullOrEmpty(spec.ServiceAccountName) && !string.IsNullOrEmpty(spec.DeprecatedServiceAccount))
            spec.ServiceAccountName = spec.DeprecatedServiceAccount;
        if (isPod)
        {
            spec.EnableServiceLinks ??= true;
            // Admission (Priority, ServiceAccount) fills these for pods only.
            spec.Priority ??= 0;
            spec.PreemptionPolicy ??= "PreemptLowerPriority";
            if (string.IsNullOrEmpty(spec.ServiceAccountName)) spec.ServiceAccountName = "default";
        }
        if (!string.IsNullOrEmpty(spec.ServiceAccountName)) spec.DeprecatedServiceAccount = spec.ServiceAccountName;

        foreach (var c in spec.Containers) DefaultContainer(c, spec, isPod);
        foreach (var c in spec.InitContainers ?? []) DefaultContainer(c, spec, isPod);
        foreach (var v in spec.Volumes ?? []) DefaultVolume(v);
    }

    private static void DefaultContainer(Container c, PodSpec spec, bool isPod)
    {
        c.ImagePullPolicy ??= ImageHasLatestTag(c.Image) ? "Always" : "IfNotPresent";
        c.TerminationMessagePath ??= "/dev/termination-log";
        c.TerminationMessagePolicy ??= "File";
        c.Resources ??= new ResourceRequirements();
        if (isPod && c.Resources.Limits is { Count: > 0 } limits)
        {
            // SetDefaults_Pod: a limit without a request requests the limit (which makes such pods Guaranteed).
            c.Resources.Requests ??= [];
            foreach (var (name, limit) in limits) c.Resources.Requests.TryAdd(name, limit);
        }
        foreach (var p in c.Ports ?? [])
        {
            p.Protocol ??= "TCP";
            if (isPod && spec.HostNetwork == true && p.HostPort is null or 0) p.HostPort = p.ContainerPortValue;
        }
        foreach (var e in c.Env ?? [])
            if (e.ValueFrom?.FieldRef is { } fieldRef) fieldRef.APIVersion ??= "v1";
        DefaultProbe(c.LivenessProbe);
        DefaultProbe(c.ReadinessProbe);
        DefaultProbe(c.StartupProbe);
        DefaultHttpGet(c.Lifecycle?.PostStart?.HTTPGet);
        DefaultHttpGet(c.Lifecycle?.PreStop?.HTTPGet);
    }

    private static void DefaultProbe(Probe? probe)
    {
        if (probe is null) return;
        probe.TimeoutSeconds ??= 1;
        probe.PeriodSeconds ??= 10;
        probe.SuccessThreshold ??= 1;
        probe.FailureThreshold ??= 3;
        DefaultHttpGet(probe.HTTPGet);
    }

    private static void DefaultHttpGet(HTTPGetAction? action)
    {
        if (action is null) return;
        if (string.IsNullOrEmpty(action.Path)) action.Path = "/";
        if (string.IsNullOrEmpty(action.Scheme)) action.Scheme = "HTTP";
    }

    private static void DefaultVolume(Volume v)
    {
        if (PodSpecValidation.VolumeSourcesOf(v).All(s => !s.Set)) v.EmptyDir = new EmptyDirVolumeSource();
        if (v.Secret is { } secret) secret.DefaultMode ??= DefaultFileMode;
        if (v.ConfigMap is { } configMap) configMap.DefaultMode ??= DefaultFileMode;
        if (v.DownwardAPI is { } downward)
        {
            downward.DefaultMode ??= DefaultFileMode;
            foreach (var item in downward.Items ?? []) DefaultFieldRef(item.FieldRef);
        }
        if (v.Projected is { } projected)
        {
            projected.DefaultMode ??= DefaultFileMode;
            foreach (var source in projected.Sources ?? [])
            {
                if (source.ServiceAccountToken is { } token) token.ExpirationSeconds ??= 3600;
                foreach (var item in source.DownwardAPI?.Items ?? []) DefaultFieldRef(item.FieldRef);
            }
        }
        if (v.HostPath is { } hostPath) hostPath.Type ??= "";
        if (v.Ephemeral?.VolumeClaimTemplate?.Spec is { } claim) claim.VolumeMode ??= "Filesystem";
    }

    private static void DefaultFieldRef(ObjectFieldSelector? fieldRef)
    {
        if (fieldRef is not null) fieldRef.APIVersion ??= "v1";
    }

    /// <summary>parsers.ParseImageName's tag is "latest" when the image names none (and has no digest).</summary>
    public static bool ImageHasLatestTag(string? image)
    {
        if (string.IsNullOrEmpty(image) || image.Contains('@')) return false;
        var lastSlash = image.LastIndexOf('/');
        var colon = image.IndexOf(':', lastSlash + 1);
        return colon < 0 || image[(colon + 1)..] == "latest";
    }
}
