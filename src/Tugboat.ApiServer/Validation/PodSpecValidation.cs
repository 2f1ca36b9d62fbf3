using Tugboat.Api;
using Tugboat.Api.Core.V1;
using Tugboat.Api.Meta;
using Tugboat.Api.Validation;
using Tugboat.ApiServer.Http;

namespace Tugboat.ApiServer.Validation;

/// <summary>
/// Upstream's ValidatePodSpec (pkg/apis/core/validation) for pods and pod templates alike: volumes, containers and
/// init containers (names, image, ports, env, mounts, resources, probes, lifecycle), restart and DNS policy,
/// security context, scheduling fields. Paths and messages are upstream's, quirks included.
/// </summary>
public static class PodSpecValidation
{
    private static readonly string[] RestartPolicies = ["Always", "OnFailure", "Never"];
    private static readonly string[] DnsPolicies = ["ClusterFirstWithHostNet", "ClusterFirst", "Default", "None"];
    private static readonly string[] PullPolicies = ["Always", "IfNotPresent", "Never"];
    private static readonly string[] Protocols = ["SCTP", "TCP", "UDP"];
    private static readonly string[] HostPathTypes = ["", "BlockDevice", "CharDevice", "Directory", "DirectoryOrCreate", "File", "FileOrCreate", "Socket"];
    private static readonly string[] TaintEffects = ["NoSchedule", "PreferNoSchedule", "NoExecute"];
    private static readonly string[] EnvFieldPaths =
        ["metadata.name", "metadata.namespace", "metadata.uid", "spec.nodeName", "spec.serviceAccountName", "status.hostIP", "status.hostIPs", "status.podIP", "status.podIPs"];
    private static readonly string[] VolumeFieldPaths = ["metadata.annotations", "metadata.labels", "metadata.name", "metadata.namespace", "metadata.uid"];
    private static readonly string[] DownwardApiLabels =
    [
        "metadata.annotations", "metadata.labels", "metadata.name", "metadata.namespace", "metadata.uid", "spec.nodeName",
        "spec.restartPolicy", "spec.serviceAccountName", "spec.schedulerName", "status.phase", "status.hostIP",
        "status.hostIPs", "status.podIP", "status.podIPs",
    ];
    private static readonly string[] ResourceFieldPaths =
        ["limits.cpu", "limits.ephemeral-storage", "limits.memory", "requests.cpu", "requests.ephemeral-storage", "requests.memory"];

    private const string FileModeErrorMsg = "must be a number between 0 and 0777 (octal), both inclusive";
    private const string MoreThanOneVolumeType = "may not specify more than 1 volume type";

    /// <summary>
    /// Validates <paramref name="spec"/> at <paramref name="path"/> ("spec", "spec.template.spec", ...). Extra volume
    /// names (a StatefulSet's volumeClaimTemplates) count as volumes for the containers' mounts.
    /// </summary>
    public static void Validate(PodSpec spec, string path, List<FieldError> errors, bool isPod, IEnumerable<string>? extraVolumes = null)
    {
        if (spec.TerminationGracePeriodSeconds is null) errors.Add(FieldError.Required($"{path}.terminationGracePeriodSeconds"));
        var grace = spec.TerminationGracePeriodSeconds;

        var volumes = ValidateVolumes(spec.Volumes, $"{path}.volumes", errors);
        foreach (var name in extraVolumes ?? []) volumes.TryAdd(name, null);
        var claimNames = new HashSet<string>((spec.ResourceClaims ?? []).Select(c => c.Name).Where(n => n.Length > 0));
        ValidateResourceClaims(spec.ResourceClaims, $"{path}.resourceClaims", errors);
        ValidateContainers(spec, volumes, claimNames, grace, $"{path}.containers", errors);
        ValidateInitContainers(spec, volumes, claimNames, grace, $"{path}.initContainers", errors);

        ValidateHostNetworkPorts(spec, path, isPod, errors);
        Required(spec.RestartPolicy, $"{path}.restartPolicy", RestartPolicies, errors);
        Required(spec.DNSPolicy, $"{path}.dnsPolicy", DnsPolicies, errors);
        Checks.Labels(spec.NodeSelector, $"{path}.nodeSelector", errors);
        ValidatePodSecurityContext(spec, $"{path}.securityContext", errors);
        ValidateAffinity(spec.Affinity, $"{path}.affinity", errors);
        ValidateDnsConfig(spec.DNSConfig, spec.DNSPolicy, $"{path}.dnsConfig", errors);
        for (var i = 0; i < (spec.ReadinessGates?.Count ?? 0); i++)
            Checks.QualifiedName(spec.ReadinessGates![i].ConditionType, $"{path}.readinessGates[{i}].conditionType", errors);
        var gates = new HashSet<string>();
        for (var i = 0; i < (spec.SchedulingGates?.Count ?? 0); i++)
        {
            var gate = spec.SchedulingGates![i].Name;
            Checks.QualifiedName(gate, $"{path}.schedulingGates[{i}]", errors);
            if (!gates.Add(gate)) errors.Add(FieldError.Duplicate($"{path}.schedulingGates[{i}]", gate));
        }
        ValidateTopologySpread(spec.TopologySpreadConstraints, $"{path}.topologySpreadConstraints", errors);
        if (!string.IsNullOrEmpty(spec.ServiceAccountName)) Checks.Dns1123Subdomain(spec.ServiceAccountName, $"{path}.serviceAccountName", errors);
        if (!string.IsNullOrEmpty(spec.NodeName)) Checks.Dns1123Subdomain(spec.NodeName, $"{path}.nodeName", errors);
        if (spec.ActiveDeadlineSeconds is long deadline && deadline is < 1 or > int.MaxValue)
            errors.Add(FieldError.Invalid($"{path}.activeDeadlineSeconds", deadline, NameValidation.InclusiveRangeError(1, int.MaxValue)));
        if (!string.IsNullOrEmpty(spec.Hostname)) Checks.Dns1123Label(spec.Hostname, $"{path}.hostname", errors);
        if (!string.IsNullOrEmpty(spec.Subdomain)) Checks.Dns1123Label(spec.Subdomain, $"{path}.subdomain", errors);
        if (spec.Tolerations is { Count: > 0 }) ValidateTolerations(spec.Tolerations, $"{path}.tolerations", errors);
        for (var i = 0; i < (spec.HostAliases?.Count ?? 0); i++)
        {
            var alias = spec.HostAliases![i];
            Checks.IP(alias.IP, $"{path}.hostAliases[{i}].ip", errors);
            for (var j = 0; j < (alias.Hostnames?.Count ?? 0); j++)
                Checks.Dns1123Subdomain(alias.Hostnames![j], $"{path}.hostAliases[{i}].hostnames[{j}]", errors);
        }
        if (!string.IsNullOrEmpty(spec.PriorityClassName)) Checks.Dns1123Subdomain(spec.PriorityClassName, $"{path}.priorityClassName", errors);
        if (spec.RuntimeClassName is not null) Checks.Dns1123Subdomain(spec.RuntimeClassName, $"{path}.runtimeClassName", errors);
        if (spec.PreemptionPolicy is not null) Required(spec.PreemptionPolicy, $"{path}.preemptionPolicy", ["PreemptLowerPriority", "Never"], errors);
        if (spec.Overhead is not null) ResourceValidation.ContainerRequirements(spec.Overhead, null, null, claimNames, $"{path}.overhead", errors);
        if (spec.OS is { } os && os.Name is not ("linux" or "windows"))
            errors.Add(FieldError.NotSupported($"{path}.os.name", os.Name, ["linux", "windows"]));
    }

    /// <summary>Checks only a pod gets (validatePodMetadataAndSpec and ValidatePodCreate on top of ValidatePodSpec).</summary>
    public static void ValidatePodOnly(PodSpec spec, string path, List<FieldError> errors, bool create)
    {
        if (string.IsNullOrEmpty(spec.ServiceAccountName))
            for (var vi = 0; vi < (spec.Volumes?.Count ?? 0); vi++)
                for (var si = 0; si < (spec.Volumes![vi].Projected?.Sources?.Count ?? 0); si++)
                    if (spec.Volumes[vi].Projected!.Sources![si].ServiceAccountToken is not null)
                        errors.Add(FieldError.Forbidden($"{path}.volumes[{vi}].projected.sources[{si}].serviceAccountToken", "must not be specified when serviceAccountName is not set"));
        ImageWhitespace(spec.Containers, $"{path}.containers", errors);
        ImageWhitespace(spec.InitContainers ?? [], $"{path}.initContainers", errors);
        if (!create) return;
        if (spec.EphemeralContainers is { Count: > 0 }) errors.Add(FieldError.Forbidden($"{path}.ephemeralContainers", "cannot be set on create"));
        if (!string.IsNullOrEmpty(spec.NodeName) && spec.SchedulingGates is { Count: > 0 })
            errors.Add(FieldError.Forbidden($"{path}.nodeName", "cannot be set until all schedulingGates have been cleared"));
    }

    private static void ImageWhitespace(List<Container> containers, string path, List<FieldError> errors)
    {
        for (var i = 0; i < containers.Count; i++)
            if (containers[i].Image is { } image && image.Length != image.Trim().Length)
                errors.Add(FieldError.Invalid($"{path}[{i}].image", image, "must not have leading or trailing whitespace"));
    }

    // ---------------------------------------------------------------- volumes

    /// <summary>The volume sources of a volume in upstream's order, with whether each is set and its validator.</summary>
    internal static IEnumerable<(string Name, bool Set, Action<string, List<FieldError>>? Check)> VolumeSourcesOf(VolumeSource v)
    {
        yield return ("emptyDir", v.EmptyDir is not null, (p, e) =>
        {
            if (v.EmptyDir!.SizeLimit is { Sign: < 0 }) e.Add(FieldError.Forbidden($"{p}.sizeLimit", "SizeLimit field must be a valid resource quantity"));
        });
        yield return ("hostPath", v.HostPath is not null, (p, e) => HostPath(v.HostPath!, p, e));
        yield return ("gitRepo", v.GitRepo is not null, null);
        yield return ("gcePersistentDisk", v.GCEPersistentDisk is not null, null);
        yield return ("awsElasticBlockStore", v.AWSElasticBlockStore is not null, null);
        yield return ("secret", v.Secret is not null, (p, e) =>
        {
            if (string.IsNullOrEmpty(v.Secret!.SecretName)) e.Add(FieldError.Required($"{p}.secretName"));
            Mode(v.Secret.DefaultMode, $"{p}.defaultMode", e);
            KeyToPaths(v.Secret.Items, $"{p}.items", e);
        });
        yield return ("nfs", v.NFS is not null, (p, e) => Nfs(v.NFS!, p, e));
        yield return ("iscsi", v.ISCSI is not null, null);
        yield return ("glusterfs", v.Glusterfs is not null, null);
        yield return ("flocker", v.Flocker is not null, null);
        yield return ("persistentVolumeClaim", v.PersistentVolumeClaim is not null, (p, e) =>
        {
            if (string.IsNullOrEmpty(v.PersistentVolumeClaim!.ClaimName)) e.Add(FieldError.Required($"{p}.claimName"));
        });
        yield return ("rbd", v.RBD is not null, null);
        yield return ("cinder", v.Cinder is not null, null);
        yield return ("cephFS", v.CephFS is not null, null);
        yield return ("quobyte", v.Quobyte is not null, null);
        yield return ("downwarAPI", v.DownwardAPI is not null, (p, e) => DownwardApi(v.DownwardAPI!, p, e));
        yield return ("fc", v.FC is not null, null);
        yield return ("flexVolume", v.FlexVolume is not null, null);
        yield return ("configMap", v.ConfigMap is not null, (p, e) =>
        {
            if (string.IsNullOrEmpty(v.ConfigMap!.Name)) e.Add(FieldError.Required($"{p}.name"));
            Mode(v.ConfigMap.DefaultMode, $"{p}.defaultMode", e);
            KeyToPaths(v.ConfigMap.Items, $"{p}.items", e);
        });
        yield return ("azureFile", v.AzureFile is not null, null);
        yield return ("vsphereVolume", v.VsphereVolume is not null, null);
        yield return ("photonPersistentDisk", v.PhotonPersistentDisk is not null, null);
        yield return ("portworxVolume", v.PortworxVolume is not null, null);
        yield return ("azureDisk", v.AzureDisk is not null, null);
        yield return ("storageos", v.StorageOS is not null, null);
        yield return ("projected", v.Projected is not null, (p, e) => Projected(v.Projected!, p, e));
        yield return ("scaleIO", v.ScaleIO is not null, null);
        yield return ("csi", v.CSI is not null, (p, e) => CsiDriverName(v.CSI!.Driver, $"{p}.driver", e));
        yield return ("ephemeral", v.Ephemeral is not null, (p, e) =>
        {
            if (v.Ephemeral!.VolumeClaimTemplate is not { } template) e.Add(FieldError.Required($"{p}.volumeClaimTemplate"));
            else
            {
                Checks.Annotations(template.Metadata?.Annotations, $"{p}.volumeClaimTemplate.metadata.annotations", e);
                Checks.Labels(template.Metadata?.Labels, $"{p}.volumeClaimTemplate.metadata.labels", e);
                PersistentVolumeValidation.ClaimSpec(template.Spec, $"{p}.volumeClaimTemplate.spec", e);
            }
        });
        yield return ("image", v.Image is not null, null);
    }

    // Upstream validates the persistentDisk source under that path.
    private static string SourcePath(string name) => name switch
    {
        "gcePersistentDisk" => "persistentDisk",
        "cephFS" => "cephfs",
        "downwarAPI" => "downwardAPI",
        _ => name,
    };

    /// <summary>ValidateVolumes: the valid volumes by name (a failing volume is left out, so mounts of it fail too).</summary>
    public static Dictionary<string, Volume?> ValidateVolumes(List<Volume>? volumes, string path, List<FieldError> errors)
    {
        var valid = new Dictionary<string, Volume?>();
        var all = new HashSet<string>();
        for (var i = 0; i < (volumes?.Count ?? 0); i++)
        {
            var vol = volumes![i];
            var p = $"{path}[{i}]";
            var el = new List<FieldError>();
            VolumeSource(vol, p, el);
            if (vol.Name.Length == 0) el.Add(FieldError.Required($"{p}.name"));
            else Checks.Dns1123Label(vol.Name, $"{p}.name", el);
            if (all.Contains(vol.Name)) el.Add(FieldError.Duplicate($"{p}.name", vol.Name));
            if (el.Count == 0)
            {
                all.Add(vol.Name);
                valid[vol.Name] = vol;
            }
            else errors.AddRange(el);
        }
        return valid;
    }

    private static void VolumeSource(VolumeSource source, string path, List<FieldError> errors)
    {
        var count = 0;
        foreach (var (name, set, check) in VolumeSourcesOf(source))
        {
            if (!set) continue;
            if (count > 0) { errors.Add(FieldError.Forbidden($"{path}.{name}", MoreThanOneVolumeType)); continue; }
            count++;
            check?.Invoke($"{path}.{SourcePath(name)}", errors);
        }
        if (count == 0) errors.Add(FieldError.Required(path, "must specify a volume type"));
    }

    internal static void HostPath(HostPathVolumeSource hostPath, string path, List<FieldError> errors)
    {
        if (hostPath.Path.Length == 0) { errors.Add(FieldError.Required($"{path}.path")); return; }
        NoBacksteps(hostPath.Path, $"{path}.path", errors);
        if (hostPath.Type is { } type && !HostPathTypes.Contains(type))
            errors.Add(FieldError.NotSupported($"{path}.type", type, HostPathTypes));
    }

    internal static void Nfs(NFSVolumeSource nfs, string path, List<FieldError> errors)
    {
        if (nfs.Server.Length == 0) errors.Add(FieldError.Required($"{path}.server"));
        if (nfs.Path.Length == 0) errors.Add(FieldError.Required($"{path}.path"));
        if (!nfs.Path.StartsWith('/')) errors.Add(FieldError.Invalid($"{path}.path", nfs.Path, "must be an absolute path"));
    }

    internal static void CsiDriverName(string driver, string path, List<FieldError> errors)
    {
        if (driver.Length == 0) errors.Add(FieldError.Required(path));
        if (driver.Length > 63) errors.Add(FieldError.TooLong(path, 63));
        foreach (var m in NameValidation.IsDns1123Subdomain(driver.ToLowerInvariant())) errors.Add(FieldError.Invalid(path, driver, m));
    }

    private static void Mode(int? mode, string path, List<FieldError> errors)
    {
        if (mode is int m && m is > 0x1FF or < 0) errors.Add(FieldError.Invalid(path, m, FileModeErrorMsg));
    }

    private static void KeyToPaths(List<KeyToPath>? items, string path, List<FieldError> errors)
    {
        for (var i = 0; i < (items?.Count ?? 0); i++)
        {
            var kp = items![i];
            var p = $"{path}[{i}]";
            if (kp.Key.Length == 0) errors.Add(FieldError.Required($"{p}.key"));
            if (kp.Path.Length == 0) errors.Add(FieldError.Required($"{p}.path"));
            LocalNonReservedPath(kp.Path, $"{p}.path", errors);
            Mode(kp.Mode, $"{p}.mode", errors);
        }
    }

    private static void DownwardApi(DownwardAPIVolumeSource source, string path, List<FieldError> errors)
    {
        Mode(source.DefaultMode, $"{path}.defaultMode", errors);
        // Upstream reports each file's errors at the source's path, without the item's index.
        foreach (var file in source.Items ?? []) DownwardApiFile(file, path, errors);
    }

    private static void DownwardApiFile(DownwardAPIVolumeFile file, string path, List<FieldError> errors)
    {
        if (file.Path.Length == 0) errors.Add(FieldError.Required($"{path}.path"));
        LocalNonReservedPath(file.Path, $"{path}.path", errors);
        if (file.FieldRef is not null)
        {
            ObjectFieldSelector(file.FieldRef, VolumeFieldPaths, $"{path}.fieldRef", errors);
            if (file.ResourceFieldRef is not null)
                errors.Add(FieldError.Invalid(path, "resource", "fieldRef and resourceFieldRef can not be specified simultaneously"));
        }
        else if (file.ResourceFieldRef is not null) ResourceFieldSelector(file.ResourceFieldRef, $"{path}.resourceFieldRef", volume: true, errors);
        else errors.Add(FieldError.Required(path, "one of fieldRef and resourceFieldRef is required"));
        Mode(file.Mode, $"{path}.mode", errors);
    }

    private static void Projected(ProjectedVolumeSource projected, string path, List<FieldError> errors)
    {
        var paths = new HashSet<string>();
        for (var i = 0; i < (projected.Sources?.Count ?? 0); i++)
        {
            var source = projected.Sources![i];
            var sp = $"{path}.sources[{i}]";
            var count = 0;
            if (source.Secret is { } secret)
            {
                count++;
                if (string.IsNullOrEmpty(secret.Name)) errors.Add(FieldError.Required($"{sp}.secret.name"));
                ProjectedItems(secret.Items, secret.Name, $"{sp}.secret.items", path, paths, errors);
            }
            if (source.ConfigMap is { } configMap)
            {
                count++;
                if (string.IsNullOrEmpty(configMap.Name)) errors.Add(FieldError.Required($"{sp}.configMap.name"));
                ProjectedItems(configMap.Items, configMap.Name, $"{sp}.configMap.items", path, paths, errors);
            }
            if (source.DownwardAPI is { } downward)
            {
                count++;
                foreach (var file in downward.Items ?? [])
                {
                    DownwardApiFile(file, $"{sp}.downwardAPI", errors);
                    if (file.Path.Length > 0 && !paths.Add(file.Path)) errors.Add(FieldError.Invalid(path, file.Path, "conflicting duplicate paths"));
                }
            }
            if (source.ServiceAccountToken is { } token)
            {
                count++;
                var tp = $"{sp}.serviceAccountToken";
                if (token.ExpirationSeconds is < 10 * 60) errors.Add(FieldError.Invalid($"{tp}.expirationSeconds", token.ExpirationSeconds, "may not specify a duration less than 10 minutes"));
                if (token.ExpirationSeconds is > 1L << 32) errors.Add(FieldError.Invalid($"{tp}.expirationSeconds", token.ExpirationSeconds, "may not specify a duration larger than 2^32 seconds"));
                // Upstream reports the token's path at the projected volume's path.
                if (token.Path.Length == 0) errors.Add(FieldError.Required($"{path}.path"));
                LocalNonReservedPath(token.Path, $"{path}.path", errors);
            }
            if (source.ClusterTrustBundle is not null) count++;
            if (count > 1) errors.Add(FieldError.Forbidden(sp, "may not specify more than 1 volume type per source"));
        }
        Mode(projected.DefaultMode, $"{path}.defaultMode", errors);
    }

    private static void ProjectedItems(List<KeyToPath>? items, string? name, string path, string volumePath, HashSet<string> paths, List<FieldError> errors)
    {
        for (var i = 0; i < (items?.Count ?? 0); i++)
        {
            KeyToPaths([items![i]], path, errors);
            if (items[i].Path.Length > 0 && !paths.Add(items[i].Path))
                errors.Add(FieldError.Invalid(volumePath, name ?? "", "conflicting duplicate paths"));
        }
    }

    /// <summary>validatePathNoBacksteps.</summary>
    internal static void NoBacksteps(string target, string path, List<FieldError> errors)
    {
        if (target.Replace('\\', '/').Split('/').Contains("..")) errors.Add(FieldError.Invalid(path, target, "must not contain '..'"));
    }

    private static void LocalDescendingPath(string target, string path, List<FieldError> errors)
    {
        if (target.StartsWith('/')) errors.Add(FieldError.Invalid(path, target, "must be a relative path"));
        NoBacksteps(target, path, errors);
    }

    private static void LocalNonReservedPath(string target, string path, List<FieldError> errors)
    {
        LocalDescendingPath(target, path, errors);
        if (target.StartsWith("..", StringComparison.Ordinal) && !target.StartsWith("../", StringComparison.Ordinal))
            errors.Add(FieldError.Invalid(path, target, "must not start with '..'"));
    }

    // ---------------------------------------------------------------- containers

    private static void ValidateContainers(PodSpec spec, Dictionary<string, Volume?> volumes, ISet<string> claims, long? grace, string path, List<FieldError> errors)
    {
        var containers = spec.Containers;
        if (containers.Count == 0) { errors.Add(FieldError.Required(path)); return; }
        var names = new HashSet<string>();
        for (var i = 0; i < containers.Count; i++)
        {
            var c = containers[i];
            var p = $"{path}[{i}]";
            ContainerCommon(c, volumes, claims, p, spec, errors);
            if (!names.Add(c.Name)) errors.Add(FieldError.Duplicate($"{p}.name", c.Name));
            if (c.Lifecycle is not null) Lifecycle(c.Lifecycle, grace, $"{p}.lifecycle", errors);
            LivenessOrStartupProbe(c.LivenessProbe, grace, $"{p}.livenessProbe", errors);
            ReadinessProbe(c.ReadinessProbe, grace, $"{p}.readinessProbe", errors);
            LivenessOrStartupProbe(c.StartupProbe, grace, $"{p}.startupProbe", errors);
            if (c.RestartPolicy is not null) errors.Add(FieldError.Forbidden($"{p}.restartPolicy", "may not be set for non-init containers"));
        }
        HostPortConflicts(containers, path, errors);
    }

    private static void ValidateInitContainers(PodSpec spec, Dictionary<string, Volume?> volumes, ISet<string> claims, long? grace, string path, List<FieldError> errors)
    {
        var names = new HashSet<string>(spec.Containers.Select(c => c.Name));
        var containers = spec.InitContainers ?? [];
        for (var i = 0; i < containers.Count; i++)
        {
            var c = containers[i];
            var p = $"{path}[{i}]";
            ContainerCommon(c, volumes, claims, p, spec, errors);
            var restartAlways = false;
            if (c.RestartPolicy is not null)
            {
                if (c.RestartPolicy != "Always") errors.Add(FieldError.NotSupported($"{p}.restartPolicy", c.RestartPolicy, ["Always"]));
                restartAlways = c.RestartPolicy == "Always";
            }
            if (names.Contains(c.Name)) errors.Add(FieldError.Duplicate($"{p}.name", c.Name));
            else if (c.Name.Length > 0) names.Add(c.Name);
            HostPortConflicts([c], path, errors);
            if (restartAlways)
            {
                if (c.Lifecycle is not null) Lifecycle(c.Lifecycle, grace, $"{p}.lifecycle", errors);
                LivenessOrStartupProbe(c.LivenessProbe, grace, $"{p}.livenessProbe", errors);
                ReadinessProbe(c.ReadinessProbe, grace, $"{p}.readinessProbe", errors);
                LivenessOrStartupProbe(c.StartupProbe, grace, $"{p}.startupProbe", errors);
            }
            else
            {
                const string notForInit = "may not be set for init containers without restartPolicy=Always";
                if (c.Lifecycle is not null) errors.Add(FieldError.Forbidden($"{p}.lifecycle", notForInit));
                if (c.LivenessProbe is not null) errors.Add(FieldError.Forbidden($"{p}.livenessProbe", notForInit));
                if (c.ReadinessProbe is not null) errors.Add(FieldError.Forbidden($"{p}.readinessProbe", notForInit));
                if (c.StartupProbe is not null) errors.Add(FieldError.Forbidden($"{p}.startupProbe", notForInit));
            }
            if (c.ResizePolicy is { Count: > 0 }) errors.Add(FieldError.Invalid($"{p}.resizePolicy", c.ResizePolicy, "must not be set for init containers"));
        }
    }

    /// <summary>validateContainerCommon: what regular and init containers share.</summary>
    private static void ContainerCommon(Container c, Dictionary<string, Volume?> volumes, ISet<string> claims, string path, PodSpec spec, List<FieldError> errors)
    {
        if (c.Name.Length == 0) errors.Add(FieldError.Required($"{path}.name"));
        else Checks.Dns1123Label(c.Name, $"{path}.name", errors);
        if (string.IsNullOrEmpty(c.Image)) errors.Add(FieldError.Required($"{path}.image"));
        Required(c.TerminationMessagePolicy, $"{path}.terminationMessagePolicy", ["File", "FallbackToLogsOnError"], errors);
        ContainerPorts(c.Ports, $"{path}.ports", errors);
        Env(c.Env, $"{path}.env", errors);
        EnvFrom(c.EnvFrom, $"{path}.envFrom", errors);
        VolumeMounts(c, volumes, $"{path}.volumeMounts", errors);
        VolumeDevices(c, volumes, $"{path}.volumeDevices", errors);
        Required(c.ImagePullPolicy, $"{path}.imagePullPolicy", PullPolicies, errors, sortedValues: true);
        ResourceValidation.ContainerRequirements(c.Resources?.Limits, c.Resources?.Requests, c.Resources?.Claims, claims, $"{path}.resources", errors);
        ResizePolicy(c.ResizePolicy, spec.RestartPolicy, $"{path}.resizePolicy", errors);
        SecurityContext(c.SecurityContext, spec, $"{path}.securityContext", errors);
    }

    private static void ContainerPorts(List<ContainerPort>? ports, string path, List<FieldError> errors)
    {
        var names = new HashSet<string>();
        for (var i = 0; i < (ports?.Count ?? 0); i++)
        {
            var port = ports![i];
            var p = $"{path}[{i}]";
            if (!string.IsNullOrEmpty(port.Name))
            {
                var messages = NameValidation.IsValidPortName(port.Name);
                foreach (var m in messages) errors.Add(FieldError.Invalid($"{p}.name", port.Name, m));
                if (messages.Count == 0 && !names.Add(port.Name)) errors.Add(FieldError.Duplicate($"{p}.name", port.Name));
            }
            if (port.ContainerPortValue == 0) errors.Add(FieldError.Required($"{p}.containerPort"));
            else foreach (var m in NameValidation.IsValidPortNum(port.ContainerPortValue)) errors.Add(FieldError.Invalid($"{p}.containerPort", port.ContainerPortValue, m));
            if (port.HostPort is int hp && hp != 0)
                foreach (var m in NameValidation.IsValidPortNum(hp)) errors.Add(FieldError.Invalid($"{p}.hostPort", hp, m));
            if (string.IsNullOrEmpty(port.Protocol)) errors.Add(FieldError.Required($"{p}.protocol"));
            else if (!Protocols.Contains(port.Protocol)) errors.Add(FieldError.NotSupported($"{p}.protocol", port.Protocol, Protocols));
        }
    }

    /// <summary>checkHostPortConflicts: a protocol/hostIP/hostPort used twice.</summary>
    private static void HostPortConflicts(IReadOnlyList<Container> containers, string path, List<FieldError> errors)
    {
        var seen = new HashSet<string>();
        for (var ci = 0; ci < containers.Count; ci++)
            for (var pi = 0; pi < (containers[ci].Ports?.Count ?? 0); pi++)
            {
                var port = containers[ci].Ports![pi];
                if (port.HostPort is null or 0) continue;
                var key = $"{port.Protocol}/{port.HostIP}/{port.HostPort}";
                if (!seen.Add(key)) errors.Add(FieldError.Duplicate($"{path}[{ci}].ports[{pi}].hostPort", key));
            }
    }

    private static void ValidateHostNetworkPorts(PodSpec spec, string path, bool isPod, List<FieldError> errors)
    {
        if (spec.HostNetwork != true) return;
        for (var i = 0; i < spec.Containers.Count; i++)
            for (var j = 0; j < (spec.Containers[i].Ports?.Count ?? 0); j++)
            {
                var port = spec.Containers[i].Ports![j];
                var hp = port.HostPort ?? 0;
                if ((isPod || hp != 0) && hp != port.ContainerPortValue)
                    errors.Add(FieldError.Invalid($"{path}.containers[{i}].ports[{j}].hostPort", hp, "must match `containerPort` when `hostNetwork` is true"));
            }
    }

    /// <summary>ValidateEnv, with RelaxedEnvironmentVariableValidation (on by default since 1.32).</summary>
    private static void Env(List<EnvVar>? vars, string path, List<FieldError> errors)
    {
        for (var i = 0; i < (vars?.Count ?? 0); i++)
        {
            var ev = vars![i];
            var p = $"{path}[{i}]";
            if (ev.Name.Length == 0) errors.Add(FieldError.Required($"{p}.name"));
            else foreach (var m in NameValidation.IsRelaxedEnvVarName(ev.Name)) errors.Add(FieldError.Invalid($"{p}.name", ev.Name, m));
            EnvValueFrom(ev, $"{p}.valueFrom", errors);
        }
    }

    private static void EnvValueFrom(EnvVar ev, string path, List<FieldError> errors)
    {
        if (ev.ValueFrom is not { } from) return;
        var sources = 0;
        if (from.FieldRef is not null) { sources++; ObjectFieldSelector(from.FieldRef, EnvFieldPaths, $"{path}.fieldRef", errors); }
        if (from.ResourceFieldRef is not null) { sources++; ResourceFieldSelector(from.ResourceFieldRef, $"{path}.resourceFieldRef", volume: false, errors); }
        if (from.ConfigMapKeyRef is { } cm) { sources++; KeySelector(cm.Name, cm.Key, $"{path}.configMapKeyRef", errors); }
        if (from.SecretKeyRef is { } sk) { sources++; KeySelector(sk.Name, sk.Key, $"{path}.secretKeyRef", errors); }
        if (sources == 0) errors.Add(FieldError.Invalid(path, "", "must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef` or `secretKeyRef`"));
        else if (!string.IsNullOrEmpty(ev.Value)) errors.Add(FieldError.Invalid(path, "", "may not be specified when `value` is not empty"));
        else if (sources > 1) errors.Add(FieldError.Invalid(path, "", "may not have more than one field specified at a time"));
    }

    private static void ObjectFieldSelector(ObjectFieldSelector fs, string[] expressions, string path, List<FieldError> errors)
    {
        if (string.IsNullOrEmpty(fs.APIVersion)) { errors.Add(FieldError.Required($"{path}.apiVersion")); return; }
        if (fs.FieldPath.Length == 0) { errors.Add(FieldError.Required($"{path}.fieldPath")); return; }
        var (basePath, subscript) = SplitSubscript(fs.FieldPath);
        string? conversionError = null;
        if (fs.APIVersion != "v1") conversionError = $"unsupported pod version: {fs.APIVersion}";
        else if (subscript is not null && basePath is not ("metadata.annotations" or "metadata.labels")) conversionError = $"field label does not support subscript: {fs.FieldPath}";
        else if (subscript is null && !DownwardApiLabels.Contains(fs.FieldPath) && fs.FieldPath != "spec.host") conversionError = $"field label not supported: {fs.FieldPath}";
        if (conversionError is not null)
        {
            errors.Add(FieldError.Invalid($"{path}.fieldPath", fs.FieldPath, $"error converting fieldPath: {conversionError}"));
            return;
        }
        var internalPath = fs.FieldPath == "spec.host" ? "spec.nodeName" : fs.FieldPath;
        if (subscript is not null)
        {
            if (basePath == "metadata.annotations") Checks.QualifiedName(subscript.ToLowerInvariant(), path, errors);
            else Checks.QualifiedName(subscript, path, errors);
        }
        else if (!expressions.Contains(internalPath))
        {
            errors.Add(FieldError.NotSupported($"{path}.fieldPath", internalPath, expressions.Order(StringComparer.Ordinal)));
        }
    }

    // fieldpath.SplitMaybeSubscriptedPath: "metadata.labels['key']" is ("metadata.labels", "key").
    private static (string Path, string? Subscript) SplitSubscript(string fieldPath)
    {
        if (!fieldPath.EndsWith("']", StringComparison.Ordinal)) return (fieldPath, null);
        var open = fieldPath.IndexOf("['", StringComparison.Ordinal);
        if (open < 0 || open + 2 > fieldPath.Length - 2) return (fieldPath, null);
        return (fieldPath[..open], fieldPath[(open + 2)..^2]);
    }

    private static void ResourceFieldSelector(ResourceFieldSelector fs, string path, bool volume, List<FieldError> errors)
    {
        if (volume && string.IsNullOrEmpty(fs.ContainerName)) errors.Add(FieldError.Required($"{path}.containerName"));
        else if (fs.Resource.Length == 0) errors.Add(FieldError.Required($"{path}.resource"));
        else if (!ResourceFieldPaths.Contains(fs.Resource) && !fs.Resource.StartsWith("requests.hugepages-", StringComparison.Ordinal)
                 && !fs.Resource.StartsWith("limits.hugepages-", StringComparison.Ordinal))
            errors.Add(FieldError.NotSupported($"{path}.resource", fs.Resource, ResourceFieldPaths));
    }

    private static void KeySelector(string? name, string key, string path, List<FieldError> errors)
    {
        foreach (var m in NameValidation.IsDns1123Subdomain(name ?? "")) errors.Add(FieldError.Invalid($"{path}.name", name ?? "", m));
        if (key.Length == 0) errors.Add(FieldError.Required($"{path}.key"));
        else foreach (var m in NameValidation.IsConfigMapKey(key)) errors.Add(FieldError.Invalid($"{path}.key", key, m));
    }

    private static void EnvFrom(List<EnvFromSource>? sources, string path, List<FieldError> errors)
    {
        for (var i = 0; i < (sources?.Count ?? 0); i++)
        {
            var ev = sources![i];
            var p = $"{path}[{i}]";
            if (!string.IsNullOrEmpty(ev.Prefix))
                foreach (var m in NameValidation.IsRelaxedEnvVarName(ev.Prefix)) errors.Add(FieldError.Invalid($"{p}.prefix", ev.Prefix, m));
            var count = 0;
            if (ev.ConfigMapRef is { } cm) { count++; EnvSourceName(cm.Name, $"{p}.configMapRef", errors); }
            if (ev.SecretRef is { } sr) { count++; EnvSourceName(sr.Name, $"{p}.secretRef", errors); }
            if (count == 0) errors.Add(FieldError.Invalid(path, "", "must specify one of: `configMapRef` or `secretRef`"));
            else if (count > 1) errors.Add(FieldError.Invalid(path, "", "may not have more than one field specified at a time"));
        }
    }

    private static void EnvSourceName(string? name, string path, List<FieldError> errors)
    {
        if (string.IsNullOrEmpty(name)) { errors.Add(FieldError.Required($"{path}.name")); return; }
        // NameIsDNSSubdomain with prefix=true: a trailing '-' is allowed.
        var candidate = name.EndsWith('-') ? name + "a" : name;
        foreach (var m in NameValidation.IsDns1123Subdomain(candidate)) errors.Add(FieldError.Invalid($"{path}.name", name, m));
    }

    private static void VolumeMounts(Container c, Dictionary<string, Volume?> volumes, string path, List<FieldError> errors)
    {
        var devices = (c.VolumeDevices ?? []).GroupBy(d => d.Name).ToDictionary(g => g.Key, g => g.Last().DevicePath);
        var mountPoints = new HashSet<string>();
        for (var i = 0; i < (c.VolumeMounts?.Count ?? 0); i++)
        {
            var mnt = c.VolumeMounts![i];
            var p = $"{path}[{i}]";
            if (mnt.Name.Length == 0) errors.Add(FieldError.Required($"{p}.name"));
            if (!volumes.ContainsKey(mnt.Name)) errors.Add(FieldError.NotFound($"{p}.name", mnt.Name));
            if (mnt.MountPath.Length == 0) errors.Add(FieldError.Required($"{p}.mountPath"));
            if (!mountPoints.Add(mnt.MountPath)) errors.Add(FieldError.Invalid($"{p}.mountPath", mnt.MountPath, "must be unique"));
            if (devices.ContainsKey(mnt.Name)) errors.Add(FieldError.Invalid($"{p}.name", mnt.Name, "must not already exist in volumeDevices"));
            if (devices.ContainsValue(mnt.MountPath)) errors.Add(FieldError.Invalid($"{p}.mountPath", mnt.MountPath, "must not already exist as a path in volumeDevices"));
            if (volumes.TryGetValue(mnt.Name, out var vol) && vol?.Image is not null)
            {
                if (!string.IsNullOrEmpty(mnt.SubPath)) errors.Add(FieldError.Invalid($"{p}.subPath", mnt.SubPath, "not allowed in image volume sources"));
                if (!string.IsNullOrEmpty(mnt.SubPathExpr)) errors.Add(FieldError.Invalid($"{p}.subPathExpr", mnt.SubPathExpr, "not allowed in image volume sources"));
            }
            // Upstream reports these two at the list's path, not the mount's.
            if (!string.IsNullOrEmpty(mnt.SubPath)) LocalDescendingPath(mnt.SubPath, $"{path}.subPath", errors);
            if (!string.IsNullOrEmpty(mnt.SubPathExpr))
            {
                if (!string.IsNullOrEmpty(mnt.SubPath)) errors.Add(FieldError.Invalid($"{p}.subPathExpr", mnt.SubPathExpr, "subPathExpr and subPath are mutually exclusive"));
                LocalDescendingPath(mnt.SubPathExpr, $"{path}.subPathExpr", errors);
            }
            if (mnt.MountPropagation is { } propagation)
            {
                var pp = $"{path}.mountPropagation";
                if (propagation is not ("Bidirectional" or "HostToContainer" or "None"))
                    errors.Add(FieldError.NotSupported(pp, propagation, ["Bidirectional", "HostToContainer", "None"]));
                else if (propagation == "Bidirectional" && c.SecurityContext?.Privileged != true)
                    errors.Add(FieldError.Forbidden(pp, "Bidirectional mount propagation is available only to privileged containers"));
            }
            if (mnt.RecursiveReadOnly is { } rro)
            {
                var rp = $"{path}.recursiveReadOnly";
                if (rro is not ("Disabled" or "IfPossible" or "Enabled")) errors.Add(FieldError.NotSupported(rp, rro, ["Disabled", "Enabled", "IfPossible"]));
                else if (rro != "Disabled" && mnt.ReadOnly != true) errors.Add(FieldError.Forbidden(rp, "may only be specified when readOnly is true"));
                else if (rro != "Disabled" && mnt.MountPropagation is not (null or "None"))
                    errors.Add(FieldError.Forbidden(rp, "may only be specified when mountPropagation is None or not specified"));
            }
        }
    }

    private static void VolumeDevices(Container c, Dictionary<string, Volume?> volumes, string path, List<FieldError> errors)
    {
        var mounts = (c.VolumeMounts ?? []).GroupBy(m => m.Name).ToDictionary(g => g.Key, g => g.Last().MountPath);
        var paths = new HashSet<string>();
        var names = new HashSet<string>();
        for (var i = 0; i < (c.VolumeDevices?.Count ?? 0); i++)
        {
            var dev = c.VolumeDevices![i];
            var p = $"{path}[{i}]";
            var matched = volumes.TryGetValue(dev.Name, out var vol);
            var isPvc = vol is null ? matched : vol.PersistentVolumeClaim is not null || vol.Ephemeral is not null;
            if (dev.Name.Length == 0) errors.Add(FieldError.Required($"{p}.name"));
            if (names.Contains(dev.Name)) errors.Add(FieldError.Invalid($"{p}.name", dev.Name, "must be unique"));
            if (matched && !isPvc) errors.Add(FieldError.Invalid($"{p}.name", dev.Name, "can only use volume source type of PersistentVolumeClaim or Ephemeral for block mode"));
            if (!matched) errors.Add(FieldError.NotFound($"{p}.name", dev.Name));
            if (dev.DevicePath.Length == 0) errors.Add(FieldError.Required($"{p}.devicePath"));
            if (paths.Contains(dev.DevicePath)) errors.Add(FieldError.Invalid($"{p}.devicePath", dev.DevicePath, "must be unique"));
            if (dev.DevicePath.Length > 0 && dev.DevicePath.Replace('\\', '/').Split('/').Contains(".."))
                errors.Add(FieldError.Invalid($"{p}.devicePath", dev.DevicePath, "can not contain backsteps ('..')"));
            else paths.Add(dev.DevicePath);
            if (mounts.ContainsKey(dev.Name)) errors.Add(FieldError.Invalid($"{p}.name", dev.Name, "must not already exist in volumeMounts"));
            if (mounts.ContainsValue(dev.DevicePath)) errors.Add(FieldError.Invalid($"{p}.devicePath", dev.DevicePath, "must not already exist as a path in volumeMounts"));
            if (dev.Name.Length > 0) names.Add(dev.Name);
        }
    }

    private static void ResizePolicy(List<ContainerResizePolicy>? policies, string? podRestartPolicy, string path, List<FieldError> errors)
    {
        var seen = new HashSet<string>();
        for (var i = 0; i < (policies?.Count ?? 0); i++)
        {
            var p = policies![i];
            if (!seen.Add(p.ResourceName)) errors.Add(FieldError.Duplicate($"{path}[{i}]", p.ResourceName));
            if (p.ResourceName.Length == 0) errors.Add(FieldError.Required(path));
            else if (p.ResourceName is not ("cpu" or "memory")) errors.Add(FieldError.NotSupported(path, p.ResourceName, ["cpu", "memory"]));
            if (p.RestartPolicy.Length == 0) errors.Add(FieldError.Required(path));
            else if (p.RestartPolicy is not ("NotRequired" or "RestartContainer")) errors.Add(FieldError.NotSupported(path, p.RestartPolicy, ["NotRequired", "RestartContainer"]));
            if (podRestartPolicy == "Never" && p.RestartPolicy != "NotRequired")
                errors.Add(FieldError.Invalid(path, p.RestartPolicy, "must be 'NotRequired' when `restartPolicy` is 'Never'"));
        }
    }

    private static void SecurityContext(SecurityContext? sc, PodSpec spec, string path, List<FieldError> errors)
    {
        if (sc is null) return;
        if (sc.RunAsUser is long uid) foreach (var m in NameValidation.IsValidUserId(uid)) errors.Add(FieldError.Invalid($"{path}.runAsUser", uid, m));
        if (sc.RunAsGroup is long gid) foreach (var m in NameValidation.IsValidGroupId(gid)) errors.Add(FieldError.Invalid($"{path}.runAsGroup", gid, m));
        if (sc.ProcMount is { } procMount)
        {
            if (procMount is not ("Default" or "Unmasked")) errors.Add(FieldError.NotSupported($"{path}.procMount", procMount, ["Default", "Unmasked"]));
            else if (procMount == "Unmasked" && spec.HostUsers != false)
                errors.Add(FieldError.Invalid($"{path}.procMount", procMount, "`hostUsers` must be false to use `Unmasked`"));
        }
        SeccompProfile(sc.SeccompProfile, $"{path}.seccompProfile", errors);
        if (sc.AllowPrivilegeEscalation == false)
        {
            if (sc.Privileged == true) errors.Add(FieldError.Invalid(path, sc, "cannot set `allowPrivilegeEscalation` to false and `privileged` to true"));
            if (sc.Capabilities?.Add?.Contains("CAP_SYS_ADMIN") == true)
                errors.Add(FieldError.Invalid(path, sc, "cannot set `allowPrivilegeEscalation` to false and `capabilities.Add` CAP_SYS_ADMIN"));
        }
    }

    private static void SeccompProfile(SeccompProfile? profile, string path, List<FieldError> errors)
    {
        if (profile is null) return;
        var type = profile.Type;
        var localhost = profile.LocalhostProfile;
        if (type == "Localhost")
        {
            if (string.IsNullOrEmpty(localhost)) errors.Add(FieldError.Required($"{path}.localhostProfile", "must be set when seccomp type is Localhost"));
            else LocalDescendingPath(localhost, $"{path}.localhostProfile", errors);
        }
        else if (localhost is not null)
            errors.Add(FieldError.Invalid($"{path}.localhostProfile", localhost, "can only be set when seccomp type is Localhost"));
        if (type is not ("Localhost" or "RuntimeDefault" or "Unconfined"))
            errors.Add(FieldError.NotSupported($"{path}.type", type, ["Localhost", "RuntimeDefault", "Unconfined"]));
    }

    private static void ValidatePodSecurityContext(PodSpec spec, string path, List<FieldError> errors)
    {
        if (spec.SecurityContext is not { } sc) return;
        if (sc.FSGroup is long fsGroup) foreach (var m in NameValidation.IsValidGroupId(fsGroup)) errors.Add(FieldError.Invalid($"{path}.fsGroup", fsGroup, m));
        if (sc.RunAsUser is long uid) foreach (var m in NameValidation.IsValidUserId(uid)) errors.Add(FieldError.Invalid($"{path}.runAsUser", uid, m));
        if (sc.RunAsGroup is long gid) foreach (var m in NameValidation.IsValidGroupId(gid)) errors.Add(FieldError.Invalid($"{path}.runAsGroup", gid, m));
        for (var g = 0; g < (sc.SupplementalGroups?.Count ?? 0); g++)
            foreach (var m in NameValidation.IsValidGroupId(sc.SupplementalGroups![g])) errors.Add(FieldError.Invalid($"{path}.supplementalGroups[{g}]", sc.SupplementalGroups[g], m));
        if (spec.ShareProcessNamespace == true && spec.HostPID == true)
            errors.Add(FieldError.Invalid($"{path}.shareProcessNamespace", true, "ShareProcessNamespace and HostPID cannot both be enabled"));
        if (sc.FSGroupChangePolicy is { } policy && policy is not ("OnRootMismatch" or "Always"))
            errors.Add(FieldError.NotSupported($"{path}.fsGroupChangePolicy", policy, ["Always", "OnRootMismatch"]));
        SeccompProfile(sc.SeccompProfile, $"{path}.seccompProfile", errors);
    }

    // ---------------------------------------------------------------- probes and handlers

    private static void LivenessOrStartupProbe(Probe? probe, long? grace, string path, List<FieldError> errors)
    {
        if (probe is null) return;
        ValidateProbe(probe, grace, path, errors);
        if ((probe.SuccessThreshold ?? 0) != 1) errors.Add(FieldError.Invalid($"{path}.successThreshold", probe.SuccessThreshold ?? 0, "must be 1"));
    }

    private static void ReadinessProbe(Probe? probe, long? grace, string path, List<FieldError> errors)
    {
        if (probe is null) return;
        ValidateProbe(probe, grace, path, errors);
        if (probe.TerminationGracePeriodSeconds is long t)
            errors.Add(FieldError.Invalid($"{path}.terminationGracePeriodSeconds", t, "must not be set for readinessProbes"));
    }

    private static void ValidateProbe(Probe probe, long? grace, string path, List<FieldError> errors)
    {
        Handler(probe.Exec, probe.HTTPGet, probe.TCPSocket, probe.GRPC, null, grace, path, errors);
        Checks.NonNegative(probe.InitialDelaySeconds ?? 0, $"{path}.initialDelaySeconds", errors);
        Checks.NonNegative(probe.TimeoutSeconds ?? 0, $"{path}.timeoutSeconds", errors);
        Checks.NonNegative(probe.PeriodSeconds ?? 0, $"{path}.periodSeconds", errors);
        Checks.NonNegative(probe.SuccessThreshold ?? 0, $"{path}.successThreshold", errors);
        Checks.NonNegative(probe.FailureThreshold ?? 0, $"{path}.failureThreshold", errors);
        if (probe.TerminationGracePeriodSeconds is long t && t <= 0)
            errors.Add(FieldError.Invalid($"{path}.terminationGracePeriodSeconds", t, "must be greater than 0"));
    }

    private static void Lifecycle(Lifecycle lifecycle, long? grace, string path, List<FieldError> errors)
    {
        if (lifecycle.PostStart is { } post) Handler(post.Exec, post.HTTPGet, post.TCPSocket, null, post.Sleep, grace, $"{path}.postStart", errors);
        if (lifecycle.PreStop is { } pre) Handler(pre.Exec, pre.HTTPGet, pre.TCPSocket, null, pre.Sleep, grace, $"{path}.preStop", errors);
    }

    private static void Handler(ExecAction? exec, HTTPGetAction? http, TCPSocketAction? tcp, GRPCAction? grpc, SleepAction? sleep,
        long? grace, string path, List<FieldError> errors)
    {
        var handlers = 0;
        void Next(string name, bool set, Action check)
        {
            if (!set) return;
            if (handlers > 0) { errors.Add(FieldError.Forbidden($"{path}.{name}", "may not specify more than 1 handler type")); return; }
            handlers++;
            check();
        }
        Next("exec", exec is not null, () =>
        {
            if (exec!.Command is not { Count: > 0 }) errors.Add(FieldError.Required($"{path}.exec.command"));
        });
        Next("httpGet", http is not null, () =>
        {
            var p = $"{path}.httpGet";
            if (string.IsNullOrEmpty(http!.Path)) errors.Add(FieldError.Required($"{p}.path"));
            PortNumOrName(http.Port, $"{p}.port", errors);
            if (http.Scheme is not ("HTTP" or "HTTPS")) errors.Add(FieldError.NotSupported($"{p}.scheme", http.Scheme ?? "", ["HTTP", "HTTPS"]));
            foreach (var header in http.HTTPHeaders ?? [])
                foreach (var m in NameValidation.IsHttpHeaderName(header.Name)) errors.Add(FieldError.Invalid($"{p}.httpHeaders", header.Name, m));
        });
        Next("tcpSocket", tcp is not null, () => PortNumOrName(tcp!.Port, $"{path}.tcpSocket.port", errors));
        Next("grpc", grpc is not null, () => PortNumOrName(grpc!.Port, $"{path}.grpc.port", errors));
        Next("sleep", sleep is not null, () =>
        {
            if (grace is long g && (sleep!.Seconds <= 0 || sleep.Seconds > g))
                errors.Add(FieldError.Invalid($"{path}.sleep", sleep.Seconds,
                    $"must be greater than 0 and less than terminationGracePeriodSeconds ({g}). Enable AllowPodLifecycleSleepActionZeroValue feature gate for zero sleep."));
        });
        if (handlers == 0) errors.Add(FieldError.Required(path, "must specify a handler type"));
    }

    /// <summary>ValidatePortNumOrName.</summary>
    public static void PortNumOrName(IntOrString port, string path, List<FieldError> errors)
    {
        if (port.IntValue is int n) foreach (var m in NameValidation.IsValidPortNum(n)) errors.Add(FieldError.Invalid(path, n, m));
        else foreach (var m in NameValidation.IsValidPortName(port.StringValue ?? "")) errors.Add(FieldError.Invalid(path, port.StringValue ?? "", m));
    }

    // ---------------------------------------------------------------- scheduling

    /// <summary>ValidateTolerations.</summary>
    public static void ValidateTolerations(List<Toleration> tolerations, string path, List<FieldError> errors)
    {
        for (var i = 0; i < tolerations.Count; i++)
        {
            var t = tolerations[i];
            var p = $"{path}[{i}]";
            var key = t.Key ?? "";
            if (key.Length > 0) Checks.LabelName(key, $"{p}.key", errors);
            if (key.Length == 0 && t.Operator != "Exists")
                errors.Add(FieldError.Invalid($"{p}.operator", t.Operator ?? "", "operator must be Exists when `key` is empty, which means \"match all values and all keys\""));
            if (t.TolerationSeconds is not null && t.Effect != "NoExecute")
                errors.Add(FieldError.Invalid($"{p}.effect", t.Effect ?? "", "effect must be 'NoExecute' when `tolerationSeconds` is set"));
            switch (t.Operator ?? "")
            {
                case "Equal" or "":
                    var messages = NameValidation.IsValidLabelValue(t.Value ?? "");
                    if (messages.Count > 0) errors.Add(FieldError.Invalid($"{p}.operator", t.Value ?? "", string.Join(";", messages)));
                    break;
                case "Exists":
                    if (!string.IsNullOrEmpty(t.Value)) errors.Add(FieldError.Invalid($"{p}.operator", t.Value, "value must be empty when `operator` is 'Exists'"));
                    break;
                default:
                    errors.Add(FieldError.NotSupported($"{p}.operator", t.Operator, ["Equal", "Exists"]));
                    break;
            }
            if (!string.IsNullOrEmpty(t.Effect)) TaintEffect(t.Effect, allowEmpty: true, $"{p}.effect", errors);
        }
    }

    /// <summary>validateTaintEffect.</summary>
    public static void TaintEffect(string? effect, bool allowEmpty, string path, List<FieldError> errors)
    {
        if (!allowEmpty && string.IsNullOrEmpty(effect)) { errors.Add(FieldError.Required(path)); return; }
        if (!TaintEffects.Contains(effect)) errors.Add(FieldError.NotSupported(path, effect ?? "", TaintEffects));
    }

    private static void ValidateAffinity(Affinity? affinity, string path, List<FieldError> errors)
    {
        if (affinity is null) return;
        if (affinity.NodeAffinity is { } node)
        {
            var p = $"{path}.nodeAffinity";
            if (node.RequiredDuringSchedulingIgnoredDuringExecution is { } required)
                NodeSelector(required, $"{p}.requiredDuringSchedulingIgnoredDuringExecution", errors);
            for (var i = 0; i < (node.PreferredDuringSchedulingIgnoredDuringExecution?.Count ?? 0); i++)
            {
                var term = node.PreferredDuringSchedulingIgnoredDuringExecution![i];
                var tp = $"{p}.preferredDuringSchedulingIgnoredDuringExecution[{i}]";
                if (term.Weight is <= 0 or > 100) errors.Add(FieldError.Invalid($"{tp}.weight", term.Weight, "must be in the range 1-100"));
                NodeSelectorTerm(term.Preference, $"{tp}.preference", errors);
            }
        }
        if (affinity.PodAffinity is { } pod)
            PodAffinityTerms(pod.RequiredDuringSchedulingIgnoredDuringExecution, pod.PreferredDuringSchedulingIgnoredDuringExecution, $"{path}.podAffinity", errors);
        if (affinity.PodAntiAffinity is { } anti)
            PodAffinityTerms(anti.RequiredDuringSchedulingIgnoredDuringExecution, anti.PreferredDuringSchedulingIgnoredDuringExecution, $"{path}.podAntiAffinity", errors);
    }

    /// <summary>ValidateNodeSelector: at least one term, each requirement well formed.</summary>
    public static void NodeSelector(NodeSelector selector, string path, List<FieldError> errors)
    {
        var terms = selector.NodeSelectorTerms;
        if (terms.Count == 0) { errors.Add(FieldError.Required($"{path}.nodeSelectorTerms", "must have at least one node selector term")); return; }
        for (var i = 0; i < terms.Count; i++) NodeSelectorTerm(terms[i], $"{path}.nodeSelectorTerms[{i}]", errors);
    }

    private static void NodeSelectorTerm(NodeSelectorTerm term, string path, List<FieldError> errors)
    {
        for (var j = 0; j < (term.MatchExpressions?.Count ?? 0); j++)
            NodeSelectorRequirement(term.MatchExpressions![j], $"{path}.matchExpressions[{j}]", fields: false, errors);
        for (var j = 0; j < (term.MatchFields?.Count ?? 0); j++)
            NodeSelectorRequirement(term.MatchFields![j], $"{path}.matchFields[{j}]", fields: true, errors);
    }

    private static void NodeSelectorRequirement(NodeSelectorRequirement rq, string path, bool fields, List<FieldError> errors)
    {
        var values = rq.Values ?? [];
        switch (rq.Operator)
        {
            case "In" or "NotIn":
                if (values.Count == 0) errors.Add(FieldError.Required($"{path}.values", "must be specified when `operator` is 'In' or 'NotIn'"));
                break;
            case "Exists" or "DoesNotExist" when !fields:
                if (values.Count > 0) errors.Add(FieldError.Forbidden($"{path}.values", "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"));
                break;
            case "Gt" or "Lt" when !fields:
                if (values.Count != 1) errors.Add(FieldError.Required($"{path}.values", "must be specified single value when `operator` is 'Lt' or 'Gt'"));
                break;
            default:
                errors.Add(FieldError.Invalid($"{path}.operator", rq.Operator, "not a valid selector operator"));
                break;
        }
        if (fields)
        {
            if (rq.Key != "metadata.name") errors.Add(FieldError.Invalid($"{path}.key", rq.Key, "not a valid field selector key"));
            if (values.Count != 1) errors.Add(FieldError.Required($"{path}.values", "must be only one value when `operator` is 'In' or 'NotIn' for node field selector"));
        }
        else Checks.LabelName(rq.Key, $"{path}.key", errors);
    }

    private static void PodAffinityTerms(List<PodAffinityTerm>? required, List<WeightedPodAffinityTerm>? preferred, string path, List<FieldError> errors)
    {
        for (var i = 0; i < (required?.Count ?? 0); i++)
            PodAffinityTerm(required![i], $"{path}.requiredDuringSchedulingIgnoredDuringExecution[{i}]", errors);
        for (var i = 0; i < (preferred?.Count ?? 0); i++)
        {
            var p = $"{path}.preferredDuringSchedulingIgnoredDuringExecution[{i}]";
            if (preferred![i].Weight is <= 0 or > 100) errors.Add(FieldError.Invalid($"{p}.weight", preferred[i].Weight, "must be in the range 1-100"));
            PodAffinityTerm(preferred[i].PodAffinityTerm, $"{p}.podAffinityTerm", errors);
        }
    }

    private static void PodAffinityTerm(PodAffinityTerm term, string path, List<FieldError> errors)
    {
        Checks.LabelSelector(term.LabelSelector, $"{path}.labelSelector", errors);
        Checks.LabelSelector(term.NamespaceSelector, $"{path}.namespaceSelector", errors);
        foreach (var ns in term.Namespaces ?? [])
            foreach (var m in NameValidation.IsDns1123Label(ns)) errors.Add(FieldError.Invalid($"{path}.namespace", ns, m));
        if (term.TopologyKey.Length == 0) errors.Add(FieldError.Required($"{path}.topologyKey", "can not be empty"));
        else Checks.QualifiedName(term.TopologyKey, $"{path}.topologyKey", errors);
    }

    private static void ValidateTopologySpread(List<TopologySpreadConstraint>? constraints, string path, List<FieldError> errors)
    {
        for (var i = 0; i < (constraints?.Count ?? 0); i++)
        {
            var c = constraints![i];
            var p = $"{path}[{i}]";
            if (c.MaxSkew <= 0) errors.Add(FieldError.Invalid($"{p}.maxSkew", c.MaxSkew, Checks.IsNotPositiveErrorMsg));
            if (c.TopologyKey.Length == 0) errors.Add(FieldError.Required($"{p}.topologyKey", "can not be empty"));
            if (c.WhenUnsatisfiable is not ("DoNotSchedule" or "ScheduleAnyway"))
                errors.Add(FieldError.NotSupported($"{p}.whenUnsatisfiable", c.WhenUnsatisfiable, ["DoNotSchedule", "ScheduleAnyway"]));
            if (constraints.Skip(i + 1).Any(o => o.TopologyKey == c.TopologyKey && o.WhenUnsatisfiable == c.WhenUnsatisfiable))
                errors.Add(FieldError.Duplicate($"{p}.{{topologyKey, whenUnsatisfiable}}", $"{{{c.TopologyKey}, {c.WhenUnsatisfiable}}}"));
            if (c.MinDomains is int minDomains)
            {
                if (minDomains <= 0) errors.Add(FieldError.Invalid($"{p}.minDomains", minDomains, Checks.IsNotPositiveErrorMsg));
                if (c.WhenUnsatisfiable != "DoNotSchedule")
                    errors.Add(FieldError.Invalid($"{p}.minDomains", minDomains, $"can only use minDomains if whenUnsatisfiable={GoValue.Quote("DoNotSchedule")}, not {GoValue.Quote(c.WhenUnsatisfiable)}"));
            }
            foreach (var (policy, name) in new[] { (c.NodeAffinityPolicy, "nodeAffinityPolicy"), (c.NodeTaintsPolicy, "nodeTaintsPolicy") })
                if (policy is not null and not ("Honor" or "Ignore")) errors.Add(FieldError.NotSupported($"{p}.{name}", policy, ["Honor", "Ignore"]));
            Checks.LabelSelector(c.LabelSelector, $"{p}.labelSelector", errors);
        }
    }

    private static void ValidateDnsConfig(PodDNSConfig? config, string? policy, string path, List<FieldError> errors)
    {
        if (policy == "None")
        {
            if (config is null) { errors.Add(FieldError.Required(path, "must provide `dnsConfig` when `dnsPolicy` is None")); return; }
            if (config.Nameservers is not { Count: > 0 }) { errors.Add(FieldError.Required($"{path}.nameservers", "must provide at least one DNS nameserver when `dnsPolicy` is None")); return; }
        }
        if (config is null) return;
        var nameservers = config.Nameservers ?? [];
        if (nameservers.Count > 3) errors.Add(FieldError.Invalid($"{path}.nameservers", nameservers, "must not have more than 3 nameservers"));
        for (var i = 0; i < nameservers.Count; i++) Checks.IP(nameservers[i], $"{path}.nameservers[{i}]", errors);
        var searches = config.Searches ?? [];
        if (searches.Count > 32) errors.Add(FieldError.Invalid($"{path}.searches", searches, "must not have more than 32 search paths"));
        if (string.Join(" ", searches).Length > 2048)
            errors.Add(FieldError.Invalid($"{path}.searches", searches, "must not have more than 2048 characters (including spaces) in the search list"));
        for (var i = 0; i < searches.Count; i++)
        {
            // RelaxedDNSSearchValidation is alpha (off) in 1.32: one trailing dot is allowed, nothing else.
            var search = searches[i].EndsWith('.') ? searches[i][..^1] : searches[i];
            Checks.Dns1123Subdomain(search, $"{path}.searches[{i}]", errors);
        }
        for (var i = 0; i < (config.Options?.Count ?? 0); i++)
            if (string.IsNullOrEmpty(config.Options![i].Name)) errors.Add(FieldError.Required($"{path}.options[{i}]", "must not be empty"));
    }

    private static void ValidateResourceClaims(List<PodResourceClaim>? claims, string path, List<FieldError> errors)
    {
        var names = new HashSet<string>();
        for (var i = 0; i < (claims?.Count ?? 0); i++)
        {
            var claim = claims![i];
            var p = $"{path}[{i}]";
            if (claim.Name.Length == 0) errors.Add(FieldError.Required($"{p}.name"));
            else if (!names.Add(claim.Name)) errors.Add(FieldError.Duplicate($"{p}.name", claim.Name));
            else Checks.Dns1123Label(claim.Name, $"{p}.name", errors);
            if (claim.ResourceClaimName is not null && claim.ResourceClaimTemplateName is not null)
                errors.Add(FieldError.Invalid(p, claim, "at most one of `resourceClaimName` or `resourceClaimTemplateName` may be specified"));
            if (claim.ResourceClaimName is null && claim.ResourceClaimTemplateName is null)
                errors.Add(FieldError.Invalid(p, claim, "must specify one of: `resourceClaimName`, `resourceClaimTemplateName`"));
        }
    }

    /// <summary>A field that must be set and one of <paramref name="valid"/> (the switch/case "" pattern upstream uses).</summary>
    private static void Required(string? value, string path, string[] valid, List<FieldError> errors, bool sortedValues = false)
    {
        if (string.IsNullOrEmpty(value)) errors.Add(FieldError.Required(path));
        else if (!valid.Contains(value)) errors.Add(FieldError.NotSupported(path, value, sortedValues ? valid.Order(StringComparer.Ordinal) : valid));
    }
}
