using System.Text.RegularExpressions;
using Tugboat.Api.Meta;

namespace Tugboat.ApiServer.Printers;

/// <summary>Label selector strings as metav1.LabelSelectorAsSelector(...).String() and metav1.FormatLabelSelector print them.</summary>
internal static partial class LabelSelectors
{
    /// <summary>
    /// The selector's string form ("app=web,tier in (a,b),!legacy"), requirements sorted by key;
    /// "" for a nil or empty selector; null when the selector is invalid.
    /// </summary>
    public static string? ToSelectorString(LabelSelector? selector)
    {
        if (selector is null) return "";
        var requirements = new List<(string Key, string Text)>();
        foreach (var (key, value) in selector.MatchLabels ?? [])
        {
            if (!IsLabelKey(key) || !IsLabelValue(value)) return null;
            requirements.Add((key, key + "=" + value));
        }
        foreach (var expr in selector.MatchExpressions ?? [])
        {
            if (!IsLabelKey(expr.Key)) return null;
            var values = expr.Values ?? [];
            switch (expr.Operator)
            {
                case "In":
                case "NotIn":
                    if (values.Count == 0 || !values.All(IsLabelValue)) return null;
                    var op = expr.Operator == "In" ? " in " : " notin ";
                    requirements.Add((expr.Key, expr.Key + op + "(" + string.Join(",", values.Order(StringComparer.Ordinal)) + ")"));
                    break;
                case "Exists":
                    if (values.Count != 0) return null;
                    requirements.Add((expr.Key, expr.Key));
                    break;
                case "DoesNotExist":
                    if (values.Count != 0) return null;
                    requirements.Add((expr.Key, "!" + expr.Key));
                    break;
                default:
                    return null;
            }
        }
        return string.Join(",", requirements.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => r.Text));
    }

    /// <summary>metav1.FormatLabelSelector: the selector string, "&lt;none&gt;" when it selects everything or nothing, "&lt;error&gt;" when invalid.</summary>
    public static string Format(LabelSelector? selector) =>
        ToSelectorString(selector) switch
        {
            null => "<error>",
            "" => Cells.None,
            var s => s,
        };

    private static bool IsLabelKey(string key)
    {
        var slash = key.IndexOf('/');
        var name = key;
        if (slash >= 0)
        {
            var prefix = key[..slash];
            name = key[(slash + 1)..];
            if (prefix.Length == 0 || prefix.Length > 253 || !DnsSubdomain().IsMatch(prefix)) return false;
        }
        return name.Length is > 0 and <= 63 && QualifiedName().IsMatch(name);
    }

    private static bool IsLabelValue(string value) => value.Length == 0 || (value.Length <= 63 && QualifiedName().IsMatch(value));

    [GeneratedRegex("^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$")]
    private static partial Regex QualifiedName();

    [GeneratedRegex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$")]
    private static partial Regex DnsSubdomain();
}
