using Tugboat.Api.Core.V1;
using Tugboat.Api.Meta;
using Tugboat.ApiServer.Http;
using Tugboat.ApiServer.Validation;

namespace Tugboat.ApiServer.Strategies;

/// <summary>
/// ResourceQuotas: ValidateResourceQuota — standard (or domain-qualified) resource names with valid quantities,
/// scopes that exist, fit the resources and do not conflict, scope selectors; scopes never change.
/// </summary>
public sealed class ResourceQuotaStrategy() : GenericStrategy(hasStatus: true, namespaced: true)
{
    private static readonly string[] Scopes = ["Terminating", "NotTerminating", "BestEffort", "NotBestEffort", "PriorityClass", "CrossNamespacePodAffinity"];
    private static readonly HashSet<string> PodComputeResources = ["cpu", "limits.cpu", "limits.memory", "memory", "requests.cpu", "requests.memory"];

    public override IReadOnlyList<FieldError> ValidateCreate(IKubernetesObject obj)
    {
        var quota = (ResourceQuota)obj;
        var errors = new List<FieldError>(base.ValidateCreate(obj));
        ValidateSpec(quota.Spec ?? new ResourceQuotaSpec(), errors);
        Resources(quota.Status?.Hard, "status.hard", errors);
        Resources(quota.Status?.Used, "status.used", errors);
        return errors;
    }

    public override IReadOnlyList<FieldError> ValidateUpdate(IKubernetesObject obj, IKubernetesObject old)
    {
        var errors = new List<FieldError>(base.ValidateUpdate(obj, old));
        var spec = ((ResourceQuota)obj).Spec ?? new ResourceQuotaSpec();
        ValidateSpec(spec, errors);
        var scopes = new HashSet<string>(spec.Scopes ?? []);
        if (!scopes.SetEquals(((ResourceQuota)old).Spec?.Scopes ?? []))
            errors.Add(FieldError.Invalid("spec.scopes", GoValue.Raw(ScopeList(spec.Scopes)), Checks.FieldImmutableErrorMsg));
        return errors;
    }

    private static string ScopeList(List<string>? scopes) =>
        scopes is null ? "[]core.ResourceQuotaScope(nil)" : "[]core.ResourceQuotaScope{" + string.Join(", ", scopes.Select(GoValue.Quote)) + "}";

    private static void Resources(Dictionary<string, Api.Quantity>? list, string path, List<FieldError> errors)
    {
        foreach (var (name, quantity) in ResourceValidation.Sorted(list))
        {
            ResourceValidation.QuotaResourceName(name, $"{path}[{name}]", errors);
            ResourceValidation.QuantityValue(name, quantity, $"{path}[{name}]", errors);
        }
    }

    private static void ValidateSpec(ResourceQuotaSpec spec, List<FieldError> errors)
    {
        Resources(spec.Hard, "spec.hard", errors);
        var hard = (spec.Hard ?? []).Keys.Order(StringComparer.Ordinal).ToList();
        if (spec.Scopes is { Count: > 0 } scopes)
        {
            var shown = GoValue.Raw(ScopeList(scopes));
            foreach (var scope in scopes)
            {
                if (!Scopes.Contains(scope)) errors.Add(FieldError.Invalid("spec.scopes", shown, "unsupported scope"));
                foreach (var resource in hard)
                    if (ResourceValidation.IsStandardQuotaResource(resource) && !ScopeFits(scope, resource))
                        errors.Add(FieldError.Invalid("spec.scopes", shown, "unsupported scope applied to resource"));
            }
            if (Conflicting(scopes)) errors.Add(FieldError.Invalid("spec.scopes", shown, "conflicting scopes"));
        }
        if (spec.ScopeSelector is { } selector)
        {
            const string path = "spec.scopeSelector.matchExpressions";
            var names = new List<string>();
            foreach (var req in selector.MatchExpressions ?? [])
            {
                if (!Scopes.Contains(req.ScopeName)) errors.Add(FieldError.Invalid($"{path}.scopeName", req.ScopeName, "unsupported scope"));
                foreach (var resource in hard)
                    if (ResourceValidation.IsStandardQuotaResource(resource) && !ScopeFits(req.ScopeName, resource))
                        errors.Add(FieldError.Invalid(path, selector, "unsupported scope applied to resource"));
                if (req.ScopeName is "BestEffort" or "NotBestEffort" or "Terminating" or "NotTerminating" or "CrossNamespacePodAffinity" && req.Operator != "Exists")
                    errors.Add(FieldError.Invalid($"{path}.operator", req.Operator,
                        "must be 'Exists' when scope is any of ResourceQuotaScopeTerminating, ResourceQuotaScopeNotTerminating, ResourceQuotaScopeBestEffort, ResourceQuotaScopeNotBestEffort or ResourceQuotaScopeCrossNamespacePodAffinity"));
                switch (req.Operator)
                {
                    case "In" or "NotIn":
                        if (req.Values is not { Count: > 0 })
                            errors.Add(FieldError.Required($"{path}.values", "must be at least one value when `operator` is 'In' or 'NotIn' for scope selector"));
                        break;
                    case "Exists" or "DoesNotExist":
                        if (req.Values is { Count: > 0 })
                            errors.Add(FieldError.Invalid($"{path}.values", req.Values, "must be no value when `operator` is 'Exist' or 'DoesNotExist' for scope selector"));
                        break;
                    default:
                        errors.Add(FieldError.Invalid($"{path}.operator", req.Operator, "not a valid selector operator"));
                        break;
                }
                names.Add(req.ScopeName);
            }
            if (Conflicting(names)) errors.Add(FieldError.Invalid(path, GoValue.Raw(ScopeList(spec.Scopes)), "conflicting scopes"));
        }
    }

    private static bool Conflicting(ICollection<string> scopes) =>
        (scopes.Contains("BestEffort") && scopes.Contains("NotBestEffort")) || (scopes.Contains("Terminating") && scopes.Contains("NotTerminating"));

    // IsResourceQuotaScopeValidForResource.
    private static bool ScopeFits(string scope, string resource) => scope switch
    {
        "Terminating" or "NotTerminating" or "NotBestEffort" or "PriorityClass" or "CrossNamespacePodAffinity" =>
            resource == "pods" || PodComputeResources.Contains(resource),
        "BestEffort" => resource == "pods",
        _ => true,
    };
}
