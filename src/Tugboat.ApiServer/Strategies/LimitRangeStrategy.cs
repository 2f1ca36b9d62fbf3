using System.Globalization;
using Tugboat.Api;
using Tugboat.Api.Core.V1;
using Tugboat.Api.Meta;
using Tugboat.Api.Validation;
using Tugboat.ApiServer.Http;
using Tugboat.ApiServer.Validation;

namespace Tugboat.ApiServer.Strategies;

/// <summary>
/// LimitRanges: container limits default from max and requests from the default limit or min
/// (SetDefaults_LimitRangeItem); ValidateLimitRange — types, resource names, and min ≤ defaultRequest ≤ default ≤ max.
/// </summary>
public sealed class LimitRangeStrategy() : GenericStrategy(hasStatus: false, namespaced: true)
{
    public override void ApplyDefaults(IKubernetesObject obj)
    {
        foreach (var item in ((LimitRange)obj).Spec?.Limits ?? [])
        {
            if (item.Type != "Container") continue;
            var defaults = item.Default ?? [];
            var defaultRequests = item.DefaultRequest ?? [];
            foreach (var (key, value) in item.Max ?? []) defaults.TryAdd(key, value);
            foreach (var (key, value) in defaults) defaultRequests.TryAdd(key, value);
            foreach (var (key, value) in item.Min ?? []) defaultRequests.TryAdd(key, value);
            item.Default = defaults.Count > 0 ? defaults : item.Default;
            item.DefaultRequest = defaultRequests.Count > 0 ? defaultRequests : item.DefaultRequest;
        }
    }

    public override IReadOnlyList<FieldError> ValidateCreate(IKubernetesObject obj)
    {
        var errors = new List<FieldError>(base.ValidateCreate(obj));
        Validate((LimitRange)obj, errors);
        return errors;
    }

    public override IReadOnlyList<FieldError> ValidateUpdate(IKubernetesObject obj, IKubernetesObject old)
    {
        var errors = new List<FieldError>(base.ValidateUpdate(obj, old));
        Validate((LimitRange)obj, errors);
        return errors;
    }

    private static void Validate(LimitRange range, List<FieldError> errors)
    {
        var types = new HashSet<string>();
        var limits = range.Spec?.Limits ?? [];
        for (var i = 0; i < limits.Count; i++)
        {
            var limit = limits[i];
            var p = $"spec.limits[{i}]";
            TypeName(limit.Type, $"{p}.type", errors);
            if (!types.Add(limit.Type)) errors.Add(FieldError.Duplicate($"{p}.type", limit.Type));
            var keys = new SortedSet<string>(StringComparer.Ordinal);
            void Names(Dictionary<string, Quantity>? list, string field)
            {
                foreach (var (key, _) in ResourceValidation.Sorted(list))
                {
                    ResourceName(limit.Type, key, $"{p}.{field}[{key}]", errors);
                    keys.Add(key);
                }
            }
            Names(limit.Max, "max");
            Names(limit.Min, "min");
            if (limit.Type == "Pod")
            {
                if (limit.Default is { Count: > 0 }) errors.Add(FieldError.Forbidden($"{p}.default", "may not be specified when `type` is 'Pod'"));
                if (limit.DefaultRequest is { Count: > 0 }) errors.Add(FieldError.Forbidden($"{p}.defaultRequest", "may not be specified when `type` is 'Pod'"));
            }
            else
            {
                Names(limit.Default, "default");
                Names(limit.DefaultRequest, "defaultRequest");
            }
            if (limit.Type == "PersistentVolumeClaim" && limit.Min?.ContainsKey("storage") != true && limit.Max?.ContainsKey("storage") != true)
                errors.Add(FieldError.Required($"{p}.limits", "either minimum or maximum storage value is required, but neither was provided"));
            Names(limit.MaxLimitRequestRatio, "maxLimitRequestRatio");

            foreach (var k in keys)
            {
                Quantity? min = limit.Min?.GetValueOrDefault(k), max = limit.Max?.GetValueOrDefault(k),
                    def = limit.Type == "Pod" ? null : limit.Default?.GetValueOrDefault(k),
                    defReq = limit.Type == "Pod" ? null : limit.DefaultRequest?.GetValueOrDefault(k),
                    ratio = limit.MaxLimitRequestRatio?.GetValueOrDefault(k);
                if (min is not null && max is not null && min > max)
                    errors.Add(FieldError.Invalid($"{p}.min[{k}]", min, $"min value {min} is greater than max value {max}"));
                if (defReq is not null && min is not null && min > defReq)
                    errors.Add(FieldError.Invalid($"{p}.defaultRequest[{k}]", defReq, $"min value {min} is greater than default request value {defReq}"));
                if (defReq is not null && max is not null && defReq > max)
                    errors.Add(FieldError.Invalid($"{p}.defaultRequest[{k}]", defReq, $"default request value {defReq} is greater than max value {max}"));
                if (defReq is not null && def is not null && defReq > def)
                    errors.Add(FieldError.Invalid($"{p}.defaultRequest[{k}]", defReq, $"default request value {defReq} is greater than default limit value {def}"));
                if (def is not null && min is not null && min > def)
                    errors.Add(FieldError.Invalid($"{p}.default[{k}]", min, $"min value {min} is greater than default value {def}"));
                if (def is not null && max is not null && def > max)
                    errors.Add(FieldError.Invalid($"{p}.default[{k}]", max, $"default value {def} is greater than max value {max}"));
                if (ratio is not null && ratio.CompareTo(1) < 0)
                    errors.Add(FieldError.Invalid($"{p}.maxLimitRequestRatio[{k}]", ratio, $"ratio {ratio} is less than 1"));
                if (ratio is not null && min is not null && max is not null)
                {
                    var limitRatio = (double)max.ToDecimal() / (double)min.ToDecimal();
                    if ((double)ratio.ToDecimal() > limitRatio)
                        errors.Add(FieldError.Invalid($"{p}.maxLimitRequestRatio[{k}]", ratio,
                            $"ratio {ratio} is greater than max/min = {limitRatio.ToString("F6", CultureInfo.InvariantCulture)}"));
                }
                if (!ResourceValidation.IsOvercommitAllowed(k) && def is not null && defReq is not null && def.CompareTo(defReq) != 0)
                    errors.Add(FieldError.Invalid($"{p}.defaultRequest[{k}]", defReq, $"default value {def} must equal to defaultRequest value {defReq} in {k}"));
            }
        }
    }

    private static void TypeName(string type, string path, List<FieldError> errors)
    {
        var messages = NameValidation.IsQualifiedName(type);
        foreach (var m in messages) errors.Add(FieldError.Invalid(path, type, m));
        if (messages.Count == 0 && !type.Contains('/') && type is not ("Pod" or "Container" or "PersistentVolumeClaim"))
            errors.Add(FieldError.Invalid(path, type, "must be a standard limit type or fully qualified"));
    }

    private static void ResourceName(string type, string name, string path, List<FieldError> errors)
    {
        if (type is "Pod" or "Container") ResourceValidation.ContainerResourceName(name, path, errors);
        else ResourceValidation.ResourceName(name, path, errors);
    }
}
