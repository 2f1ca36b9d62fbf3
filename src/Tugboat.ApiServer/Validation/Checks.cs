using System.Net;
using System.Net.Sockets;
using Tugboat.Api;
using Tugboat.Api.Json;
using Tugboat.Api.Meta;
using Tugboat.Api.Selection;
using Tugboat.Api.Validation;
using Tugboat.ApiServer.Http;

namespace Tugboat.ApiServer.Validation;

/// <summary>
/// The small validators every kind shares, with upstream's texts: apimachinery's ValidateNonnegativeField,
/// ValidateImmutableField, metav1 label-selector validation, path-segment names, IPs, int-or-percent values.
/// Each appends to <c>errors</c>.
/// </summary>
public static class Checks
{
    public const string IsNegativeErrorMsg = "must be greater than or equal to 0";
    public const string FieldImmutableErrorMsg = "field is immutable";
    public const string IsNotPositiveErrorMsg = "must be greater than zero";

    /// <summary>ValidateNonnegativeField.</summary>
    public static void NonNegative(long value, string path, List<FieldError> errors)
    {
        if (value < 0) errors.Add(FieldError.Invalid(path, value, IsNegativeErrorMsg));
    }

    /// <summary>ValidateImmutableField: "field is immutable" with the new value when the two differ.</summary>
    public static void Immutable(object? updated, object? old, string path, List<FieldError> errors, object? shown = null)
    {
        if (!SameValue(updated, old)) errors.Add(FieldError.Invalid(path, shown ?? updated, FieldImmutableErrorMsg));
    }

    /// <summary>Semantic deep equality of API values (their JSON; null and absent alike).</summary>
    public static bool SameValue(object? a, object? b)
    {
        if (a is null || b is null) return a is null && b is null;
        return ApiJson.Serialize(a).AsSpan().SequenceEqual(ApiJson.Serialize(b));
    }

    public static void Dns1123Label(string value, string path, List<FieldError> errors)
    {
        foreach (var m in NameValidation.IsDns1123Label(value)) errors.Add(FieldError.Invalid(path, value, m));
    }

    public static void Dns1123Subdomain(string value, string path, List<FieldError> errors)
    {
        foreach (var m in NameValidation.IsDns1123Subdomain(value)) errors.Add(FieldError.Invalid(path, value, m));
    }

    public static void QualifiedName(string value, string path, List<FieldError> errors)
    {
        foreach (var m in NameValidation.IsQualifiedName(value)) errors.Add(FieldError.Invalid(path, value, m));
    }

    /// <summary>ValidateLabelName: a label key.</summary>
    public static void LabelName(string value, string path, List<FieldError> errors) => QualifiedName(value, path, errors);

    /// <summary>ValidateLabels: keys and values, both reported at <paramref name="path"/>.</summary>
    public static void Labels(Dictionary<string, string>? labels, string path, List<FieldError> errors) =>
        ObjectMetaValidation.ValidateLabels(labels, path, errors);

    public static void Annotations(Dictionary<string, string>? annotations, string path, List<FieldError> errors) =>
        ObjectMetaValidation.ValidateAnnotations(annotations, path, errors);

    /// <summary>path.IsValidPathSegmentName.</summary>
    public static IReadOnlyList<string> PathSegmentName(string name)
    {
        if (name is "." or "..") return [$"may not be '{name}'"];
        var messages = new List<string>();
        foreach (var bad in new[] { "/", "%" })
            if (name.Contains(bad, StringComparison.Ordinal)) messages.Add($"may not contain '{bad}'");
        return messages;
    }

    /// <summary>metav1 ValidateLabelSelector (label values checked, as for new objects).</summary>
    public static void LabelSelector(LabelSelector? selector, string path, List<FieldError> errors)
    {
        if (selector is null) return;
        Labels(selector.MatchLabels, $"{path}.matchLabels", errors);
        for (var i = 0; i < (selector.MatchExpressions?.Count ?? 0); i++)
            LabelSelectorRequirement(selector.MatchExpressions![i], $"{path}.matchExpressions[{i}]", errors);
    }

    private static void LabelSelectorRequirement(LabelSelectorRequirement r, string path, List<FieldError> errors)
    {
        var values = r.Values ?? [];
        switch (r.Operator)
        {
            case "In" or "NotIn":
                if (values.Count == 0) errors.Add(FieldError.Required($"{path}.values", "must be specified when `operator` is 'In' or 'NotIn'"));
                break;
            case "Exists" or "DoesNotExist":
                if (values.Count > 0) errors.Add(FieldError.Forbidden($"{path}.values", "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"));
                break;
            default:
                errors.Add(FieldError.Invalid($"{path}.operator", r.Operator, "not a valid selector operator"));
                break;
        }
        LabelName(r.Key, $"{path}.key", errors);
        for (var i = 0; i < values.Count; i++)
            foreach (var m in NameValidation.IsValidLabelValue(values[i]))
                errors.Add(FieldError.Invalid($"{path}.values[{i}]", values[i], m));
    }

    /// <summary>metav1.LabelSelectorAsSelector; null when it does not convert.</summary>
    public static Selector? AsSelector(LabelSelector? selector) =>
        selector.TryToSelector(out var result, out _) ? result : null;

    /// <summary>True when the selector has neither matchLabels nor matchExpressions.</summary>
    public static bool IsEmpty(LabelSelector selector) =>
        (selector.MatchLabels?.Count ?? 0) + (selector.MatchExpressions?.Count ?? 0) == 0;

    /// <summary>utilvalidation.IsValidIP (netutils.ParseIPSloppy: IPv4 may have leading zeros).</summary>
    public static void IP(string value, string path, List<FieldError> errors)
    {
        if (!IsIP(value)) errors.Add(FieldError.Invalid(path, value, "must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)"));
    }

    public static bool IsIP(string value) => ParseIP(value) is not null;

    public static IPAddress? ParseIP(string value)
    {
        if (value.Contains(':'))
            return IPAddress.TryParse(value, out var v6) && v6.AddressFamily == AddressFamily.InterNetworkV6 && !value.Contains('%') ? v6 : null;
        var parts = value.Split('.');
        if (parts.Length != 4) return null;
        var bytes = new byte[4];
        for (var i = 0; i < 4; i++)
        {
            if (parts[i].Length is 0 or > 3 || !parts[i].All(char.IsAsciiDigit)) return null;
            var n = int.Parse(parts[i], System.Globalization.CultureInfo.InvariantCulture);
            if (n > 255) return null;
            bytes[i] = (byte)n;
        }
        return new IPAddress(bytes);
    }

    /// <summary>utilvalidation.IsValidCIDR.</summary>
    public static void Cidr(string value, string path, List<FieldError> errors)
    {
        var slash = value.IndexOf('/');
        var ok = slash > 0 && ParseIP(value[..slash]) is { } ip
            && int.TryParse(value[(slash + 1)..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var bits)
            && bits <= (ip.AddressFamily == AddressFamily.InterNetworkV6 ? 128 : 32);
        if (!ok) errors.Add(FieldError.Invalid(path, value, "must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)"));
    }

    // ---------------------------------------------------------------- int-or-percent (apps validation)

    /// <summary>ValidatePositiveIntOrPercent.</summary>
    public static void PositiveIntOrPercent(IntOrString value, string path, List<FieldError> errors)
    {
        if (value.IsInt) NonNegative(value.IntValue!.Value, path, errors);
        else
            foreach (var m in NameValidation.IsValidPercent(value.StringValue ?? ""))
                errors.Add(FieldError.Invalid(path, value, m));
    }

    /// <summary>IsNotMoreThan100Percent.</summary>
    public static void NotMoreThan100Percent(IntOrString value, string path, List<FieldError> errors)
    {
        if (PercentValue(value) is > 100) errors.Add(FieldError.Invalid(path, value, "must not be greater than 100%"));
    }

    /// <summary>getIntOrPercentValue: the number of a valid percentage, the int otherwise (0 for other strings).</summary>
    public static int IntOrPercentValue(IntOrString? value) =>
        value is null ? 0 : PercentValue(value) ?? value.IntValue ?? 0;

    private static int? PercentValue(IntOrString value)
    {
        if (value.IsInt || NameValidation.IsValidPercent(value.StringValue ?? "").Count > 0) return null;
        return int.TryParse(value.StringValue![..^1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
            ? n : int.MaxValue;
    }

    /// <summary>The text a boolean pointer prints with (deref'd by ErrorBody).</summary>
    public static string Bool(bool value) => value ? "true" : "false";
}
