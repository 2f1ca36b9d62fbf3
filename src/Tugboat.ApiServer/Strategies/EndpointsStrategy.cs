using Tugboat.Api.Core.V1;
using Tugboat.Api.Meta;
using Tugboat.Api.Validation;
using Tugboat.ApiServer.Http;
using Tugboat.ApiServer.Validation;

namespace Tugboat.ApiServer.Strategies;

/// <summary>
/// Endpoints: ports default to TCP; ValidateEndpoints — every subset has addresses, which are valid and not
/// special IPs, and its ports are named when there are several. A PUT of missing Endpoints creates them.
/// </summary>
public sealed class EndpointsStrategy() : GenericStrategy(hasStatus: false, namespaced: true)
{
    private static readonly string[] Protocols = ["SCTP", "TCP", "UDP"];

    public override bool AllowCreateOnUpdate => true;

    public override void ApplyDefaults(IKubernetesObject obj)
    {
        foreach (var subset in ((Endpoints)obj).Subsets ?? [])
            foreach (var port in subset.Ports ?? [])
                port.Protocol ??= "TCP";
    }

    public override IReadOnlyList<FieldError> ValidateCreate(IKubernetesObject obj)
    {
        var errors = new List<FieldError>(base.ValidateCreate(obj));
        Subsets(((Endpoints)obj).Subsets, errors);
        return errors;
    }

    public override IReadOnlyList<FieldError> ValidateUpdate(IKubernetesObject obj, IKubernetesObject old)
    {
        var errors = new List<FieldError>(base.ValidateUpdate(obj, old));
        Subsets(((Endpoints)obj).Subsets, errors);
        return errors;
    }

    private static void Subsets(List<EndpointSubset>? subsets, List<FieldError> errors)
    {
        for (var i = 0; i < (subsets?.Count ?? 0); i++)
        {
            var ss = subsets![i];
            var p = $"subsets[{i}]";
            if (ss.Addresses is not { Count: > 0 } && ss.NotReadyAddresses is not { Count: > 0 })
                errors.Add(FieldError.Required(p, "must specify `addresses` or `notReadyAddresses`"));
            for (var a = 0; a < (ss.Addresses?.Count ?? 0); a++) Address(ss.Addresses![a], $"{p}.addresses[{a}]", errors);
            for (var a = 0; a < (ss.NotReadyAddresses?.Count ?? 0); a++) Address(ss.NotReadyAddresses![a], $"{p}.notReadyAddresses[{a}]", errors);
            var ports = ss.Ports ?? [];
            for (var j = 0; j < ports.Count; j++) Port(ports[j], ports.Count > 1, $"{p}.ports[{j}]", errors);
        }
    }

    private static void Address(EndpointAddress address, string path, List<FieldError> errors)
    {
        Checks.IP(address.IP, $"{path}.ip", errors);
        if (!string.IsNullOrEmpty(address.Hostname)) Checks.Dns1123Label(address.Hostname, $"{path}.hostname", errors);
        if (address.NodeName is { } nodeName) Checks.Dns1123Subdomain(nodeName, $"{path}.nodeName", errors);
        NonSpecialIP(address.IP, $"{path}.ip", errors);
    }

    /// <summary>ValidateNonSpecialIP: no unspecified, loopback or link-local addresses.</summary>
    public static void NonSpecialIP(string value, string path, List<FieldError> errors)
    {
        if (Checks.ParseIP(value) is not { } ip)
        {
            errors.Add(FieldError.Invalid(path, value, "must be a valid IP address"));
            return;
        }
        if (ip.Equals(System.Net.IPAddress.Any) || ip.Equals(System.Net.IPAddress.IPv6Any))
            errors.Add(FieldError.Invalid(path, value, $"may not be unspecified ({value})"));
        var bytes = ip.GetAddressBytes();
        if (System.Net.IPAddress.IsLoopback(ip)) errors.Add(FieldError.Invalid(path, value, "may not be in the loopback range (127.0.0.0/8, ::1/128)"));
        if ((bytes.Length == 4 && bytes[0] == 169 && bytes[1] == 254) || ip.IsIPv6LinkLocal)
            errors.Add(FieldError.Invalid(path, value, "may not be in the link-local range (169.254.0.0/16, fe80::/10)"));
        if ((bytes.Length == 4 && bytes[0] == 224 && bytes[1] == 0 && bytes[2] == 0) || (bytes.Length == 16 && bytes[0] == 0xff && (bytes[1] & 0x0f) == 2))
            errors.Add(FieldError.Invalid(path, value, "may not be in the link-local multicast range (224.0.0.0/24, ff02::/10)"));
    }

    private static void Port(EndpointPort port, bool requireName, string path, List<FieldError> errors)
    {
        if (requireName && string.IsNullOrEmpty(port.Name)) errors.Add(FieldError.Required($"{path}.name"));
        else if (!string.IsNullOrEmpty(port.Name)) Checks.Dns1123Label(port.Name, $"{path}.name", errors);
        foreach (var m in NameValidation.IsValidPortNum(port.Port)) errors.Add(FieldError.Invalid($"{path}.port", port.Port, m));
        if (string.IsNullOrEmpty(port.Protocol)) errors.Add(FieldError.Required($"{path}.protocol"));
        else if (!Protocols.Contains(port.Protocol)) errors.Add(FieldError.NotSupported($"{path}.protocol", port.Protocol, Protocols));
        if (port.AppProtocol is { } appProtocol) Checks.QualifiedName(appProtocol, $"{path}.appProtocol", errors);
    }
}
