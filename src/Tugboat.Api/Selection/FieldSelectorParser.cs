using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;

namespace Tugboat.Api.Selection;

/// <summary>
/// Parses `?fieldSelector=` (fields.ParseSelector): <c>a=b</c>, <c>a==b</c>, <c>a!=b</c>, comma-joined; in values
/// <c>\,</c>, <c>\=</c> and <c>\\</c> escape. Other operators are rejected with upstream's messages.
/// </summary>
public static class FieldSelectorParser
{
    private static readonly string[] TermOperators = ["!=", "==", "="];

    /// <summary>Parses a field selector; throws <see cref="SelectorParseException"/> with upstream's message.</summary>
    public static FieldSelector Parse(string selector) =>
        TryParse(selector, out var result, out var error) ? result : throw new SelectorParseException(error);

    public static bool TryParse(string selector, [NotNullWhen(true)] out FieldSelector? result, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(selector);
        result = null;
        var terms = SplitTerms(selector);
        terms.Sort(GoText.Comparer);

        var requirements = new List<FieldRequirement>();
        foreach (var term in terms)
        {
            if (term.Length == 0) continue;
            if (!SplitTerm(term, out var field, out var op, out var rawValue))
            {
                error = $"invalid selector: '{selector}'; can't understand '{term}'";
                return false;
            }
            if (!TryUnescapeValue(rawValue, out var value, out error)) return false;
            // the identity transform upstream applies drops terms with an empty field and value ("=")
            if (field.Length == 0 && value.Length == 0) continue;
            requirements.Add(new FieldRequirement(field, op == "!=" ? SelectorOperator.NotEquals : SelectorOperator.Equals, value));
        }
        error = null;
        result = requirements.Count == 0 ? FieldSelector.Everything : new FieldSelector(requirements);
        return true;
    }

    /// <summary>Escapes '\', ',' and '=' with a backslash so any literal can be a field selector value.</summary>
    public static string EscapeValue(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.AsSpan().IndexOfAny('\\', ',', '=') < 0) return value;
        var text = new StringBuilder(value.Length + 4);
        foreach (var c in value)
        {
            if (c is '\\' or ',' or '=') text.Append('\\');
            text.Append(c);
        }
        return text.ToString();
    }

    /// <summary>Undoes <see cref="EscapeValue"/>; throws <see cref="SelectorParseException"/> on a bad escape or a bare ',' or '='.</summary>
    public static string UnescapeValue(string value) =>
        TryUnescapeValue(value, out var result, out var error) ? result : throw new SelectorParseException(error);

    public static bool TryUnescapeValue(string value, [NotNullWhen(true)] out string? result, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(value);
        error = null;
        result = value;
        if (value.AsSpan().IndexOfAny('\\', ',', '=') < 0) return true;

        result = null;
        var text = new StringBuilder(value.Length);
        var inSlash = false;
        foreach (var rune in value.EnumerateRunes())
        {
            if (inSlash)
            {
                if (rune.Value is not ('\\' or ',' or '='))
                {
                    error = "invalid field selector: invalid escape sequence: \\" + rune;
                    return false;
                }
                text.Append(rune.ToString());
                inSlash = false;
                continue;
            }
            switch (rune.Value)
            {
                case '\\':
                    inSlash = true;
                    break;
                case ',' or '=':
                    // upstream prints the rune with %v, i.e. as its number
                    error = "invalid field selector: unescaped character in value: " + rune.Value.ToString(CultureInfo.InvariantCulture);
                    return false;
                default:
                    text.Append(rune.ToString());
                    break;
            }
        }
        if (inSlash)
        {
            error = "invalid field selector: invalid escape sequence: \\";
            return false;
        }
        result = text.ToString();
        return true;
    }

    /// <summary>Splits on commas that are not backslash-escaped; the escapes stay in the terms.</summary>
    private static List<string> SplitTerms(string selector)
    {
        var terms = new List<string>();
        if (selector.Length == 0) return terms;
        var start = 0;
        var inSlash = false;
        for (var i = 0; i < selector.Length; i++)
        {
            var c = selector[i];
            if (inSlash)
            {
                inSlash = false;
            }
            else if (c == '\\')
            {
                inSlash = true;
            }
            else if (c == ',')
            {
                terms.Add(selector[start..i]);
                start = i + 1;
            }
        }
        terms.Add(selector[start..]);
        return terms;
    }

    /// <summary>Splits at the first operator ("!=", then "==", then "="); the field part cannot be escaped.</summary>
    private static bool SplitTerm(string term, out string field, out string op, out string value)
    {
        for (var i = 0; i < term.Length; i++)
        {
            foreach (var candidate in TermOperators)
            {
                if (term.AsSpan(i).StartsWith(candidate, StringComparison.Ordinal))
                {
                    field = term[..i];
                    op = candidate;
                    value = term[(i + candidate.Length)..];
                    return true;
                }
            }
        }
        field = op = value = "";
        return false;
    }
}
