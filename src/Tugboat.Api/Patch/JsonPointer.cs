using System.Text;

namespace Tugboat.Api.Patch;

/// <summary>RFC 6901 JSON Pointer syntax: "/a/b~1c/0", where ~0 stands for "~" and ~1 for "/".</summary>
public static class JsonPointer
{
    /// <summary>Escapes one reference token ("a/b" becomes "a~1b").</summary>
    public static string Escape(string token) => token.Replace("~", "~0").Replace("/", "~1");

    /// <summary>Unescapes one reference token in a single left-to-right pass, so "~01" becomes "~1".</summary>
    public static string Unescape(string token)
    {
        if (!token.Contains('~')) return token;
        var result = new StringBuilder(token.Length);
        for (var i = 0; i < token.Length; i++)
        {
            if (token[i] == '~' && i + 1 < token.Length && token[i + 1] is '0' or '1')
            {
                result.Append(token[i + 1] == '0' ? '~' : '/');
                i++;
            }
            else
            {
                result.Append(token[i]);
            }
        }
        return result.ToString();
    }

    /// <summary>
    /// The unescaped reference tokens of a pointer: "" (the whole document) has none, "/" has one empty token.
    /// Null when the text is not a pointer (it does not start with "/").
    /// </summary>
    public static IReadOnlyList<string>? Parse(string pointer)
    {
        if (pointer.Length == 0) return [];
        if (pointer[0] != '/') return null;
        return pointer[1..].Split('/').Select(Unescape).ToArray();
    }

    /// <summary>The pointer text of a sequence of unescaped tokens.</summary>
    public static string Format(IEnumerable<string> tokens) => string.Concat(tokens.Select(t => "/" + Escape(t)));
}
