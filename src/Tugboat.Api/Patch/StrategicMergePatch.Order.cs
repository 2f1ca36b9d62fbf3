using System.Text.Json.Nodes;
using Tugboat.Api.Schema;

namespace Tugboat.Api.Patch;

public static partial class StrategicMergePatch
{
    /// <summary>
    /// Handles every "$setElementOrder/field" of a patch map: merges the field's patch list (if any) into the
    /// original list and orders the result — elements named in the order list first take that order, the other
    /// (server-only) elements keep their place relative to them as in the original. The field is then done and
    /// taken out of the patch.
    /// </summary>
    private static void MergeOrderedLists(JsonObject original, OrderedDictionary<string, JsonNode?> patch, SchemaNode? schema)
    {
        var orderKeys = patch.Keys.Where(k => k.StartsWith(StrategicDirectives.SetElementOrderPrefix, StringComparison.Ordinal)).ToList();
        foreach (var orderKey in orderKeys)
        {
            patch.Remove(orderKey, out var orderValue);
            if (orderValue is not JsonArray orderList) throw StrategicMergeErrors.BadArgType(GoFormat.SliceType, orderValue);
            var key = StrategicDirectives.ExtractKey(orderKey, StrategicDirectives.SetElementOrderPrefix);

            var foundOriginal = original.TryGetPropertyValue(key, out var originalValue);
            if (foundOriginal && originalValue is not JsonArray) throw StrategicMergeErrors.BadArgType(GoFormat.SliceType, originalValue);
            var foundPatch = patch.TryGetValue(key, out var patchValue);
            if (foundPatch && patchValue is not JsonArray) throw StrategicMergeErrors.BadArgType(GoFormat.SliceType, patchValue);
            if (!foundOriginal && !foundPatch) continue;

            var meta = StrategicPatchMeta.ForList(schema, key);
            var order = orderList.ToList();
            var patchItems = foundPatch ? ((JsonArray)patchValue!).ToList() : [];
            ValidateOrderList(patchItems, order, meta.MergeKey);

            var originalItems = foundOriginal ? TakeItems((JsonArray)originalValue!) : [];
            var serverOrder = originalItems;
            List<JsonNode?> merged;
            if (!foundPatch) merged = originalItems;
            else if (!foundOriginal || meta.Strategy != StrategicPatchMeta.Merge) merged = StrategicDirectives.CleanList(patchItems);
            else merged = MergeList(originalItems, (JsonArray)patchValue!, meta, isDeleteList: false, out serverOrder);

            var (ordered, serverOnly) = meta.MergeKey.Length == 0
                ? PartitionPrimitives(merged, order)
                : PartitionMaps(merged, order, meta.MergeKey);
            var kind = ElementKind(originalItems, patchItems) ?? JsonNodeKind.Null;
            original[key] = new JsonArray(NormalizeElementOrder(ordered, serverOnly, order, serverOrder, meta.MergeKey, kind).ToArray());
            patch.Remove(key);
        }
    }

    /// <summary>
    /// The patch list's elements (deletions and other directive elements aside) must appear in the order list, in
    /// the same relative order.
    /// </summary>
    private static void ValidateOrderList(List<JsonNode?> patchItems, List<JsonNode?> order, string mergeKey)
    {
        if (order.Count == 0 || patchItems.Count == 0) return;
        var items = mergeKey.Length > 0 ? SplitDeletions(patchItems).Keep : patchItems;
        int patchIndex = 0, orderIndex = 0;
        while (patchIndex < items.Count && orderIndex < order.Count)
        {
            if (StrategicDirectives.HasMarker(items[patchIndex]))
            {
                patchIndex++;
                continue;
            }
            if (MergeKeyValueEquals(items[patchIndex], order[orderIndex], mergeKey)) patchIndex++;
            orderIndex++;
        }
        if (patchIndex < items.Count)
        {
            throw StrategicMergeErrors.Other(
                $"The order in patch list:\n{GoFormat.Value(new JsonArray(patchItems.Select(i => i?.DeepClone()).ToArray()))}\n" +
                $" doesn't match {StrategicDirectives.SetElementOrderPrefix} list:\n{GoFormat.Value(new JsonArray(order.Select(i => i?.DeepClone()).ToArray()))}\n");
        }
    }

    private static bool MergeKeyValueEquals(JsonNode? left, JsonNode? right, string mergeKey)
    {
        if (mergeKey.Length == 0) return JsonNodes.ValueEquals(left, right);
        if (left is not JsonObject leftMap) throw StrategicMergeErrors.BadArgType(GoFormat.MapType, left);
        if (right is not JsonObject rightMap) throw StrategicMergeErrors.BadArgType(GoFormat.MapType, right);
        if (!leftMap.TryGetPropertyValue(mergeKey, out var leftValue)) throw StrategicMergeErrors.NoMergeKey(leftMap, mergeKey);
        if (!rightMap.TryGetPropertyValue(mergeKey, out var rightValue)) throw StrategicMergeErrors.NoMergeKey(rightMap, mergeKey);
        return JsonNodes.ValueEquals(leftValue, rightValue);
    }

    /// <summary>Separates the "$patch: delete" elements of a list of objects from the others.</summary>
    private static (List<JsonNode?> Keep, List<JsonNode?> Delete) SplitDeletions(List<JsonNode?> items)
    {
        var keep = new List<JsonNode?>();
        var delete = new List<JsonNode?>();
        foreach (var item in items)
        {
            if (item is not JsonObject obj) throw StrategicMergeErrors.BadArgType(GoFormat.MapType, item);
            var isDelete = obj.TryGetPropertyValue(StrategicDirectives.Marker, out var directive) &&
                           StrategicDirectives.IsDirective(directive, StrategicDirectives.Delete);
            (isDelete ? delete : keep).Add(item);
        }
        return (keep, delete);
    }

    /// <summary>
    /// Upstream's normalizeElementOrder: sorts the patch elements by the patch order and the server-only elements by
    /// the server order, then interleaves them so both relative orders hold, server-only elements staying ahead of
    /// patch elements that followed them on the server.
    /// </summary>
    private static List<JsonNode?> NormalizeElementOrder(List<JsonNode?> patchItems, List<JsonNode?> serverOnly,
        List<JsonNode?> patchOrder, List<JsonNode?> serverOrder, string mergeKey, JsonNodeKind kind)
    {
        patchItems = SortByOrder(patchItems, patchOrder, mergeKey, kind);
        serverOnly = SortByOrder(serverOnly, serverOrder, mergeKey, kind);

        var result = new List<JsonNode?>(patchItems.Count + serverOnly.Count);
        int left = 0, right = 0;
        while (left < serverOnly.Count || right < patchItems.Count)
        {
            if (left >= serverOnly.Count)
            {
                result.Add(patchItems[right++]);
            }
            else if (right >= patchItems.Count)
            {
                result.Add(serverOnly[left++]);
            }
            else
            {
                var leftIndex = IndexIn(serverOrder, serverOnly[left], mergeKey, kind);
                var rightIndex = IndexIn(serverOrder, patchItems[right], mergeKey, kind);
                result.Add(leftIndex >= 0 && rightIndex >= 0 && leftIndex < rightIndex ? serverOnly[left++] : patchItems[right++]);
            }
        }
        return result;
    }

    /// <summary>
    /// Stable sort by position in <paramref name="order"/>; "$patch: delete" elements go last. Elements the order
    /// does not hold go first, as upstream's comparator puts them (in practice every element is found).
    /// </summary>
    private static List<JsonNode?> SortByOrder(List<JsonNode?> items, List<JsonNode?> order, string mergeKey, JsonNodeKind kind)
    {
        var deletions = new List<JsonNode?>();
        if (kind == JsonNodeKind.Object)
        {
            foreach (var item in items.Concat(order))
            {
                if (item is not JsonObject obj) throw StrategicMergeErrors.BadArgType(GoFormat.MapType, item);
                if (!obj.ContainsKey(mergeKey)) throw StrategicMergeErrors.NoMergeKey(obj, mergeKey);
            }
            (items, deletions) = SplitDeletions(items);
        }
        return items
            .Select(item => (Item: item, Index: IndexIn(order, item, mergeKey, kind)))
            .OrderBy(entry => entry.Index)
            .Select(entry => entry.Item)
            .Concat(deletions)
            .ToList();
    }

    /// <summary>The position of an element in a list, matching objects by merge key value; -1 when absent.</summary>
    private static int IndexIn(List<JsonNode?> list, JsonNode? item, string mergeKey, JsonNodeKind kind)
    {
        var value = kind == JsonNodeKind.Object ? JsonNodes.Member(item, mergeKey) : item;
        for (var i = 0; i < list.Count; i++)
        {
            var candidate = kind == JsonNodeKind.Object ? JsonNodes.Member(list[i], mergeKey) : list[i];
            if (JsonNodes.ValueEquals(value, candidate)) return i;
        }
        return -1;
    }
}
