using System.Globalization;
using System.Text;

namespace Tugboat.Api.Selection;

/// <summary>
/// Go's renderings of strings inside upstream error messages: strconv.Quote, encoding/json, byte order.
/// Lone surrogates read as U+FFFD, as Go sees invalid text.
/// </summary>
internal static class GoText
{
    /// <summary>strconv.Quote (what %q prints).</summary>
    public static string Quote(string value)
    {
        var text = new StringBuilder(value.Length + 2).Append('"');
        foreach (var rune in value.EnumerateRunes())
        {
            var r = rune.Value;
            if (r == '"' || r == '\\')
            {
                text.Append('\\').Append((char)r);
                continue;
            }
            if (IsPrint(rune))
            {
                text.Append(rune.ToString());
                continue;
            }
            switch (r)
            {
                case '\a': text.Append("\\a"); break;
                case '\b': text.Append("\\b"); break;
                case '\f': text.Append("\\f"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                case '\v': text.Append("\\v"); break;
                default:
                    if (r < ' ' || r == 0x7f) text.Append("\\x").Append(r.ToString("x2", CultureInfo.InvariantCulture));
                    else if (r < 0x10000) text.Append("\\u").Append(r.ToString("x4", CultureInfo.InvariantCulture));
                    else text.Append("\\U").Append(r.ToString("x8", CultureInfo.InvariantCulture));
                    break;
            }
        }
        return text.Append('"').ToString();
    }

    /// <summary>encoding/json's rendering of a string (HTML-safe escaping, as json.Marshal does).</summary>
    public static string JsonString(string value)
    {
        var text = new StringBuilder(value.Length + 2).Append('"');
        foreach (var rune in value.EnumerateRunes())
        {
            var r = rune.Value;
            switch (r)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\b': text.Append("\\b"); break;
                case '\f': text.Append("\\f"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                case < 0x20 or '<' or '>' or '&' or 0x2028 or 0x2029:
                    text.Append("\\u").Append(r.ToString("x4", CultureInfo.InvariantCulture));
                    break;
                default:
                    text.Append(rune.ToString());
                    break;
            }
        }
        return text.Append('"').ToString();
    }

    /// <summary>json.Marshal of a []string: "null" for a nil slice.</summary>
    public static string JsonStringArray(IReadOnlyList<string>? values) =>
        values is null ? "null" : "[" + string.Join(",", values.Select(JsonString)) + "]";

    /// <summary>Go's string ordering (UTF-8 bytes, i.e. code points).</summary>
    public static int Compare(string? left, string? right)
    {
        if (ReferenceEquals(left, right)) return 0;
        if (left is null) return -1;
        if (right is null) return 1;
        using var l = left.EnumerateRunes().GetEnumerator();
        using var r = right.EnumerateRunes().GetEnumerator();
        while (true)
        {
            var hasLeft = l.MoveNext();
            var hasRight = r.MoveNext();
            if (!hasLeft || !hasRight) return hasLeft.CompareTo(hasRight);
            var c = l.Current.Value.CompareTo(r.Current.Value);
            if (c != 0) return c;
        }
    }

    public static IComparer<string> Comparer { get; } = Comparer<string>.Create(Compare);

    /// <summary>unicode.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space.</summary>
    private static bool IsPrint(Rune rune)
    {
        if (rune.Value == ' ') return true;
        var category = Rune.GetUnicodeCategory(rune);
        return category <= UnicodeCategory.OtherNumber
            || (category >= UnicodeCategory.ConnectorPunctuation && category <= UnicodeCategory.OtherSymbol);
    }
}
