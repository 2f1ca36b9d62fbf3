using System.Text.Json;
using System.Text.Json.Nodes;

namespace Tugboat.Api.Apply;

/// <summary>The fields an operation added, changed and removed, as structured-merge-diff's typed.Comparison.</summary>
public sealed class Comparison
{
    public FieldSet Added { get; init; } = new();
    public FieldSet Modified { get; init; } = new();
    public FieldSet Removed { get; init; } = new();

    public bool IsSame => Added.IsEmpty && Modified.IsEmpty && Removed.IsEmpty;

    public Comparison Filter(Func<FieldSet, FieldSet>? filter) => filter is null
        ? this
        : new Comparison { Added = filter(Added), Modified = filter(Modified), Removed = filter(Removed) };
}

/// <summary>A value that does not fit the schema (upstream's typed validation errors, with its wording).</summary>
public sealed class ApplyValidationException(IReadOnlyList<string> errors) : Exception(Describe(errors))
{
    public IReadOnlyList<string> Errors { get; } = errors;

    private static string Describe(IReadOnlyList<string> errors) =>
        errors.Count == 1 ? errors[0] : "errors:\n" + string.Join("\n", errors.Select(e => "  " + e));
}

/// <summary>
/// The walks of structured-merge-diff over a JSON value steered by its <see cref="ApplyType"/>: the set of fields a
/// value sets, the comparison of two values, the merge of an applied configuration into a live object, and the
/// removal of a set of fields.
/// </summary>
public static class TypedValue
{
    private enum Handling { Leaf, Map, List }

    /// <summary>How a position is walked given its type and the values on both sides (a shape mismatch is a leaf).</summary>
    private static Handling HandlingOf(ApplyType type, JsonNode? a, JsonNode? b)
    {
        switch (type.Kind)
        {
            case ApplyTypeKind.Struct or ApplyTypeKind.Map:
                return !type.Atomic && a is (null or JsonObject) && b is (null or JsonObject) ? Handling.Map : Handling.Leaf;
            case ApplyTypeKind.List:
                return !type.Atomic && a is (null or JsonArray) && b is (null or JsonArray) ? Handling.List : Handling.Leaf;
            case ApplyTypeKind.Untyped:
                return (a is JsonObject || b is JsonObject) && a is (null or JsonObject) && b is (null or JsonObject) ? Handling.Map : Handling.Leaf;
            default:
                return Handling.Leaf;
        }
    }

    private static bool IsEmptyMap(JsonNode? node) => node is null or JsonObject { Count: 0 };
    private static bool IsEmptyList(JsonNode? node) => node is null or JsonArray { Count: 0 };

    // ---------------------------------------------------------------- list items

    /// <summary>
    /// The path element naming an item of a list: its key fields for a list map (a missing key takes its
    /// default), its value for a set, its index for an atomic list. Null with <paramref name="error"/> set when
    /// the item cannot be named.
    /// </summary>
    public static PathElement? ItemElement(ApplyType list, JsonNode? item, int index, out string? error)
    {
        error = null;
        if (list.Atomic) return PathElement.AtIndex(index);
        if (list.Keys.Count > 0)
        {
            if (item is null)
            {
                error = "associative list with keys may not have a null element";
                return null;
            }
            if (item is not JsonObject obj)
            {
                error = "associative list with keys may not have non-map elements";
                return null;
            }
            var fields = new List<KeyValuePair<string, JsonNode?>>(list.Keys.Count);
            foreach (var key in list.Keys)
            {
                if (obj.TryGetPropertyValue(key, out var value)) fields.Add(new(key, value?.DeepClone()));
                else if (ApplyType.KeyDefault(key) is { } fallback) fields.Add(new(key, fallback));
                else
                {
                    error = $"associative list with keys has an element that omits key field \"{key}\" (and doesn't have default value)";
                    return null;
                }
            }
            return PathElement.Keyed(fields);
        }
        switch (item)
        {
            case JsonObject:
                error = "associative list without keys has an element that's a map type";
                return null;
            case JsonArray:
                error = "not supported: associative list with lists as elements";
                return null;
            case null:
                error = "associative list without keys has an element that's an explicit null";
                return null;
            default:
                return PathElement.SetValue(item.DeepClone());
        }
    }

    // ---------------------------------------------------------------- field sets

    /// <summary>The fields a value sets (upstream's ToFieldSet), without checking it against the schema.</summary>
    public static FieldSet ToFieldSet(JsonNode? value, ApplyType type)
    {
        var set = new FieldSet();
        CollectFields(value, type, FieldPath.Root, set, null);
        return set;
    }

    /// <summary>
    /// The fields an applied configuration sets, after checking it as upstream checks an apply patch: fields the
    /// schema does not declare, scalars of the wrong type, list items without their keys and duplicate items are
    /// errors.
    /// </summary>
    /// <exception cref="ApplyValidationException">The configuration does not fit the schema.</exception>
    public static FieldSet ToFieldSetValidated(JsonNode? value, ApplyType type)
    {
        var set = new FieldSet();
        var errors = new List<string>();
        CollectFields(value, type, FieldPath.Root, set, errors);
        if (errors.Count > 0) throw new ApplyValidationException(errors);
        return set;
    }

    private static void CollectFields(JsonNode? value, ApplyType type, FieldPath path, FieldSet set, List<string>? errors)
    {
        if (errors is not null && !CheckShape(value, type, path, errors)) return;
        switch (HandlingOf(type, value, value))
        {
            case Handling.Leaf:
                set.Insert(path);
                return;
            case Handling.Map:
                if (value is not JsonObject map) return;
                foreach (var (key, child) in map)
                {
                    var childPath = path.Append(PathElement.Field(key));
                    var childType = type.ChildType(key);
                    if (childType is null)
                    {
                        if (errors is null) continue;
                        errors.Add(Error(childPath, "field not declared in schema"));
                        return;
                    }
                    CollectFields(child, childType, childPath, set, errors);
                    if (child is null || child is JsonObject { Count: 0 } || !type.HasField(key)) set.Insert(childPath);
                }
                return;
            case Handling.List:
                if (value is not JsonArray list) return;
                var seen = new HashSet<PathElement>();
                var duplicates = new HashSet<PathElement>();
                var elements = new PathElement?[list.Count];
                for (var i = 0; i < list.Count; i++)
                {
                    var element = ItemElement(type, list[i], i, out var error);
                    if (element is null)
                    {
                        if (errors is null) continue;
                        errors.Add(Error(path, $"element {i}: {error}"));
                        return;
                    }
                    elements[i] = element;
                    if (seen.Add(element)) continue;
                    if (errors is not null) errors.Add(Error(path, $"duplicate entries for key {element}"));
                    if (duplicates.Add(element)) set.Insert(path.Append(element));
                }
                for (var i = 0; i < list.Count; i++)
                {
                    if (elements[i] is not { } element || duplicates.Contains(element)) continue;
                    var itemPath = path.Append(element);
                    CollectFields(list[i], type.Element, itemPath, set, errors);
                    set.Insert(itemPath);
                }
                return;
        }
    }

    /// <summary>Upstream's scalar and container type checks; false when the value cannot be walked further.</summary>
    private static bool CheckShape(JsonNode? value, ApplyType type, FieldPath path, List<string> errors)
    {
        if (value is null) return true;
        switch (type.Kind)
        {
            case ApplyTypeKind.Struct or ApplyTypeKind.Map when value is not JsonObject:
                errors.Add(Error(path, $"expected map, got {GoValue(value)}"));
                return false;
            case ApplyTypeKind.List when value is not JsonArray:
                errors.Add(Error(path, $"expected list, got {GoValue(value)}"));
                return false;
            case ApplyTypeKind.Scalar:
                var kind = value.GetValueKind();
                var message = type.ScalarKind switch
                {
                    ScalarKind.String when kind != JsonValueKind.String => $"expected string, got &value.valueUnstructured{{Value:{GoValue(value)}}}",
                    ScalarKind.Numeric when kind != JsonValueKind.Number => $"expected numeric (int or float), got {GoTypeName(value)}",
                    ScalarKind.Boolean when kind is not (JsonValueKind.True or JsonValueKind.False) => $"expected boolean, got &{{{GoValue(value)}}}",
                    ScalarKind.Any when value is JsonObject or JsonArray => $"expected any scalar, got &{{{GoValue(value)}}}",
                    _ => null,
                };
                if (message is null) return true;
                errors.Add(Error(path, message));
                return false;
            default:
                return true;
        }
    }

    private static string Error(FieldPath path, string message) => $"{path}: {message}";

    private static string GoValue(JsonNode node) => node switch
    {
        JsonObject obj => "map[" + string.Join(" ", obj.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}:{(p.Value is null ? "<nil>" : GoValue(p.Value))}")) + "]",
        JsonArray list => "[" + string.Join(" ", list.Select(i => i is null ? "<nil>" : GoValue(i))) + "]",
        _ => node.GetValueKind() == JsonValueKind.String ? node.GetValue<string>() : node.ToJsonString(),
    };

    private static string GoTypeName(JsonNode node) => node switch
    {
        JsonObject => "map[string]interface {}",
        JsonArray => "[]interface {}",
        _ => node.GetValueKind() switch
        {
            JsonValueKind.String => "string",
            JsonValueKind.True or JsonValueKind.False => "bool",
            _ => "int64",
        },
    };

    // ---------------------------------------------------------------- compare

    /// <summary>What changed from <paramref name="lhs"/> to <paramref name="rhs"/>, field by field (upstream's Compare).</summary>
    public static Comparison Compare(JsonNode? lhs, JsonNode? rhs, ApplyType type)
    {
        var comparison = new Comparison();
        CompareAt(true, lhs, true, rhs, type, FieldPath.Root, comparison);
        return comparison;
    }

    private static void CompareAt(bool lp, JsonNode? l, bool rp, JsonNode? r, ApplyType type, FieldPath path, Comparison c)
    {
        var handling = HandlingOf(type, lp ? l : null, rp ? r : null);
        if (handling == Handling.Map && IsEmptyMap(l) && IsEmptyMap(r) ||
            handling == Handling.List && IsEmptyList(l) && IsEmptyList(r))
            handling = Handling.Leaf;

        if (handling == Handling.Leaf)
        {
            if (!lp) c.Added.Insert(path);
            else if (!rp) c.Removed.Insert(path);
            else if (!JsonValueOrder.Equal(l, r)) c.Modified.Insert(path);
            return;
        }

        if (handling == Handling.Map)
        {
            var lm = lp ? l as JsonObject : null;
            var rm = rp ? r as JsonObject : null;
            if (lm is not null)
            {
                foreach (var (key, lv) in lm)
                {
                    var childType = type.ChildType(key) ?? ApplyType.Untyped;
                    var childPath = path.Append(PathElement.Field(key));
                    if (rm is not null && rm.TryGetPropertyValue(key, out var rv)) CompareAt(true, lv, true, rv, childType, childPath, c);
                    else CompareAt(true, lv, false, null, childType, childPath, c);
                }
            }
            if (rm is not null)
            {
                foreach (var (key, rv) in rm)
                {
                    if (lm is not null && lm.ContainsKey(key)) continue;
                    CompareAt(false, null, true, rv, type.ChildType(key) ?? ApplyType.Untyped, path.Append(PathElement.Field(key)), c);
                }
            }
        }
        else
        {
            CompareListItems(lp ? l as JsonArray : null, rp ? r as JsonArray : null, type, path, c);
        }

        if (!lp) c.Added.Insert(path);
        else if (!rp) c.Removed.Insert(path);
    }

    private static void CompareListItems(JsonArray? lhs, JsonArray? rhs, ApplyType type, FieldPath path, Comparison c)
    {
        var order = new List<PathElement>();
        var left = Index(lhs, type, order, null);
        var right = Index(rhs, type, order, left);
        foreach (var element in order)
        {
            var lList = left.GetValueOrDefault(element) ?? [];
            var rList = right.GetValueOrDefault(element) ?? [];
            var itemPath = path.Append(element);
            if (lList.Count <= 1 && rList.Count <= 1)
            {
                CompareAt(lList.Count == 1, lList.FirstOrDefault(), rList.Count == 1, rList.FirstOrDefault(), type.Element, itemPath, c);
            }
            else if (lList.Count >= 2 && rList.Count >= 2)
            {
                if (lList.Count != rList.Count || lList.Zip(rList).Any(p => !JsonValueOrder.Equal(p.First, p.Second))) c.Modified.Insert(itemPath);
            }
            else if (lList.Count >= 2)
            {
                if (rList.Count == 1) CompareAt(false, null, true, rList[0], type.Element, itemPath, c);
                c.Removed.Insert(itemPath);
            }
            else
            {
                if (lList.Count == 1) CompareAt(true, lList[0], false, null, type.Element, itemPath, c);
                c.Added.Insert(itemPath);
            }
        }
    }

    /// <summary>The items of a list grouped by path element (several when duplicated), in first-seen order.</summary>
    private static Dictionary<PathElement, List<JsonNode?>> Index(JsonArray? list, ApplyType type, List<PathElement> order, Dictionary<PathElement, List<JsonNode?>>? other)
    {
        var result = new Dictionary<PathElement, List<JsonNode?>>();
        if (list is null) return result;
        for (var i = 0; i < list.Count; i++)
        {
            if (ItemElement(type, list[i], i, out _) is not { } element) continue;
            if (result.TryGetValue(element, out var items)) items.Add(list[i]);
            else
            {
                result[element] = [list[i]];
                if (other is null || !other.ContainsKey(element)) order.Add(element);
            }
        }
        return result;
    }

    // ---------------------------------------------------------------- merge

    /// <summary>
    /// The live object with the applied configuration merged in (upstream's Merge): the configuration's scalars,
    /// atomic lists and atomic maps replace the live ones; granular maps merge key by key; list maps and sets merge
    /// item by item, keeping the relative order of both sides. Neither input is modified.
    /// </summary>
    /// <exception cref="ApplyValidationException">A list item cannot be named, or the configuration repeats one.</exception>
    public static JsonNode? Merge(JsonNode? live, JsonNode? config, ApplyType type)
    {
        var (_, node) = MergeAt(true, live, true, config, type, FieldPath.Root);
        return node;
    }

    private static (bool Has, JsonNode? Node) MergeAt(bool lp, JsonNode? l, bool rp, JsonNode? r, ApplyType type, FieldPath path)
    {
        if (!rp) return (true, l?.DeepClone());
        if (!lp) return (true, r?.DeepClone());

        var handling = HandlingOf(type, l, r);
        if (handling == Handling.Map && IsEmptyMap(l) && IsEmptyMap(r) ||
            handling == Handling.List && IsEmptyList(l) && IsEmptyList(r))
            handling = Handling.Leaf;

        switch (handling)
        {
            case Handling.Map:
            {
                var lm = l as JsonObject;
                var rm = r as JsonObject;
                var output = new JsonObject();
                if (lm is not null)
                {
                    foreach (var (key, lv) in lm)
                    {
                        var childType = type.ChildType(key) ?? ApplyType.Untyped;
                        var (has, node) = rm is not null && rm.TryGetPropertyValue(key, out var rv)
                            ? MergeAt(true, lv, true, rv, childType, path.Append(PathElement.Field(key)))
                            : (true, lv?.DeepClone());
                        if (has) output[key] = node;
                    }
                }
                if (rm is not null)
                {
                    foreach (var (key, rv) in rm)
                        if (lm is null || !lm.ContainsKey(key)) output[key] = rv?.DeepClone();
                }
                return output.Count > 0 ? (true, output) : (false, null);
            }
            case Handling.List:
            {
                var merged = MergeListItems(l as JsonArray, r as JsonArray, type, path);
                return merged.Count > 0 ? (true, merged) : (false, null);
            }
            default:
                return (true, r?.DeepClone());
        }
    }

    private sealed class Observed
    {
        public readonly List<PathElement> Elements = [];
        public readonly Dictionary<PathElement, JsonNode?> Items = new();
    }

    private static Observed Observe(JsonArray? list, ApplyType type, FieldPath path, bool allowDuplicates)
    {
        var observed = new Observed();
        if (list is null) return observed;
        var errors = new List<string>();
        for (var i = 0; i < list.Count; i++)
        {
            var element = ItemElement(type, list[i], i, out var error);
            if (element is null)
            {
                errors.Add(Error(path, $"element {i}: {error}"));
                continue;
            }
            if (observed.Items.ContainsKey(element))
            {
                if (!allowDuplicates)
                {
                    errors.Add(Error(path, $"duplicate entries for key {element}"));
                    continue;
                }
                observed.Items[element] = null; // duplicated live items are not merged with the configuration
            }
            else
            {
                observed.Items[element] = list[i];
            }
            observed.Elements.Add(element);
        }
        if (errors.Count > 0) throw new ApplyValidationException(errors);
        return observed;
    }

    private static JsonArray MergeListItems(JsonArray? lhs, JsonArray? rhs, ApplyType type, FieldPath path)
    {
        var output = new JsonArray();
        var right = Observe(rhs, type, path, allowDuplicates: false);
        var left = Observe(lhs, type, path, allowDuplicates: true);

        var shared = new Queue<PathElement>(right.Elements.Where(left.Items.ContainsKey));
        PathElement? nextShared = shared.Count > 0 ? shared.Dequeue() : null;
        var mergedRight = new HashSet<PathElement>();

        void Emit(PathElement element, bool lp, JsonNode? l, bool rp, JsonNode? r)
        {
            var (has, node) = MergeAt(lp, l, rp, r, type.Element, path.Append(element));
            if (has) output.Add(node);
        }

        int li = 0, ri = 0, lCount = left.Elements.Count, rCount = right.Elements.Count;
        while (li < lCount || ri < rCount)
        {
            if (li < lCount && ri < rCount)
            {
                var element = left.Elements[li];
                if (element.Equals(right.Elements[ri]))
                {
                    mergedRight.Add(element);
                    Emit(element, true, left.Items[element], true, right.Items[element]);
                    li++;
                    ri++;
                    nextShared = shared.Count > 0 ? shared.Dequeue() : null;
                    continue;
                }
                if (right.Items.ContainsKey(element) && nextShared is not null && !nextShared.Equals(element))
                {
                    li++; // a shared item, but not the one due in this round
                    continue;
                }
            }
            if (li < lCount)
            {
                var element = left.Elements[li];
                if (!right.Items.ContainsKey(element))
                {
                    Emit(element, true, lhs![li], false, null);
                    li++;
                    continue;
                }
                if (mergedRight.Contains(element)) li++;
            }
            if (ri < rCount)
            {
                var element = right.Elements[ri];
                mergedRight.Add(element);
                var lp = left.Items.TryGetValue(element, out var l);
                Emit(element, lp, l, true, right.Items[element]);
                ri++;
                if (nextShared is not null && nextShared.Equals(element)) nextShared = shared.Count > 0 ? shared.Dequeue() : null;
            }
        }
        return output;
    }

    // ---------------------------------------------------------------- remove

    /// <summary>
    /// A copy of <paramref name="value"/> without the members of <paramref name="toRemove"/> (each with all it
    /// holds); a map or list left empty becomes null, as upstream's RemoveItems.
    /// </summary>
    public static JsonNode? RemoveItems(JsonNode? value, FieldSet toRemove, ApplyType type)
    {
        switch (HandlingOf(type, value, value))
        {
            case Handling.Map when value is JsonObject map:
            {
                if (map.Count == 0) return null;
                var output = new JsonObject();
                foreach (var (key, child) in map)
                {
                    var element = PathElement.Field(key);
                    if (toRemove.HasMember(element)) continue;
                    var below = toRemove.WithPrefix(element);
                    output[key] = below.IsEmpty ? child?.DeepClone() : RemoveItems(child, below, type.ChildType(key) ?? ApplyType.Untyped);
                }
                return output.Count > 0 ? output : null;
            }
            case Handling.List when value is JsonArray list:
            {
                if (list.Count == 0) return null;
                var output = new JsonArray();
                for (var i = 0; i < list.Count; i++)
                {
                    var element = ItemElement(type, list[i], i, out _);
                    if (element is null)
                    {
                        output.Add(list[i]?.DeepClone());
                        continue;
                    }
                    if (toRemove.HasMember(element)) continue;
                    var below = toRemove.WithPrefix(element);
                    output.Add(below.IsEmpty ? list[i]?.DeepClone() : RemoveItems(list[i], below, type.Element));
                }
                return output.Count > 0 ? output : null;
            }
            default:
                return value?.DeepClone();
        }
    }
}
