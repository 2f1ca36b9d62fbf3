using System.Text.Json;
using System.Text.Json.Nodes;

namespace Tugboat.Api.Patch;

/// <summary>The Go dynamic type a decoded JSON value would have (map, slice, string, number, bool or nil).</summary>
internal enum JsonNodeKind { Null, Object, Array, String, Number, Boolean }

internal static class JsonNodes
{
    public static JsonNodeKind KindOf(JsonNode? node) => node?.GetValueKind() switch
    {
        null or JsonValueKind.Null => JsonNodeKind.Null,
        JsonValueKind.Object => JsonNodeKind.Object,
        JsonValueKind.Array => JsonNodeKind.Array,
        JsonValueKind.String => JsonNodeKind.String,
        JsonValueKind.Number => JsonNodeKind.Number,
        _ => JsonNodeKind.Boolean,
    };

    /// <summary>Value equality as Go's == on decoded scalars (structural for objects and arrays, where Go would panic).</summary>
    public static bool ValueEquals(JsonNode? left, JsonNode? right) => JsonNode.DeepEquals(left, right);

    /// <summary>The value of <paramref name="key"/> in an object, or null when it is absent or the node is not an object.</summary>
    public static JsonNode? Member(JsonNode? node, string key) =>
        node is JsonObject obj && obj.TryGetPropertyValue(key, out var value) ? value : null;
}
