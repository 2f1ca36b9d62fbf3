using System.Text.Json.Nodes;
using Tugboat.Api.Core.V1;
using Tugboat.Api.Json;
using Tugboat.ApiServer.Http;

namespace Tugboat.ApiServer.Validation;

/// <summary>
/// PersistentVolume and PersistentVolumeClaim specs (ValidatePersistentVolumeSpec, ValidatePersistentVolumeClaimSpec),
/// shared by claims, volumes, ephemeral volumes and StatefulSet claim templates.
/// </summary>
public static class PersistentVolumeValidation
{
    public static readonly string[] AccessModes = ["ReadOnlyMany", "ReadWriteMany", "ReadWriteOnce", "ReadWriteOncePod"];
    public static readonly string[] VolumeModes = ["Block", "Filesystem"];
    private static readonly string[] ReclaimPolicies = ["Delete", "Recycle", "Retain"];

    public static void ClaimSpec(PersistentVolumeClaimSpec spec, string path, List<FieldError> errors)
    {
        var modes = spec.AccessModes ?? [];
        if (modes.Count == 0) errors.Add(FieldError.Required($"{path}.accessModes", "at least 1 access mode is required"));
        if (spec.Selector is not null) Checks.LabelSelector(spec.Selector, $"{path}.selector", errors);
        AccessModesOf(modes, $"{path}.accessModes", errors);

        var storagePath = $"{path}.resources[storage]";
        if (spec.Resources?.Requests is not { } requests || !requests.TryGetValue("storage", out var storage))
            errors.Add(FieldError.Required(storagePath));
        else if (storage.Sign <= 0) errors.Add(FieldError.Invalid(storagePath, storage.ToString(), Checks.IsNotPositiveErrorMsg));
        else ResourceValidation.QuantityValue("storage", storage, storagePath, errors);

        if (!string.IsNullOrEmpty(spec.StorageClassName)) Checks.Dns1123Subdomain(spec.StorageClassName, $"{path}.storageClassName", errors);
        if (spec.VolumeMode is { } mode && !VolumeModes.Contains(mode)) errors.Add(FieldError.NotSupported($"{path}.volumeMode", mode, VolumeModes));
        if (spec.DataSource is { } ds) DataSource(ds.Name, ds.Kind, ds.APIGroup, null, $"{path}.dataSource", errors);
        if (spec.DataSourceRef is { } dsr) DataSource(dsr.Name, dsr.Kind, dsr.APIGroup, dsr.Namespace, $"{path}.dataSourceRef", errors);
        if (spec.DataSourceRef is { Namespace.Length: > 0 })
        {
            if (spec.DataSource is not null)
                errors.Add(FieldError.Invalid(path, GoValue.Raw($"{path}.dataSource"), "may not be specified when dataSourceRef.namespace is specified"));
        }
        else if (spec.DataSource is { } a && spec.DataSourceRef is { } b && (a.APIGroup != b.APIGroup || a.Kind != b.Kind || a.Name != b.Name))
        {
            errors.Add(FieldError.Invalid(path, GoValue.Raw($"{path}.dataSource"), "must match dataSourceRef"));
        }
        if (spec.VolumeAttributesClassName is { Length: > 0 } vac) Checks.Dns1123Subdomain(vac, $"{path}.volumeAttributesClassName", errors);
    }

    private static void AccessModesOf(List<string> modes, string path, List<FieldError> errors)
    {
        bool rwop = false, other = false;
        foreach (var mode in modes)
        {
            if (!AccessModes.Contains(mode)) errors.Add(FieldError.NotSupported(path, mode, AccessModes));
            if (mode == "ReadWriteOncePod") rwop = true;
            else if (AccessModes.Contains(mode)) other = true;
        }
        if (rwop && other) errors.Add(FieldError.Forbidden(path, "may not use ReadWriteOncePod with other access modes"));
    }

    private static void DataSource(string name, string kind, string? apiGroup, string? ns, string path, List<FieldError> errors)
    {
        if (name.Length == 0) errors.Add(FieldError.Required($"{path}.name"));
        if (kind.Length == 0) errors.Add(FieldError.Required($"{path}.kind"));
        var group = apiGroup ?? "";
        if (group.Length == 0 && kind != "PersistentVolumeClaim")
            errors.Add(FieldError.Invalid(path, kind, "must be 'PersistentVolumeClaim' when referencing the default apiGroup"));
        if (group.Length > 0) Checks.Dns1123Subdomain(group, $"{path}.apiGroup", errors);
        if (ns is { Length: > 0 }) Checks.Dns1123Label(ns, $"{path}.namespace", errors);
    }

    /// <summary>ValidatePersistentVolumeSpec for a PersistentVolume object (not an inline volume).</summary>
    public static void VolumeSpec(PersistentVolumeSpec spec, string path, List<FieldError> errors)
    {
        var modes = spec.AccessModes ?? [];
        if (modes.Count == 0) errors.Add(FieldError.Required($"{path}.accessModes"));
        AccessModesOf(modes, $"{path}.accessModes", errors);

        var capacity = spec.Capacity ?? [];
        if (capacity.Count == 0) errors.Add(FieldError.Required($"{path}.capacity"));
        if (!capacity.ContainsKey("storage") || capacity.Count > 1)
            errors.Add(FieldError.NotSupported($"{path}.capacity", GoValue.Raw(spec.Capacity is null ? "core.ResourceList(nil)" : ResourceList(capacity)), ["storage"]));
        foreach (var (name, quantity) in ResourceValidation.Sorted(capacity))
        {
            var p = $"{path}.capacity[{name}]";
            if (quantity.Value < 0) errors.Add(FieldError.Invalid(p, quantity.Value, "must be a valid resource quantity"));
            ResourceValidation.PositiveQuantity(quantity, p, errors);
        }
        if (!string.IsNullOrEmpty(spec.PersistentVolumeReclaimPolicy) && !ReclaimPolicies.Contains(spec.PersistentVolumeReclaimPolicy))
            errors.Add(FieldError.NotSupported($"{path}.persistentVolumeReclaimPolicy", spec.PersistentVolumeReclaimPolicy, ReclaimPolicies));

        var nodeAffinity = false;
        if (spec.NodeAffinity is { } affinity)
        {
            if (affinity.Required is { } required)
            {
                nodeAffinity = true;
                PodSpecValidation.NodeSelector(required, $"{path}.nodeAffinity.required", errors);
            }
            else errors.Add(FieldError.Required($"{path}.nodeAffinity.required", "must specify required node constraints"));
        }

        var count = 0;
        foreach (var (name, set, check) in SourcesOf(spec))
        {
            if (!set) continue;
            if (count > 0 && name != "flexVolume") { errors.Add(FieldError.Forbidden($"{path}.{name}", "may not specify more than 1 volume type")); continue; }
            count++;
            check?.Invoke($"{path}.{(name == "cephFS" ? "cephfs" : name == "gcePersistentDisk" ? "persistentDisk" : name)}", errors);
            if (name == "local" && !nodeAffinity) errors.Add(FieldError.Required($"{path}.nodeAffinity", "Local volume requires node affinity"));
        }
        if (count == 0) errors.Add(FieldError.Required(path, "must specify a volume type"));

        if (spec.HostPath is { } hp && CleanPath(hp.Path) == "/" && spec.PersistentVolumeReclaimPolicy == "Recycle")
            errors.Add(FieldError.Forbidden($"{path}.persistentVolumeReclaimPolicy", "may not be 'recycle' for a hostPath mount of '/'"));
        if (!string.IsNullOrEmpty(spec.StorageClassName)) Checks.Dns1123Subdomain(spec.StorageClassName, $"{path}.storageClassName", errors);
        if (spec.VolumeMode is { } mode && !VolumeModes.Contains(mode)) errors.Add(FieldError.NotSupported($"{path}.volumeMode", mode, VolumeModes));
    }

    private static IEnumerable<(string Name, bool Set, Action<string, List<FieldError>>? Check)> SourcesOf(PersistentVolumeSpec v)
    {
        yield return ("hostPath", v.HostPath is not null, (p, e) => PodSpecValidation.HostPath(v.HostPath!, p, e));
        yield return ("gcePersistentDisk", v.GCEPersistentDisk is not null, null);
        yield return ("awsElasticBlockStore", v.AWSElasticBlockStore is not null, null);
        yield return ("glusterfs", v.Glusterfs is not null, null);
        yield return ("flocker", v.Flocker is not null, null);
        yield return ("nfs", v.NFS is not null, (p, e) => PodSpecValidation.Nfs(v.NFS!, p, e));
        yield return ("rbd", v.RBD is not null, null);
        yield return ("quobyte", v.Quobyte is not null, null);
        yield return ("cephFS", v.CephFS is not null, null);
        yield return ("iscsi", v.ISCSI is not null, null);
        yield return ("cinder", v.Cinder is not null, null);
        yield return ("fc", v.FC is not null, null);
        yield return ("flexVolume", v.FlexVolume is not null, null);
        yield return ("azureFile", v.AzureFile is not null, null);
        yield return ("vsphereVolume", v.VsphereVolume is not null, null);
        yield return ("photonPersistentDisk", v.PhotonPersistentDisk is not null, null);
        yield return ("portworxVolume", v.PortworxVolume is not null, null);
        yield return ("azureDisk", v.AzureDisk is not null, null);
        yield return ("scaleIO", v.ScaleIO is not null, null);
        yield return ("local", v.Local is not null, (p, e) =>
        {
            if (v.Local!.Path.Length == 0) e.Add(FieldError.Required($"{p}.path"));
            else PodSpecValidation.NoBacksteps(v.Local.Path, $"{p}.path", e);
        });
        yield return ("storageos", v.StorageOS is not null, null);
        yield return ("csi", v.CSI is not null, (p, e) =>
        {
            PodSpecValidation.CsiDriverName(v.CSI!.Driver, $"{p}.driver", e);
            if (v.CSI.VolumeHandle.Length == 0) e.Add(FieldError.Required($"{p}.volumeHandle"));
        });
    }

    private static string CleanPath(string path) => path.Length > 0 && path.Trim('/').Length == 0 ? "/" : path.TrimEnd('/');

    /// <summary>
    /// The text after "...immutable after creation": upstream appends a cmp.Diff of the old and new values; this is
    /// a line diff of the two as JSON, in the same -/+ style.
    /// </summary>
    public static string Diff(object? old, object? updated, string typeName)
    {
        var a = Flatten(old);
        var b = Flatten(updated);
        var lines = new List<string> { $"  {typeName}{{" };
        foreach (var key in a.Keys.Union(b.Keys).Order(StringComparer.Ordinal))
        {
            a.TryGetValue(key, out var x);
            b.TryGetValue(key, out var y);
            if (x == y) continue;
            if (x is not null) lines.Add($"- \t{key}: {x},");
            if (y is not null) lines.Add($"+ \t{key}: {y},");
        }
        lines.Add("  }");
        return string.Join("\n", lines) + "\n";
    }

    private static Dictionary<string, string> Flatten(object? value)
    {
        var result = new Dictionary<string, string>();
        if (value is null) return result;
        var node = JsonNode.Parse(ApiJson.Serialize(value));
        if (node is JsonObject obj)
            foreach (var (key, child) in obj)
                result[char.ToUpperInvariant(key[0]) + key[1..]] = child?.ToJsonString(ApiJson.Options) ?? "nil";
        return result;
    }

    /// <summary>A ResourceList as %#v prints it, quantities shortened to their text.</summary>
    public static string ResourceList(Dictionary<string, Api.Quantity> list) =>
        "core.ResourceList{" + string.Join(", ", ResourceValidation.Sorted(list).Select(kv => $"{GoValue.Quote(kv.Key)}:{GoValue.Quote(kv.Value.ToString())}")) + "}";
}
