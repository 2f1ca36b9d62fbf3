using System.Text.Json.Nodes;

namespace Tugboat.Api.Patch;

/// <summary>
/// RFC 7386 JSON Merge Patch (application/merge-patch+json): an object patch merges member by member into the
/// target, a null member deletes, any other value replaces. As in evanphx/json-patch, which kube-apiserver uses,
/// null members are also pruned from objects inside arrays taken from the patch.
/// </summary>
public static class JsonMergePatch
{
    /// <summary>The result of merging <paramref name="patch"/> into a copy of <paramref name="target"/>; neither input is modified.</summary>
    public static JsonNode? Apply(JsonNode? target, JsonNode? patch)
    {
        if (patch is not JsonObject patchObject) return Pruned(patch);
        var result = target is JsonObject targetObject ? (JsonObject)targetObject.DeepClone() : new JsonObject();
        MergeInto(result, patchObject);
        return result;
    }

    private static void MergeInto(JsonObject target, JsonObject patch)
    {
        foreach (var (key, value) in patch)
        {
            if (value is null)
            {
                target.Remove(key);
            }
            else if (value is JsonObject patchObject && target.TryGetPropertyValue(key, out var current) && current is JsonObject currentObject)
            {
                MergeInto(currentObject, patchObject);
            }
            else
            {
                target[key] = Pruned(value);
            }
        }
    }

    /// <summary>A copy of a patch value with null object members removed at every depth.</summary>
    private static JsonNode? Pruned(JsonNode? value) => value switch
    {
        JsonObject obj => new JsonObject(obj.Where(p => p.Value is not null).Select(p => KeyValuePair.Create(p.Key, Pruned(p.Value)))),
        JsonArray array => new JsonArray(array.Select(Pruned).ToArray()),
        _ => value?.DeepClone(),
    };
}
