using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Tugboat.ApiServer.Http;

/// <summary>Renders JSON as block-style YAML, quoting strings that YAML would otherwise read as another type.</summary>
public static class JsonToYaml
{
    public static string Convert(JsonNode? node)
    {
        var sb = new StringBuilder();
        Write(sb, node, 0, inSequence: false);
        return sb.ToString();
    }

    private static void Write(StringBuilder sb, JsonNode? node, int indent, bool inSequence)
    {
        switch (node)
        {
            case JsonObject obj when obj.Count > 0:
                var first = true;
                foreach (var (key, value) in obj)
                {
                    if (!(first && inSequence)) sb.Append(' ', indent);
                    first = false;
                    sb.Append(Scalar(key)).Append(':');
                    WriteValue(sb, value, indent);
                }
                break;
            case JsonArray arr when arr.Count > 0:
                foreach (var item in arr)
                {
                    sb.Append(' ', indent).Append("- ");
                    if (item is JsonObject { Count: > 0 } or JsonArray { Count: > 0 }) Write(sb, item, indent + 2, inSequence: true);
                    else sb.Append(Inline(item)).Append('\n');
                }
                break;
            default:
                sb.Append(Inline(node)).Append('\n');
                break;
        }
    }

    private static void WriteValue(StringBuilder sb, JsonNode? value, int indent)
    {
        switch (value)
        {
            case JsonObject { Count: > 0 }:
                sb.Append('\n');
                Write(sb, value, indent + 2, inSequence: false);
                break;
            case JsonArray { Count: > 0 }:
                sb.Append('\n');
                Write(sb, value, indent, inSequence: false);
                break;
            default:
                sb.Append(' ').Append(Inline(value)).Append('\n');
                break;
        }
    }

    private static string Inline(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject => "{}",
        JsonArray => "[]",
        JsonValue v when v.GetValueKind() == JsonValueKind.String => Scalar(v.GetValue<string>()),
        _ => node.ToJsonString(),
    };

    private static string Scalar(string s)
    {
        if (s.Contains('\n')) return "|-\n" + string.Join('\n', s.Split('\n').Select(l => "  " + l));
        return NeedsQuotes(s) ? JsonSerializer.Serialize(s) : s;
    }

    private static bool NeedsQuotes(string s)
    {
        if (s.Length == 0 || s != s.Trim()) return true;
        if (s is "true" or "false" or "null" or "~" or "yes" or "no" or "on" or "off" or "y" or "n"
            or "True" or "False" or "Yes" or "No" or "On" or "Off" or "NULL" or "Null" or "TRUE" or "FALSE") return true;
        if (double.TryParse(s, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _)) return true;
        if ("-?:,[]{}#&*!|>'\"%@`".Contains(s[0])) return true;
        return s.Contains(": ") || s.Contains(" #") || s.EndsWith(':');
    }
}
