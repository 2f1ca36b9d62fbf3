using System.Text.Json.Nodes;

namespace Tugboat.Api.Patch;

/// <summary>Renders JSON values the way Go's fmt prints decoded JSON, so error messages read like upstream's.</summary>
internal static class GoFormat
{
    public const string MapType = "map[string]interface {}";
    public const string SliceType = "[]interface {}";

    /// <summary>%v: map[a:1 b:[x y]], with map keys sorted as Go prints them.</summary>
    public static string Value(JsonNode? node) => node switch
    {
        null => "<nil>",
        JsonObject obj => "map[" + string.Join(" ", obj.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + ":" + Value(p.Value))) + "]",
        JsonArray array => "[" + string.Join(" ", array.Select(Value)) + "]",
        JsonValue value when value.TryGetValue<string>(out var s) => s,
        _ => node.ToJsonString(),
    };

    /// <summary>The name Go's reflect gives the type of a decoded JSON value.</summary>
    public static string TypeName(JsonNode? node) => JsonNodes.KindOf(node) switch
    {
        JsonNodeKind.Null => "%!s(<nil>)",
        JsonNodeKind.Object => MapType,
        JsonNodeKind.Array => SliceType,
        JsonNodeKind.String => "string",
        JsonNodeKind.Boolean => "bool",
        _ => node!.AsValue().TryGetValue<long>(out _) ? "int64" : "float64",
    };
}
