using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Tugboat.Api.Apply;

/// <summary>The four kinds of step in a field path, in the order structured-merge-diff sorts them.</summary>
public enum PathElementKind
{
    /// <summary>A field of a struct or a key of a map: <c>f:name</c>, printed <c>.name</c>.</summary>
    Field,
    /// <summary>An item of a list of type map, named by its key fields: <c>k:{"name":"app"}</c>, printed <c>[name="app"]</c>.</summary>
    Key,
    /// <summary>An item of a list of type set, named by its value: <c>v:"a"</c>, printed <c>[="a"]</c>.</summary>
    Value,
    /// <summary>An item of an atomic list by position: <c>i:0</c>, printed <c>[0]</c>.</summary>
    Index,
}

/// <summary>
/// One step of a field path, as structured-merge-diff's fieldpath.PathElement: equality, total order, the text of
/// conflict messages and the key syntax of managedFields' FieldsV1.
/// </summary>
public sealed class PathElement : IEquatable<PathElement>, IComparable<PathElement>
{
    private PathElement(PathElementKind kind, string? fieldName, IReadOnlyList<KeyValuePair<string, JsonNode?>>? key, JsonNode? value, int index)
    {
        Kind = kind;
        FieldName = fieldName;
        Key = key;
        Value = value;
        Index = index;
    }

    public PathElementKind Kind { get; }
    public string? FieldName { get; }
    /// <summary>The key fields of a list-map item, sorted by name.</summary>
    public IReadOnlyList<KeyValuePair<string, JsonNode?>>? Key { get; }
    public JsonNode? Value { get; }
    public int Index { get; }

    public static PathElement Field(string name) => new(PathElementKind.Field, name, null, null, 0);

    public static PathElement Keyed(IEnumerable<KeyValuePair<string, JsonNode?>> fields) =>
        new(PathElementKind.Key, null, fields.OrderBy(f => f.Key, StringComparer.Ordinal).ToList(), null, 0);

    public static PathElement SetValue(JsonNode? value) => new(PathElementKind.Value, null, null, value, 0);

    public static PathElement AtIndex(int index) => new(PathElementKind.Index, null, null, null, index);

    public int CompareTo(PathElement? other)
    {
        if (other is null) return 1;
        if (Kind != other.Kind) return Kind.CompareTo(other.Kind);
        return Kind switch
        {
            PathElementKind.Field => string.CompareOrdinal(FieldName, other.FieldName),
            PathElementKind.Key => CompareKeys(Key!, other.Key!),
            PathElementKind.Value => JsonValueOrder.Compare(Value, other.Value),
            _ => Index.CompareTo(other.Index),
        };
    }

    private static int CompareKeys(IReadOnlyList<KeyValuePair<string, JsonNode?>> a, IReadOnlyList<KeyValuePair<string, JsonNode?>> b)
    {
        for (var i = 0; ; i++)
        {
            if (i >= a.Count && i >= b.Count) return 0;
            if (i >= a.Count) return -1;
            if (i >= b.Count) return 1;
            var c = string.CompareOrdinal(a[i].Key, b[i].Key);
            if (c != 0) return c;
            c = JsonValueOrder.Compare(a[i].Value, b[i].Value);
            if (c != 0) return c;
        }
    }

    public bool Equals(PathElement? other) => other is not null && CompareTo(other) == 0;
    public override bool Equals(object? obj) => obj is PathElement other && Equals(other);

    public override int GetHashCode() => Kind switch
    {
        PathElementKind.Field => HashCode.Combine(Kind, FieldName),
        PathElementKind.Index => HashCode.Combine(Kind, Index),
        _ => HashCode.Combine(Kind, Serialize()),
    };

    /// <summary>The text conflict messages use: <c>.name</c>, <c>[name="app"]</c>, <c>[="a"]</c>, <c>[0]</c>.</summary>
    public override string ToString() => Kind switch
    {
        PathElementKind.Field => "." + FieldName,
        PathElementKind.Key => "[" + string.Join(",", Key!.Select(k => $"{k.Key}={JsonValueOrder.ToGoString(k.Value)}")) + "]",
        PathElementKind.Value => $"[={JsonValueOrder.ToGoString(Value)}]",
        _ => $"[{Index.ToString(CultureInfo.InvariantCulture)}]",
    };

    /// <summary>The FieldsV1 key: <c>f:name</c>, <c>k:{"name":"app"}</c>, <c>v:"a"</c>, <c>i:0</c>.</summary>
    public string Serialize() => Kind switch
    {
        PathElementKind.Field => "f:" + FieldName,
        PathElementKind.Key => "k:" + GoJson.Object(Key!),
        PathElementKind.Value => "v:" + GoJson.Encode(Value),
        _ => "i:" + Index.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>Parses a FieldsV1 key; null for a prefix this version does not know (upstream skips those).</summary>
    /// <exception cref="FormatException">The key has a known prefix but a malformed value.</exception>
    public static PathElement? Parse(string text)
    {
        if (text.Length < 2 || text[1] != ':') return null;
        var body = text[2..];
        switch (text[0])
        {
            case 'f':
                return Field(body);
            case 'k':
                if (ParseJson(body) is not JsonObject obj) throw new FormatException($"key path element is not an object: {text}");
                return Keyed(obj.Select(p => new KeyValuePair<string, JsonNode?>(p.Key, p.Value?.DeepClone())).ToList());
            case 'v':
                return SetValue(ParseJson(body));
            case 'i':
                return int.TryParse(body, NumberStyles.None, CultureInfo.InvariantCulture, out var i)
                    ? AtIndex(i)
                    : throw new FormatException($"invalid index path element: {text}");
            default:
                return null;
        }
    }

    private static JsonNode? ParseJson(string text)
    {
        try { return JsonNode.Parse(text); }
        catch (JsonException e) { throw new FormatException($"invalid path element value {text}: {e.Message}", e); }
    }
}

/// <summary>Total order, equality and printing of JSON values as structured-merge-diff's value package.</summary>
public static class JsonValueOrder
{
    private enum Rank { Number, String, Boolean, List, Map, Null }

    private static Rank RankOf(JsonNode? node) => node?.GetValueKind() switch
    {
        null or JsonValueKind.Null or JsonValueKind.Undefined => Rank.Null,
        JsonValueKind.Number => Rank.Number,
        JsonValueKind.String => Rank.String,
        JsonValueKind.True or JsonValueKind.False => Rank.Boolean,
        JsonValueKind.Array => Rank.List,
        _ => Rank.Map,
    };

    /// <summary>Numbers &lt; strings &lt; booleans &lt; lists &lt; maps &lt; null; numbers compare by value.</summary>
    public static int Compare(JsonNode? a, JsonNode? b)
    {
        var ra = RankOf(a);
        var rb = RankOf(b);
        if (ra != rb) return ra.CompareTo(rb);
        switch (ra)
        {
            case Rank.Number:
                return CompareNumbers(a!, b!);
            case Rank.String:
                return string.CompareOrdinal(a!.GetValue<string>(), b!.GetValue<string>());
            case Rank.Boolean:
                return (a!.GetValueKind() == JsonValueKind.True).CompareTo(b!.GetValueKind() == JsonValueKind.True);
            case Rank.List:
            {
                var la = (JsonArray)a!;
                var lb = (JsonArray)b!;
                for (var i = 0; ; i++)
                {
                    if (i >= la.Count && i >= lb.Count) return 0;
                    if (i >= la.Count) return -1;
                    if (i >= lb.Count) return 1;
                    var c = Compare(la[i], lb[i]);
                    if (c != 0) return c;
                }
            }
            case Rank.Map:
            {
                var ma = ((JsonObject)a!).OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
                var mb = ((JsonObject)b!).OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
                for (var i = 0; ; i++)
                {
                    if (i >= ma.Count && i >= mb.Count) return 0;
                    if (i >= ma.Count) return -1;
                    if (i >= mb.Count) return 1;
                    var c = string.CompareOrdinal(ma[i].Key, mb[i].Key);
                    if (c != 0) return c;
                    c = Compare(ma[i].Value, mb[i].Value);
                    if (c != 0) return c;
                }
            }
            default:
                return 0;
        }
    }

    /// <summary>Deep equality: objects regardless of member order, arrays in order, numbers by value.</summary>
    public static bool Equal(JsonNode? a, JsonNode? b)
    {
        var ra = RankOf(a);
        if (ra != RankOf(b)) return false;
        switch (ra)
        {
            case Rank.List:
            {
                var la = (JsonArray)a!;
                var lb = (JsonArray)b!;
                if (la.Count != lb.Count) return false;
                for (var i = 0; i < la.Count; i++)
                    if (!Equal(la[i], lb[i])) return false;
                return true;
            }
            case Rank.Map:
            {
                var ma = (JsonObject)a!;
                var mb = (JsonObject)b!;
                if (ma.Count != mb.Count) return false;
                foreach (var (key, value) in ma)
                    if (!mb.TryGetPropertyValue(key, out var other) || !Equal(value, other)) return false;
                return true;
            }
            default:
                return Compare(a, b) == 0;
        }
    }

    private static int CompareNumbers(JsonNode a, JsonNode b)
    {
        var ta = a.ToJsonString();
        var tb = b.ToJsonString();
        if (long.TryParse(ta, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var ia) &&
            long.TryParse(tb, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var ib))
            return ia.CompareTo(ib);
        return double.Parse(ta, CultureInfo.InvariantCulture).CompareTo(double.Parse(tb, CultureInfo.InvariantCulture));
    }

    /// <summary>A value as Go's value.ToString prints it in a path: strings quoted, numbers and booleans bare.</summary>
    public static string ToGoString(JsonNode? node) => RankOf(node) switch
    {
        Rank.Null => "null",
        Rank.String => GoJson.Quote(node!.GetValue<string>(), htmlSafe: false),
        Rank.Number => node!.ToJsonString(),
        Rank.Boolean => node!.GetValueKind() == JsonValueKind.True ? "true" : "false",
        Rank.List => "[" + string.Join(", ", ((JsonArray)node!).Select(ToGoString)) + "]",
        _ => "{" + string.Join(", ", ((JsonObject)node!).OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={ToGoString(p.Value)}")) + "}",
    };
}

/// <summary>JSON text as Go's encoding/json writes it (HTML-safe escaping, sorted object keys, no spaces).</summary>
internal static class GoJson
{
    public static string Encode(JsonNode? node)
    {
        var builder = new StringBuilder();
        Write(builder, node);
        return builder.ToString();
    }

    public static string Object(IEnumerable<KeyValuePair<string, JsonNode?>> fields)
    {
        var builder = new StringBuilder("{");
        var first = true;
        foreach (var (name, value) in fields)
        {
            if (!first) builder.Append(',');
            first = false;
            builder.Append(Quote(name)).Append(':');
            Write(builder, value);
        }
        return builder.Append('}').ToString();
    }

    private static void Write(StringBuilder builder, JsonNode? node)
    {
        switch (node?.GetValueKind())
        {
            case null or JsonValueKind.Null:
                builder.Append("null");
                break;
            case JsonValueKind.String:
                builder.Append(Quote(node.GetValue<string>()));
                break;
            case JsonValueKind.Array:
                builder.Append('[');
                var first = true;
                foreach (var item in (JsonArray)node)
                {
                    if (!first) builder.Append(',');
                    first = false;
                    Write(builder, item);
                }
                builder.Append(']');
                break;
            case JsonValueKind.Object:
                builder.Append(Object(((JsonObject)node).OrderBy(p => p.Key, StringComparer.Ordinal)));
                break;
            default:
                builder.Append(node.ToJsonString());
                break;
        }
    }

    public static string Quote(string s, bool htmlSafe = true)
    {
        var builder = new StringBuilder(s.Length + 2).Append('"');
        foreach (var c in s)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '<' or '>' or '&' or '\u2028' or '\u2029' when htmlSafe:
                    builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    break;
                default:
                    if (c < 0x20) builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else builder.Append(c);
                    break;
            }
        }
        return builder.Append('"').ToString();
    }
}
