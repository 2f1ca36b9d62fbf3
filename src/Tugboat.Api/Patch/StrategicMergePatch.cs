using System.Text.Json.Nodes;
using Tugboat.Api.Schema;

namespace Tugboat.Api.Patch;

/// <summary>
/// Kubernetes strategic merge patch (application/strategic-merge-patch+json), applied as kube-apiserver does with
/// k8s.io/apimachinery/pkg/util/strategicpatch StrategicMergePatch, steered by the patchStrategy and patchMergeKey
/// of the schema's fields:
/// maps merge recursively and a null member deletes; lists with strategy "merge" merge element by element (objects
/// matched by merge key, primitives as a set); other lists and fields with strategy "replace" are replaced; the
/// directives "$patch" (replace, delete), "$retainKeys", "$setElementOrder/field" and
/// "$deleteFromPrimitiveList/field" are honoured and never appear in the result.
/// </summary>
public static partial class StrategicMergePatch
{
    /// <summary>
    /// The result of applying <paramref name="patch"/> to a copy of <paramref name="original"/> (null is the empty
    /// object); neither input is modified. Both must be JSON objects.
    /// </summary>
    /// <exception cref="PatchException">The patch is malformed or does not fit the original.</exception>
    public static JsonObject Apply(JsonNode? original, JsonNode? patch, SchemaNode schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var originalObject = original switch
        {
            null => new JsonObject(),
            JsonObject obj => (JsonObject)obj.DeepClone(),
            _ => throw StrategicMergeErrors.BadJsonDocument(),
        };
        var patchObject = patch switch
        {
            null => new JsonObject(),
            JsonObject obj => obj,
            _ => throw StrategicMergeErrors.BadJsonDocument(),
        };
        return MergeMap(originalObject, patchObject, schema);
    }

    /// <summary>
    /// Merges a patch map into an original map this call owns (modified in place and returned, unless a "$patch"
    /// directive makes the result a new map). The patch is only read.
    /// </summary>
    private static JsonObject MergeMap(JsonObject original, JsonObject patchObject, SchemaNode? schema)
    {
        if (patchObject.TryGetPropertyValue(StrategicDirectives.Marker, out var directive))
            return MapDirective(directive, patchObject);

        var patch = new OrderedDictionary<string, JsonNode?>(patchObject);
        ApplyRetainKeys(original, patch);
        MergeOrderedLists(original, patch, schema);

        foreach (var (patchKey, patchValue) in patch)
        {
            var key = patchKey;
            var isDeleteList = patchKey.StartsWith(StrategicDirectives.DeleteFromPrimitiveListPrefix, StringComparison.Ordinal);
            if (isDeleteList) key = StrategicDirectives.ExtractKey(patchKey, StrategicDirectives.DeleteFromPrimitiveListPrefix);

            if (patchValue is null)
            {
                original.Remove(key);
                continue;
            }
            if (!original.TryGetPropertyValue(key, out var current) ||
                JsonNodes.KindOf(current) != JsonNodes.KindOf(patchValue))
            {
                if (!isDeleteList) SetCleaned(original, key, patchValue);
                continue;
            }

            switch (current)
            {
                case JsonObject currentMap:
                {
                    var meta = StrategicPatchMeta.ForMap(schema, key);
                    var patchMap = (JsonObject)patchValue;
                    var merged = meta.Strategy == StrategicPatchMeta.Replace
                        ? StrategicDirectives.CleanObject(patchMap)
                        : MergeMap(currentMap, patchMap, meta.Schema);
                    if (!ReferenceEquals(merged, currentMap)) original[key] = merged;
                    break;
                }
                case JsonArray currentList:
                {
                    var meta = StrategicPatchMeta.ForList(schema, key);
                    if (meta.Strategy == StrategicPatchMeta.Merge || isDeleteList)
                        original[key] = new JsonArray(MergeList(TakeItems(currentList), (JsonArray)patchValue, meta, isDeleteList).ToArray());
                    else
                        SetCleaned(original, key, patchValue);
                    break;
                }
                default:
                    original[key] = patchValue.DeepClone();
                    break;
            }
        }
        return original;
    }

    /// <summary>"$patch" in a map: "replace" makes the rest of the patch map the result, "delete" empties the map.</summary>
    private static JsonObject MapDirective(JsonNode? directive, JsonObject patch)
    {
        if (StrategicDirectives.IsDirective(directive, StrategicDirectives.Replace)) return StrategicDirectives.CleanObject(patch);
        if (StrategicDirectives.IsDirective(directive, StrategicDirectives.Delete)) return new JsonObject();
        throw StrategicMergeErrors.BadPatchType(directive, patch);
    }

    /// <summary>
    /// "$retainKeys: [a, b]": the original keeps only the listed keys, and every non-null field the patch sets must
    /// be listed.
    /// </summary>
    private static void ApplyRetainKeys(JsonObject original, OrderedDictionary<string, JsonNode?> patch)
    {
        if (!patch.Remove(StrategicDirectives.RetainKeys, out var retainKeys)) return;
        if (retainKeys is not JsonArray list) throw StrategicMergeErrors.BadPatchFormatForRetainKeys();

        var retained = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in list)
        {
            if (item is JsonValue value && value.TryGetValue<string>(out var name)) retained.Add(name);
        }
        foreach (var (key, value) in patch)
        {
            if (value is null ||
                key.StartsWith(StrategicDirectives.DeleteFromPrimitiveListPrefix, StringComparison.Ordinal) ||
                key.StartsWith(StrategicDirectives.SetElementOrderPrefix, StringComparison.Ordinal))
                continue;
            if (!retained.Contains(key)) throw StrategicMergeErrors.BadPatchFormatForRetainKeys();
        }
        foreach (var key in original.Select(p => p.Key).Where(k => !retained.Contains(k)).ToList())
            original.Remove(key);
    }

    /// <summary>Sets a field to a cleaned copy of a patch value, or removes it when the value is a deleted map.</summary>
    private static void SetCleaned(JsonObject original, string key, JsonNode patchValue)
    {
        if (StrategicDirectives.TryClean(patchValue, out var cleaned)) original[key] = cleaned;
        else original.Remove(key);
    }

    /// <summary>The elements of a list this call owns, detached from it so they can move to the merged list.</summary>
    private static List<JsonNode?> TakeItems(JsonArray list)
    {
        var items = list.ToList();
        list.Clear();
        return items;
    }
}
