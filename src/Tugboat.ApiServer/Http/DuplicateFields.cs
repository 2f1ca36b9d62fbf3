using System.Text.Json;
using System.Text.Json.Nodes;

namespace Tugboat.ApiServer.Http;

/// <summary>
/// Finds object keys that appear twice in a JSON document (named by path, as upstream's strict decoder does) and
/// builds the document with the last value winning, which is what a non-strict decode keeps.
/// </summary>
public static class DuplicateFields
{
    public static List<string> Find(ReadOnlySpan<byte> json)
    {
        var found = new List<string>();
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 1000 });
        var stack = new Stack<(HashSet<string>? Keys, string Path, int Index)>();
        string? pendingKey = null;
        var path = "";
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject or JsonTokenType.StartArray:
                    var childPath = Child(stack, path, pendingKey);
                    stack.Push((reader.TokenType == JsonTokenType.StartObject ? [] : null, childPath, 0));
                    path = childPath;
                    pendingKey = null;
                    break;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    stack.Pop();
                    path = stack.Count > 0 ? stack.Peek().Path : "";
                    Advance(stack);
                    break;
                case JsonTokenType.PropertyName:
                    pendingKey = reader.GetString()!;
                    if (!stack.Peek().Keys!.Add(pendingKey)) found.Add(path.Length == 0 ? pendingKey : $"{path}.{pendingKey}");
                    break;
                default:
                    pendingKey = null;
                    Advance(stack);
                    break;
            }
        }
        return found;
    }

    /// <summary>The document as a JsonNode where a repeated key keeps its last value.</summary>
    public static JsonNode? LastWins(ReadOnlySpan<byte> json)
    {
        using var doc = JsonDocument.Parse(json.ToArray(), new JsonDocumentOptions { MaxDepth = 1000 });
        return Convert(doc.RootElement);
    }

    private static JsonNode? Convert(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => ConvertObject(e),
        JsonValueKind.Array => new JsonArray(e.EnumerateArray().Select(Convert).ToArray()),
        JsonValueKind.Null => null,
        _ => JsonValue.Create(e.Clone()),
    };

    private static JsonObject ConvertObject(JsonElement e)
    {
        var obj = new JsonObject();
        foreach (var p in e.EnumerateObject()) obj[p.Name] = Convert(p.Value);
        return obj;
    }

    private static string Child(Stack<(HashSet<string>? Keys, string Path, int Index)> stack, string path, string? key)
    {
        if (stack.Count == 0) return "";
        var parent = stack.Peek();
        if (parent.Keys is null) return $"{path}[{parent.Index}]";
        return path.Length == 0 ? key ?? "" : $"{path}.{key}";
    }

    private static void Advance(Stack<(HashSet<string>? Keys, string Path, int Index)> stack)
    {
        if (stack.Count == 0 || stack.Peek().Keys is not null) return;
        var top = stack.Pop();
        stack.Push(top with { Index = top.Index + 1 });
    }
}
