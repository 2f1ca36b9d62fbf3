using Tugboat.Api.Core.V1;
using Tugboat.Api.Meta;
using Tugboat.ApiServer.Http;
using Tugboat.ApiServer.Validation;

namespace Tugboat.ApiServer.Strategies;

/// <summary>
/// Nodes: podCIDR and podCIDRs kept in step (v1 conversion), allocatable defaulted from capacity; ValidateNode /
/// ValidateNodeUpdate — taints (reported under metadata.taints, as upstream does), pod CIDRs, resources;
/// podCIDRs and providerID may only go from unset to set.
/// </summary>
public sealed class NodeStrategy() : GenericStrategy(hasStatus: true, namespaced: false)
{
    private const string CidrChange = "node updates may not change podCIDR except from \"\" to valid";

    public override void ApplyDefaults(IKubernetesObject obj)
    {
        var node = (Node)obj;
        var spec = node.Spec ??= new NodeSpec();
        if (spec.PodCIDRs is not { Count: > 0 } && !string.IsNullOrEmpty(spec.PodCIDR)) spec.PodCIDRs = [spec.PodCIDR];
        // A changed podCIDR (a patch keeps the stored podCIDRs) is a change of the first CIDR, so the update is
        // checked instead of silently keeping the old value.
        else if (spec.PodCIDRs is { Count: > 0 } list && !string.IsNullOrEmpty(spec.PodCIDR) && list[0] != spec.PodCIDR) list[0] = spec.PodCIDR;
        if (spec.PodCIDRs is { Count: > 0 } cidrs) spec.PodCIDR = cidrs[0];
        if (node.Status is { Capacity: { } capacity } status && status.Allocatable is null)
            status.Allocatable = new Dictionary<string, Api.Quantity>(capacity);
    }

    /// <summary>A node registers with its status (upstream's PrepareForCreate keeps it).</summary>
    public override void PrepareForCreate(IKubernetesObject obj)
    {
        var status = ((Node)obj).Status;
        base.PrepareForCreate(obj);
        ((Node)obj).Status = status;
    }

    public override IReadOnlyList<FieldError> ValidateCreate(IKubernetesObject obj)
    {
        var node = (Node)obj;
        var errors = new List<FieldError>(base.ValidateCreate(obj));
        var spec = node.Spec ?? new NodeSpec();
        if (spec.Taints is { Count: > 0 }) Taints(spec.Taints, "metadata.taints", errors);
        Resources(node, errors);
        var cidrs = spec.PodCIDRs ?? [];
        for (var i = 0; i < cidrs.Count; i++) Checks.Cidr(cidrs[i], $"spec.podCIDRs[{i}]", errors);
        if (cidrs.Count > 1)
        {
            var families = cidrs.Select(c => c.Contains(':')).Distinct().Count();
            if (families != 2 || cidrs.Count > 2)
                errors.Add(FieldError.Invalid("spec.podCIDRs", cidrs, "may specify no more than one CIDR for each IP family"));
            var seen = new HashSet<string>();
            for (var i = 0; i < cidrs.Count; i++)
                if (!seen.Add(cidrs[i])) errors.Add(FieldError.Duplicate($"spec.podCIDRs[{i}]", cidrs[i]));
        }
        return errors;
    }

    public override IReadOnlyList<FieldError> ValidateUpdate(IKubernetesObject obj, IKubernetesObject old)
    {
        var node = (Node)obj;
        var oldNode = (Node)old;
        var errors = new List<FieldError>(base.ValidateUpdate(obj, old));
        Resources(node, errors);
        var addresses = new HashSet<(string, string)>();
        for (var i = 0; i < (node.Status?.Addresses?.Count ?? 0); i++)
        {
            var address = node.Status!.Addresses![i];
            if (!addresses.Add((address.Type, address.Address))) errors.Add(FieldError.Duplicate($"status.addresses[{i}]", address));
        }
        var spec = node.Spec ?? new NodeSpec();
        var oldSpec = oldNode.Spec ?? new NodeSpec();
        var oldCidrs = oldSpec.PodCIDRs ?? [];
        var newCidrs = spec.PodCIDRs ?? [];
        if (oldCidrs.Count > 0)
        {
            if (oldCidrs.Count != newCidrs.Count) errors.Add(FieldError.Forbidden("spec.podCIDRs", CidrChange));
            else
                for (var i = 0; i < oldCidrs.Count; i++)
                    if (oldCidrs[i] != newCidrs[i]) errors.Add(FieldError.Forbidden("spec.podCIDRs", CidrChange));
        }
        if (!string.IsNullOrEmpty(oldSpec.ProviderID) && oldSpec.ProviderID != spec.ProviderID)
            errors.Add(FieldError.Forbidden("spec.providerID", "node updates may not change providerID except from \"\" to valid"));
        if (spec.Taints is { Count: > 0 }) Taints(spec.Taints, "metadata.taints", errors);
        if (spec.DoNotUseExternalID != oldSpec.DoNotUseExternalID) errors.Add(FieldError.Forbidden("spec.externalID", "may not be updated"));
        return errors;
    }

    /// <summary>validateNodeTaints: key, value, a known effect, unique by key and effect.</summary>
    private static void Taints(List<Taint> taints, string path, List<FieldError> errors)
    {
        var unique = new HashSet<(string, string)>();
        for (var i = 0; i < taints.Count; i++)
        {
            var taint = taints[i];
            var p = $"{path}[{i}]";
            Checks.LabelName(taint.Key, $"{p}.key", errors);
            var messages = Api.Validation.NameValidation.IsValidLabelValue(taint.Value ?? "");
            if (messages.Count > 0) errors.Add(FieldError.Invalid($"{p}.value", taint.Value ?? "", string.Join(";", messages)));
            PodSpecValidation.TaintEffect(taint.Effect, allowEmpty: false, $"{p}.effect", errors);
            if (!unique.Add((taint.Effect, taint.Key)))
                errors.Add(FieldError.Duplicate(p, taint, "taints must be unique by key and effect pair"));
        }
    }

    private static void Resources(Node node, List<FieldError> errors)
    {
        foreach (var (name, quantity) in ResourceValidation.Sorted(node.Status?.Capacity))
            ResourceValidation.QuantityValue(name, quantity, $"status.capacity.{name}", errors);
        foreach (var (name, quantity) in ResourceValidation.Sorted(node.Status?.Allocatable))
            ResourceValidation.QuantityValue(name, quantity, $"status.allocatable.{name}", errors);
    }
}
