using System.Text.Json.Nodes;
using Tugboat.Api.Patch;
using Tugboat.Api.Schema;

namespace Tugboat.Api.Tests.Patch;

/// <summary>Parsing and comparing JSON in patch tests, and applying patches while checking the inputs stay untouched.</summary>
internal static class PatchTestJson
{
    public static JsonNode? Parse(string json) => JsonNode.Parse(json);

    public static void ShouldBeJson(this JsonNode? actual, string expected)
    {
        var expectedNode = JsonNode.Parse(expected);
        if (!JsonNode.DeepEquals(actual, expectedNode))
            throw new ShouldAssertException($"expected {expectedNode?.ToJsonString() ?? "null"}\n but got {actual?.ToJsonString() ?? "null"}");
    }

    public static JsonObject StrategicMerge<T>(string original, string patch) => StrategicMerge(original, patch, SchemaRegistry.For<T>());

    public static JsonObject StrategicMerge(string original, string patch, SchemaNode schema) =>
        Untouched(original, patch, (o, p) => StrategicMergePatch.Apply(o, p, schema))!.AsObject();

    public static JsonNode? MergePatch(string target, string patch) => Untouched(target, patch, JsonMergePatch.Apply);

    public static JsonNode? JsonPatch(string document, string patch) =>
        Untouched(document, patch, Tugboat.Api.Patch.JsonPatch.Apply);

    /// <summary>Runs a patch function and asserts it modified neither input.</summary>
    private static JsonNode? Untouched(string document, string patch, Func<JsonNode?, JsonNode?, JsonNode?> apply)
    {
        var documentNode = JsonNode.Parse(document);
        var patchNode = JsonNode.Parse(patch);
        try
        {
            return apply(documentNode, patchNode);
        }
        finally
        {
            documentNode.ShouldBeJson(document);
            patchNode.ShouldBeJson(patch);
        }
    }
}
