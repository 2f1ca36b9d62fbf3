using System.Text.Json.Nodes;

namespace Tugboat.Api.Patch;

public static partial class StrategicMergePatch
{
    /// <summary>
    /// Merges a patch list into a list with merge strategy (or applies a "$deleteFromPrimitiveList" list).
    /// Primitives: the union, or the original minus the patch's values for a deletion list. Objects: patch elements
    /// are matched to original ones by merge key and merged into them, new ones appended; "$patch: delete" elements
    /// remove their match, a "$patch: replace" element makes the patch's other elements the whole list. The result
    /// keeps the patch's order for its elements and the original's for the rest.
    /// </summary>
    private static List<JsonNode?> MergeList(List<JsonNode?> original, JsonArray patchList, StrategicPatchMeta meta, bool isDeleteList) =>
        MergeList(original, patchList, meta, isDeleteList, out _);

    /// <summary>
    /// <see cref="MergeList(List{JsonNode?}, JsonArray, StrategicPatchMeta, bool)"/>, also giving the order a
    /// "$setElementOrder" of the same list places server-only elements by. Upstream deletes and appends in place in
    /// the original slice's backing array, so the caller's view of the original (its length unchanged) shows the
    /// surviving elements shifted forward, then appended elements, then stale copies of the last ones; later ordering
    /// depends on that, and this reproduces it.
    /// </summary>
    private static List<JsonNode?> MergeList(List<JsonNode?> original, JsonArray patchList, StrategicPatchMeta meta,
        bool isDeleteList, out List<JsonNode?> serverOrder)
    {
        serverOrder = original;
        var patch = patchList.ToList();
        if (original.Count == 0 && patch.Count == 0) return original;

        var kind = ElementKind(original, patch)!.Value;
        var mergeKey = meta.MergeKey;
        List<JsonNode?> merged;
        if (kind != JsonNodeKind.Object)
        {
            if (isDeleteList) return original.Where(item => !patch.Any(p => JsonNodes.ValueEquals(item, p))).ToList();
            merged = new List<JsonNode?>(original.Count + patch.Count);
            foreach (var item in original.Concat(patch))
            {
                if (!merged.Any(m => JsonNodes.ValueEquals(m, item))) merged.Add(item?.Parent is null ? item : item.DeepClone());
            }
        }
        else
        {
            if (mergeKey.Length == 0)
                throw StrategicMergeErrors.Other($"cannot merge lists without merge key for {meta.SchemaName}");
            var (remaining, plainPatch, backing) = ApplyListDirectives(original, patch, mergeKey);
            merged = MergeListElements(remaining, plainPatch, mergeKey, meta);
            if (backing is not null)
            {
                for (var i = remaining.Count; i < backing.Count && i < merged.Count; i++) backing[i] = merged[i];
                serverOrder = backing;
            }
            (original, patch) = (remaining, plainPatch);
        }

        var (patchItems, serverOnlyItems) = mergeKey.Length == 0
            ? PartitionPrimitives(merged, patch)
            : PartitionMaps(merged, patch, mergeKey);
        return NormalizeElementOrder(patchItems, serverOnlyItems, patch, original, mergeKey, kind);
    }

    /// <summary>
    /// Handles the elements carrying "$patch": returns the original with deleted elements removed and the patch
    /// without the directive elements, or, for "$patch: replace", the patch's other elements as the new original
    /// and nothing left to merge. Backing is the original's slots after upstream's in-place deletions (null after a
    /// replace, which builds a new list).
    /// </summary>
    private static (List<JsonNode?> Original, List<JsonNode?> Patch, List<JsonNode?>? Backing) ApplyListDirectives(
        List<JsonNode?> original, List<JsonNode?> patch, string mergeKey)
    {
        var plain = new List<JsonNode?>();
        var backing = new List<JsonNode?>(original);
        var length = backing.Count;
        var replace = false;
        foreach (var item in patch)
        {
            var element = (JsonObject)item!;
            if (!element.TryGetPropertyValue(StrategicDirectives.Marker, out var directive))
            {
                plain.Add(element);
            }
            else if (StrategicDirectives.IsDirective(directive, StrategicDirectives.Delete))
            {
                if (!element.TryGetPropertyValue(mergeKey, out var keyValue)) throw StrategicMergeErrors.NoMergeKey(element, mergeKey);
                int index;
                while ((index = FindByMergeKey(backing.GetRange(0, length), mergeKey, keyValue)) >= 0)
                {
                    // Go's append(s[:index], s[index+1:]...): later elements shift forward, the last slot keeps its value.
                    for (var i = index; i < length - 1; i++) backing[i] = backing[i + 1];
                    length--;
                }
            }
            else if (StrategicDirectives.IsDirective(directive, StrategicDirectives.Replace))
            {
                replace = true;
            }
            else if (StrategicDirectives.IsDirective(directive, StrategicDirectives.Merge))
            {
                throw StrategicMergeErrors.Other("merging lists cannot yet be specified in the patch");
            }
            else
            {
                throw StrategicMergeErrors.BadPatchType(directive, element);
            }
        }
        return replace ? (StrategicDirectives.CleanList(plain), [], null) : (backing.GetRange(0, length), plain, backing);
    }

    /// <summary>Merges each patch element into the element with the same merge key value, or appends it.</summary>
    private static List<JsonNode?> MergeListElements(List<JsonNode?> original, List<JsonNode?> patch, string mergeKey, StrategicPatchMeta meta)
    {
        var merged = new List<JsonNode?>(original);
        foreach (var item in patch)
        {
            var element = (JsonObject)item!;
            if (!element.TryGetPropertyValue(mergeKey, out var keyValue)) throw StrategicMergeErrors.NoMergeKey(element, mergeKey);
            var index = FindByMergeKey(merged, mergeKey, keyValue);
            if (index >= 0) merged[index] = MergeMap((JsonObject)merged[index]!, element, meta.Schema);
            else merged.Add(StrategicDirectives.CleanObject(element));
        }
        return merged;
    }

    /// <summary>The index of the first object whose merge key has the value, or -1; every element must be an object.</summary>
    private static int FindByMergeKey(List<JsonNode?> list, string mergeKey, JsonNode? keyValue)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is not JsonObject obj) throw StrategicMergeErrors.NotAMap(i);
            if (obj.TryGetPropertyValue(mergeKey, out var value) && JsonNodes.ValueEquals(value, keyValue)) return i;
        }
        return -1;
    }

    /// <summary>The one kind all elements share (null when there are none); lists of lists are refused.</summary>
    private static JsonNodeKind? ElementKind(params List<JsonNode?>[] lists)
    {
        JsonNodeKind? kind = null;
        foreach (var item in lists.SelectMany(l => l))
        {
            var itemKind = JsonNodes.KindOf(item);
            if (kind is null)
            {
                if (itemKind == JsonNodeKind.Array) throw StrategicMergeErrors.NoListOfLists();
                kind = itemKind;
            }
            else if (kind != itemKind)
            {
                var printed = "[" + string.Join(" ", lists.Select(l => "[" + string.Join(" ", l.Select(GoFormat.Value)) + "]")) + "]";
                throw StrategicMergeErrors.Other($"list element types are not identical: {printed}");
            }
        }
        return kind;
    }

    /// <summary>Splits primitives into those the list <paramref name="partitionBy"/> holds and the others.</summary>
    private static (List<JsonNode?> Present, List<JsonNode?> Absent) PartitionPrimitives(List<JsonNode?> items, List<JsonNode?> partitionBy)
    {
        var present = new List<JsonNode?>();
        var absent = new List<JsonNode?>();
        foreach (var item in items)
            (partitionBy.Any(p => JsonNodes.ValueEquals(p, item)) ? present : absent).Add(item);
        return (present, absent);
    }

    /// <summary>Splits objects into those whose merge key value <paramref name="partitionBy"/> holds and the others.</summary>
    private static (List<JsonNode?> Present, List<JsonNode?> Absent) PartitionMaps(List<JsonNode?> items, List<JsonNode?> partitionBy, string mergeKey)
    {
        var present = new List<JsonNode?>();
        var absent = new List<JsonNode?>();
        foreach (var item in items)
        {
            if (item is not JsonObject obj) throw StrategicMergeErrors.BadArgType(GoFormat.MapType, item);
            if (!obj.TryGetPropertyValue(mergeKey, out var keyValue)) throw StrategicMergeErrors.NoMergeKey(obj, mergeKey);
            (FindByMergeKey(partitionBy, mergeKey, keyValue) >= 0 ? present : absent).Add(item);
        }
        return (present, absent);
    }
}
