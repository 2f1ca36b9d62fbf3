using Tugboat.Api.Core.V1;
using Tugboat.Api.Meta;
using Tugboat.Api.Validation;
using Tugboat.ApiServer.Http;
using Tugboat.ApiServer.Validation;

namespace Tugboat.ApiServer.Strategies;

/// <summary>Services: defaults, ClusterIP and NodePort allocation, port validation, an immutable clusterIP.</summary>
public sealed class ServiceStrategy(ServiceIpAllocator allocator) : GenericStrategy(hasStatus: true, namespaced: true, NameRule.Dns1035Label)
{
    private static readonly string[] Types = ["ClusterIP", "NodePort", "LoadBalancer", "ExternalName"];

    public override void ApplyDefaults(IKubernetesObject obj)
    {
        var spec = ((Service)obj).Spec ??= new ServiceSpec();
        spec.Type ??= "ClusterIP";
        spec.SessionAffinity ??= "None";
        if (spec.Type == "ExternalName") return;
        spec.InternalTrafficPolicy ??= "Cluster";
        if (spec.Type is "NodePort" or "LoadBalancer") spec.ExternalTrafficPolicy ??= "Cluster";
        if (spec.Type == "LoadBalancer") spec.AllocateLoadBalancerNodePorts ??= true;
        foreach (var port in spec.Ports ?? [])
        {
            port.Protocol ??= "TCP";
            port.TargetPort ??= new Tugboat.Api.IntOrString(port.Port);
        }
        if (spec.ClusterIP is null && spec.ClusterIPs is { Count: > 0 }) spec.ClusterIP = spec.ClusterIPs[0];
        if (spec.ClusterIP is not null && spec.ClusterIPs is null or { Count: 0 }) spec.ClusterIPs = [spec.ClusterIP];
        spec.IPFamilies ??= ["IPv4"];
        spec.IPFamilyPolicy ??= "SingleStack";
    }

    public override IReadOnlyList<FieldError> ValidateCreate(IKubernetesObject obj)
    {
        var errors = new List<FieldError>(base.ValidateCreate(obj));
        var svc = (Service)obj;
        ValidateSpec(svc, errors);
        if (errors.Count == 0) Allocate(svc, old: null, errors);
        return errors;
    }

    public override IReadOnlyList<FieldError> ValidateUpdate(IKubernetesObject obj, IKubernetesObject old)
    {
        var errors = new List<FieldError>(base.ValidateUpdate(obj, old));
        var svc = (Service)obj;
        var previous = (Service)old;
        ValidateSpec(svc, errors);
        var oldIp = previous.Spec?.ClusterIP;
        var newIp = svc.Spec?.ClusterIP;
        if (svc.Spec is { Type: not "ExternalName" } spec && previous.Spec?.Type != "ExternalName")
        {
            if (newIp is null or "") { spec.ClusterIP = oldIp; spec.ClusterIPs = previous.Spec?.ClusterIPs; }
            else if (newIp != oldIp) errors.Add(FieldError.Invalid("spec.clusterIPs[0]", newIp, "may not change once set"));
        }
        if (errors.Count == 0) Allocate(svc, previous, errors);
        return errors;
    }

    public override string? SelectableField(IKubernetesObject obj, string path) => path switch
    {
        "spec.clusterIP" => ((Service)obj).Spec?.ClusterIP ?? "",
        "spec.type" => ((Service)obj).Spec?.Type ?? "",
        _ => base.SelectableField(obj, path),
    };

    private static void ValidateSpec(Service svc, List<FieldError> errors)
    {
        var spec = svc.Spec ?? new ServiceSpec();
        if (!Types.Contains(spec.Type)) errors.Add(FieldError.NotSupported("spec.type", spec.Type, Types));
        if (spec.Type == "ExternalName")
        {
            if (string.IsNullOrEmpty(spec.ExternalName)) errors.Add(FieldError.Required("spec.externalName"));
            else foreach (var m in NameValidation.IsDns1123Subdomain(spec.ExternalName.TrimEnd('.'))) errors.Add(FieldError.Invalid("spec.externalName", spec.ExternalName, m));
            return;
        }
        var ports = spec.Ports ?? [];
        if (ports.Count == 0 && spec.ClusterIP != "None") errors.Add(FieldError.Required("spec.ports"));
        var names = new HashSet<string>();
        var seen = new HashSet<(int, string)>();
        for (var i = 0; i < ports.Count; i++)
        {
            var p = ports[i];
            var path = $"spec.ports[{i}]";
            if (ports.Count > 1 && string.IsNullOrEmpty(p.Name)) errors.Add(FieldError.Required($"{path}.name"));
            if (!string.IsNullOrEmpty(p.Name))
            {
                foreach (var m in NameValidation.IsDns1123Label(p.Name)) errors.Add(FieldError.Invalid($"{path}.name", p.Name, m));
                if (!names.Add(p.Name)) errors.Add(FieldError.Duplicate($"{path}.name", p.Name));
            }
            if (p.Port is < 1 or > 65535) errors.Add(FieldError.Invalid($"{path}.port", p.Port, "must be between 1 and 65535, inclusive"));
            if (p.Protocol is not ("TCP" or "UDP" or "SCTP")) errors.Add(FieldError.NotSupported($"{path}.protocol", p.Protocol, ["SCTP", "TCP", "UDP"]));
            if (!seen.Add((p.Port, p.Protocol ?? ""))) errors.Add(FieldError.Duplicate($"{path}", $"{p.Port}/{p.Protocol}"));
            if (p.NodePort is int np && np != 0 && (np < ServiceIpAllocator.NodePortMin || np > ServiceIpAllocator.NodePortMax))
                errors.Add(FieldError.Invalid($"{path}.nodePort", np, $"provided port is not in the valid range. The range of valid ports is {ServiceIpAllocator.NodePortMin}-{ServiceIpAllocator.NodePortMax}"));
            if (p.NodePort is > 0 && spec.Type == "ClusterIP")
                errors.Add(FieldError.Forbidden($"{path}.nodePort", "may not be used when `type` is 'ClusterIP'"));
        }
        if (spec.ClusterIP is { Length: > 0 } ip && ip != "None" && !ServiceIpAllocator.InRange(ip))
            errors.Add(FieldError.Invalid("spec.clusterIPs[0]", ip, "failed to allocate IP " + ip + ": the provided IP (" + ip + ") is not in the valid range. The range of valid IPs is 10.43.0.0/16"));
        if (spec.ClusterIP == "None" && spec.Type != "ClusterIP")
            errors.Add(FieldError.Invalid("spec.clusterIPs[0]", "None", "may not be set to 'None' for LoadBalancer services or NodePort services"));
    }

    private void Allocate(Service svc, Service? old, List<FieldError> errors)
    {
        var spec = svc.Spec!;
        if (spec.Type == "ExternalName") { spec.ClusterIP = null; spec.ClusterIPs = null; return; }
        var key = $"{svc.Metadata.Namespace}/{svc.Metadata.Name}";
        var storageKey = $"/registry/services/{key}";
        if (spec.ClusterIP is null or "" || (old is not null && spec.ClusterIP != old.Spec?.ClusterIP))
        {
            var requested = spec.ClusterIP is { Length: > 0 } r ? r : null;
            var ip = allocator.AllocateIp(requested, storageKey);
            if (ip is null)
            {
                errors.Add(FieldError.Invalid("spec.clusterIPs", GoValue.StringSlice([requested ?? ""]), $"failed to allocate IP {requested}: provided IP is already allocated"));
                return;
            }
            spec.ClusterIP = ip;
            spec.ClusterIPs = [ip];
        }
        else if (old is null && spec.ClusterIP != "None" && allocator.AllocateIp(spec.ClusterIP, storageKey) is null)
        {
            errors.Add(FieldError.Invalid("spec.clusterIPs", GoValue.StringSlice([spec.ClusterIP]), $"failed to allocate IP {spec.ClusterIP}: provided IP is already allocated"));
            return;
        }
        if (spec.Type is not ("NodePort" or "LoadBalancer")) return;
        var used = new HashSet<int>();
        for (var i = 0; i < (spec.Ports?.Count ?? 0); i++)
        {
            var port = spec.Ports![i];
            var previous = old?.Spec?.Ports?.FirstOrDefault(p => p.Port == port.Port && p.Protocol == port.Protocol)?.NodePort;
            if (port.NodePort is null or 0 && previous is int keep) { port.NodePort = keep; used.Add(keep); continue; }
            if (port.NodePort is int np && np != 0 && np == previous) { used.Add(np); continue; }
            var allocated = allocator.AllocateNodePort(port.NodePort is > 0 ? port.NodePort : null, storageKey, used);
            if (allocated is null)
            {
                errors.Add(FieldError.Invalid($"spec.ports[{i}].nodePort", port.NodePort, $"provided port is already allocated"));
                return;
            }
            port.NodePort = allocated;
            used.Add(allocated.Value);
        }
    }
}
