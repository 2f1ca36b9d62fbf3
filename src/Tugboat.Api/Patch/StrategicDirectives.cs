using System.Text.Json.Nodes;

namespace Tugboat.Api.Patch;

/// <summary>
/// The directives of strategic merge patch and how a value taken from a patch is cleaned of them: "$patch" (merge,
/// replace, delete), "$retainKeys", "$setElementOrder/field" and "$deleteFromPrimitiveList/field".
/// </summary>
internal static class StrategicDirectives
{
    public const string Marker = "$patch";
    public const string Delete = "delete";
    public const string Replace = "replace";
    public const string Merge = "merge";
    public const string RetainKeys = "$retainKeys";
    public const string DeleteFromPrimitiveListPrefix = "$deleteFromPrimitiveList";
    public const string SetElementOrderPrefix = "$setElementOrder";

    public static bool IsDirective(JsonNode? node, string directive) =>
        node is JsonValue value && value.TryGetValue<string>(out var s) && s == directive;

    public static bool HasMarker(JsonNode? node) => node is JsonObject obj && obj.ContainsKey(Marker);

    /// <summary>The field a "$setElementOrder/field" or "$deleteFromPrimitiveList/field" key names.</summary>
    public static string ExtractKey(string key, string prefix)
    {
        var slash = key.IndexOf('/');
        if (slash < 0 || key[..slash] != prefix)
        {
            throw prefix == DeleteFromPrimitiveListPrefix
                ? StrategicMergeErrors.BadPatchFormatForPrimitiveList()
                : StrategicMergeErrors.BadPatchFormatForSetElementOrderList();
        }
        return key[(slash + 1)..];
    }

    /// <summary>
    /// A fresh copy of a value taken whole from a patch (a field the original lacks, a replaced list or map): null
    /// members are dropped and no directive survives. A map marked "$patch: delete" is dropped, one marked
    /// "$patch: replace" keeps its other members; list elements carrying "$patch" are dropped, since in a list
    /// the marker speaks for the list and there is nothing to delete from or replace in a new one. False when the
    /// value itself is dropped.
    /// </summary>
    public static bool TryClean(JsonNode? value, out JsonNode? cleaned)
    {
        switch (value)
        {
            case JsonObject obj:
                if (obj.TryGetPropertyValue(Marker, out var directive))
                {
                    if (IsDirective(directive, Delete))
                    {
                        cleaned = null;
                        return false;
                    }
                    if (!IsDirective(directive, Replace)) throw StrategicMergeErrors.BadPatchType(directive, obj);
                }
                cleaned = CleanObject(obj);
                return true;
            case JsonArray array:
                cleaned = new JsonArray(CleanList(array).ToArray());
                return true;
            default:
                cleaned = value?.DeepClone();
                return true;
        }
    }

    /// <summary>A fresh copy of a patch map without directives or null members (a "$patch" marker is ignored).</summary>
    public static JsonObject CleanObject(JsonObject obj)
    {
        var result = new JsonObject();
        foreach (var (key, member) in obj)
        {
            if (member is null || IsDirectiveKey(key)) continue;
            if (TryClean(member, out var cleaned)) result[key] = cleaned;
        }
        return result;
    }

    /// <summary>Fresh copies of a patch list's elements, without the elements that carry "$patch".</summary>
    public static List<JsonNode?> CleanList(IEnumerable<JsonNode?> items)
    {
        var result = new List<JsonNode?>();
        foreach (var item in items)
        {
            if (HasMarker(item)) continue;
            if (TryClean(item, out var cleaned)) result.Add(cleaned);
        }
        return result;
    }

    private static bool IsDirectiveKey(string key) =>
        key == Marker || key == RetainKeys ||
        key.StartsWith(SetElementOrderPrefix, StringComparison.Ordinal) ||
        key.StartsWith(DeleteFromPrimitiveListPrefix, StringComparison.Ordinal);
}
