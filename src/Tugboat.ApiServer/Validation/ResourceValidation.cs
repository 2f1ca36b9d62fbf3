using Tugboat.Api;
using Tugboat.Api.Selection;
using Tugboat.Api.Validation;
using Tugboat.ApiServer.Http;

namespace Tugboat.ApiServer.Validation;

/// <summary>
/// Resource names and quantities (core helper's IsStandard*ResourceName, IsOvercommitAllowed, ...) and the
/// validation of requests and limits. Map iteration is in key order, where upstream's is random.
/// </summary>
public static class ResourceValidation
{
    private static readonly HashSet<string> StandardContainerResources = ["cpu", "memory", "ephemeral-storage"];

    private static readonly HashSet<string> StandardResources =
    [
        "cpu", "memory", "ephemeral-storage", "requests.cpu", "requests.memory", "requests.ephemeral-storage",
        "limits.cpu", "limits.memory", "limits.ephemeral-storage", "pods", "resourcequotas", "services",
        "replicationcontrollers", "secrets", "configmaps", "persistentvolumeclaims", "storage", "requests.storage",
        "services.nodeports", "services.loadbalancers",
    ];

    private static readonly HashSet<string> StandardQuotaResources =
    [
        "cpu", "memory", "ephemeral-storage", "requests.cpu", "requests.memory", "requests.storage",
        "requests.ephemeral-storage", "limits.cpu", "limits.memory", "limits.ephemeral-storage", "pods",
        "resourcequotas", "services", "replicationcontrollers", "secrets", "persistentvolumeclaims", "configmaps",
        "services.nodeports", "services.loadbalancers",
    ];

    private static readonly HashSet<string> IntegerResources =
    [
        "pods", "resourcequotas", "services", "replicationcontrollers", "secrets", "configmaps",
        "persistentvolumeclaims", "services.nodeports", "services.loadbalancers",
    ];

    public static bool IsHugePages(string name) => name.StartsWith("hugepages-", StringComparison.Ordinal);

    public static bool IsNative(string name) => !name.Contains('/') || name.Contains("kubernetes.io/", StringComparison.Ordinal);

    public static bool IsExtended(string name) =>
        !IsNative(name) && !name.StartsWith("requests.", StringComparison.Ordinal) && NameValidation.IsQualifiedName("requests." + name).Count == 0;

    public static bool IsStandardContainerResource(string name) => StandardContainerResources.Contains(name) || IsHugePages(name);

    private static bool IsQuotaHugePages(string name) =>
        name.StartsWith("hugepages-", StringComparison.Ordinal) || name.StartsWith("requests.hugepages-", StringComparison.Ordinal);

    public static bool IsStandardResource(string name) => StandardResources.Contains(name) || IsQuotaHugePages(name);

    public static bool IsStandardQuotaResource(string name) => StandardQuotaResources.Contains(name) || IsQuotaHugePages(name);

    public static bool IsInteger(string name) => IntegerResources.Contains(name) || IsExtended(name);

    public static bool IsOvercommitAllowed(string name) => IsNative(name) && !IsHugePages(name);

    /// <summary>validateResourceName: a qualified name, standard unless it has a domain.</summary>
    public static void ResourceName(string name, string path, List<FieldError> errors)
    {
        var before = errors.Count;
        foreach (var m in NameValidation.IsQualifiedName(name)) errors.Add(FieldError.Invalid(path, GoValue.Raw(name), m));
        if (errors.Count != before) return;
        if (!name.Contains('/') && !IsStandardResource(name))
            errors.Add(FieldError.Invalid(path, GoValue.Raw(name), "must be a standard resource type or fully qualified"));
    }

    /// <summary>validateContainerResourceName.</summary>
    public static void ContainerResourceName(string name, string path, List<FieldError> errors)
    {
        ResourceName(name, path, errors);
        if (!name.Contains('/'))
        {
            if (!IsStandardContainerResource(name))
                errors.Add(FieldError.Invalid(path, GoValue.Raw(name), "must be a standard resource for containers"));
        }
        else if (!IsNative(name) && !IsExtended(name))
        {
            errors.Add(FieldError.Invalid(path, GoValue.Raw(name), "doesn't follow extended resource name standard"));
        }
    }

    /// <summary>ValidateResourceQuotaResourceName.</summary>
    public static void QuotaResourceName(string name, string path, List<FieldError> errors)
    {
        ResourceName(name, path, errors);
        if (!name.Contains('/') && !IsStandardQuotaResource(name))
            errors.Add(FieldError.Invalid(path, GoValue.Raw(name), "must be a standard resource for quota"));
    }

    /// <summary>ValidateResourceQuantityValue: not negative, whole for countable resources.</summary>
    public static void QuantityValue(string resource, Quantity value, string path, List<FieldError> errors)
    {
        if (value.Sign < 0) errors.Add(FieldError.Invalid(path, value.ToString(), Checks.IsNegativeErrorMsg));
        if (IsInteger(resource) && value.MilliValue % 1000 != 0) errors.Add(FieldError.Invalid(path, value, "must be an integer"));
    }

    /// <summary>ValidatePositiveQuantityValue.</summary>
    public static void PositiveQuantity(Quantity value, string path, List<FieldError> errors)
    {
        if (value.Sign <= 0) errors.Add(FieldError.Invalid(path, value.ToString(), Checks.IsNotPositiveErrorMsg));
    }

    /// <summary>
    /// validateResourceRequirements for containers (and pod overhead): names, quantities, and requests no larger
    /// than limits — equal for resources that may not be overcommitted.
    /// </summary>
    public static void ContainerRequirements(Dictionary<string, Quantity>? limits, Dictionary<string, Quantity>? requests,
        List<Api.Core.V1.ResourceClaim>? claims, ISet<string> podClaimNames, string path, List<FieldError> errors)
    {
        var limPath = $"{path}.limits";
        var reqPath = $"{path}.requests";
        bool limCpuOrMemory = false, reqCpuOrMemory = false, limHuge = false, reqHuge = false;
        foreach (var (name, quantity) in Sorted(limits))
        {
            var p = $"{limPath}[{name}]";
            ContainerResourceName(name, p, errors);
            QuantityValue(name, quantity, p, errors);
            if (IsHugePages(name)) limHuge = true;
            if (name is "cpu" or "memory") limCpuOrMemory = true;
        }
        foreach (var (name, quantity) in Sorted(requests))
        {
            var p = $"{reqPath}[{name}]";
            ContainerResourceName(name, p, errors);
            QuantityValue(name, quantity, p, errors);
            if (limits is not null && limits.TryGetValue(name, out var limit))
            {
                if (quantity.CompareTo(limit) != 0 && !IsOvercommitAllowed(name))
                    errors.Add(FieldError.Invalid(reqPath, quantity.ToString(), $"must be equal to {name} limit of {limit}"));
                else if (quantity.CompareTo(limit) > 0)
                    errors.Add(FieldError.Invalid(reqPath, quantity.ToString(), $"must be less than or equal to {name} limit of {limit}"));
            }
            else if (!IsOvercommitAllowed(name))
            {
                errors.Add(FieldError.Required(limPath, "Limit must be set for non overcommitable resources"));
            }
            if (IsHugePages(name)) reqHuge = true;
            if (name is "cpu" or "memory") reqCpuOrMemory = true;
        }
        if (!limCpuOrMemory && !reqCpuOrMemory && (reqHuge || limHuge))
            errors.Add(FieldError.Forbidden(path, "HugePages require cpu or memory"));

        var names = new HashSet<string>();
        for (var i = 0; i < (claims?.Count ?? 0); i++)
        {
            var claim = claims![i];
            var p = $"{path}.claims[{i}]";
            if (claim.Name.Length == 0) { errors.Add(FieldError.Required(p)); continue; }
            var key = string.IsNullOrEmpty(claim.Request) ? claim.Name : $"{claim.Name}/{claim.Request}";
            if (!names.Add(key)) errors.Add(FieldError.Duplicate(p, key));
            if (!podClaimNames.Contains(claim.Name))
                errors.Add(FieldError.NotFound(p, claim.Name, "must be one of the names in pod.spec.resourceClaims" +
                    (podClaimNames.Count == 0 ? " which is empty" : ": " + string.Join(", ", podClaimNames.Order(GoText.Comparer)))));
        }
    }

    public static IEnumerable<KeyValuePair<string, Quantity>> Sorted(Dictionary<string, Quantity>? map) =>
        (map ?? []).OrderBy(kv => kv.Key, GoText.Comparer);
}
