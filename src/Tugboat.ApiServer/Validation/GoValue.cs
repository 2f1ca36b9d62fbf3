using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;
using Tugboat.Api;
using Tugboat.Api.Meta;
using Tugboat.Api.Selection;

namespace Tugboat.ApiServer.Validation;

/// <summary>A bad value already rendered as Go prints it (a Stringer's text, a %#v literal, ...).</summary>
public sealed record GoRendered(string Text)
{
    public override string ToString() => Text;
}

/// <summary>
/// How upstream's field.Error prints a bad value (ErrorBody): nil as "null", strings with %q, numbers and bools with
/// %v, Stringers with their String(), everything else with %#v — so a map reads map[string]string{"app":"x"} and a
/// label selector v1.LabelSelector{MatchLabels:..., MatchExpressions:...}. Upstream validates internal types, so
/// structs carry the internal package names (core., apps., batch., rbac.); metav1 types print as v1.
/// </summary>
public static class GoValue
{
    /// <summary>A value printed as given (a ResourceName, whose String() prints it unquoted).</summary>
    public static GoRendered Raw(string text) => new(text);

    /// <summary>strconv.Quote.</summary>
    public static string Quote(string value) => GoText.Quote(value);

    public static string Render(object? value) => value switch
    {
        null => "null",
        GoRendered r => r.Text,
        string s => Quote(s),
        bool b => b ? "true" : "false",
        sbyte or byte or short or ushort or int or uint or long or ulong => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        float f => f.ToString("R", CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        _ => GoSyntax(value),
    };

    /// <summary>%#v of a value (map, slice, struct) as it would appear at the top of an error.</summary>
    public static string GoSyntax(object? value) => value switch
    {
        null => "null",
        GoRendered r => r.Text,
        string s => Quote(s),
        IntOrString v => IntOrString(v),
        LabelSelector s => Selector(s),
        Quantity q => Quote(q.ToString()),
        IDictionary d => Map(d, value.GetType()),
        IList l => Slice(l, value.GetType()),
        _ => Struct(value),
    };

    /// <summary>map[string]string{"a":"b", "c":"d"} with sorted keys; map[string]string(nil) for null.</summary>
    public static GoRendered StringMap(IReadOnlyDictionary<string, string>? map)
    {
        if (map is null) return new("map[string]string(nil)");
        var entries = map.OrderBy(kv => kv.Key, GoText.Comparer).Select(kv => $"{Quote(kv.Key)}:{Quote(kv.Value)}");
        return new("map[string]string{" + string.Join(", ", entries) + "}");
    }

    /// <summary>[]string{"a", "b"}; []string(nil) for null.</summary>
    public static GoRendered StringSlice(IReadOnlyList<string>? list) =>
        new(list is null ? "[]string(nil)" : "[]string{" + string.Join(", ", list.Select(Quote)) + "}");

    /// <summary>v1.LabelSelector{MatchLabels:..., MatchExpressions:...}; "null" for a nil selector.</summary>
    public static GoRendered SelectorValue(LabelSelector? selector) => new(selector is null ? "null" : Selector(selector));

    private static string Selector(LabelSelector selector)
    {
        var expressions = selector.MatchExpressions is null
            ? "[]v1.LabelSelectorRequirement(nil)"
            : "[]v1.LabelSelectorRequirement{" + string.Join(", ", selector.MatchExpressions.Select(e =>
                $"v1.LabelSelectorRequirement{{Key:{Quote(e.Key)}, Operator:{Quote(e.Operator)}, Values:{StringSlice(e.Values?.Count > 0 ? e.Values : null)}}}")) + "}";
        return $"v1.LabelSelector{{MatchLabels:{StringMap(selector.MatchLabels)}, MatchExpressions:{expressions}}}";
    }

    /// <summary>intstr.IntOrString{Type:1, IntVal:0, StrVal:"25%"}.</summary>
    public static string IntOrString(IntOrString value) => value.IsInt
        ? $"intstr.IntOrString{{Type:0, IntVal:{value.IntValue}, StrVal:\"\"}}"
        : $"intstr.IntOrString{{Type:1, IntVal:0, StrVal:{Quote(value.StringValue ?? "")}}}";

    private static string Map(IDictionary map, Type type)
    {
        var (keyType, valueType) = type.IsGenericType ? (type.GetGenericArguments()[0], type.GetGenericArguments()[1]) : (typeof(string), typeof(object));
        var name = $"map[{TypeName(keyType)}]{TypeName(valueType)}";
        var entries = new List<(string Key, string Text)>();
        foreach (DictionaryEntry e in map)
            entries.Add((e.Key.ToString() ?? "", $"{Nested(e.Key, keyType)}:{Nested(e.Value, valueType)}"));
        return name + "{" + string.Join(", ", entries.OrderBy(e => e.Key, GoText.Comparer).Select(e => e.Text)) + "}";
    }

    private static string Slice(IList list, Type type)
    {
        var element = type.IsArray ? type.GetElementType()! : type.IsGenericType ? type.GetGenericArguments()[0] : typeof(object);
        var items = new List<string>();
        foreach (var item in list) items.Add(Nested(item, element));
        return $"[]{TypeName(element)}{{" + string.Join(", ", items) + "}";
    }

    private static string Struct(object value)
    {
        var type = value.GetType();
        var fields = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0)
            .OrderBy(p => DeclarationDepth(p, type))
            .Select(p => $"{GoFieldName(p.Name)}:{Nested(p.GetValue(value), p.PropertyType)}");
        return $"{TypeName(type)}{{" + string.Join(", ", fields) + "}";
    }

    // Base-class members first, as Go prints embedded structs.
    private static int DeclarationDepth(PropertyInfo p, Type type)
    {
        var depth = 0;
        for (var t = type; t is not null && t != p.DeclaringType; t = t.BaseType) depth++;
        return -depth;
    }

    private static string Nested(object? value, Type declared)
    {
        var underlying = Nullable.GetUnderlyingType(declared);
        if (value is null)
        {
            if (declared == typeof(string)) return "\"\"";
            if (underlying is not null) return $"(*{TypeName(underlying)})(nil)";
            if (typeof(IDictionary).IsAssignableFrom(declared) || typeof(IList).IsAssignableFrom(declared)) return $"{TypeName(declared)}(nil)";
            return $"(*{TypeName(declared)})(nil)";
        }
        return value switch
        {
            string s => Quote(s),
            bool b => b ? "true" : "false",
            sbyte or byte or short or ushort or int or uint or long or ulong => Convert.ToString(value, CultureInfo.InvariantCulture)!,
            DateTimeOffset t => $"time.Date({t.Year}, time.{CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(t.Month)}, {t.Day}, {t.Hour}, {t.Minute}, {t.Second}, 0, time.UTC)",
            _ => GoSyntax(value),
        };
    }

    private static string TypeName(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string)) return "string";
        if (type == typeof(int)) return "int32";
        if (type == typeof(long)) return "int64";
        if (type == typeof(bool)) return "bool";
        if (type == typeof(byte[])) return "[]uint8";
        if (type == typeof(IntOrString)) return "intstr.IntOrString";
        if (type == typeof(Quantity)) return "resource.Quantity";
        if (type == typeof(DateTimeOffset)) return "v1.Time";
        if (type.IsArray) return "[]" + TypeName(type.GetElementType()!);
        if (type.IsGenericType)
        {
            var args = type.GetGenericArguments();
            if (typeof(IDictionary).IsAssignableFrom(type)) return $"map[{TypeName(args[0])}]{TypeName(args[1])}";
            if (typeof(IList).IsAssignableFrom(type)) return "[]" + TypeName(args[0]);
        }
        return $"{Package(type.Namespace)}.{type.Name}";
    }

    private static string Package(string? ns) => ns switch
    {
        "Tugboat.Api.Meta" => "v1",
        null => "main",
        _ when ns.StartsWith("Tugboat.Api.", StringComparison.Ordinal) => ns["Tugboat.Api.".Length..].Split('.')[0].ToLowerInvariant(),
        _ => ns.Split('.')[^1].ToLowerInvariant(),
    };

    // The Go field names of the properties whose C# names spell acronyms differently.
    private static string GoFieldName(string name)
    {
        if (name == "Metadata") return "ObjectMeta";
        if (name.StartsWith("Api", StringComparison.Ordinal)) return "API" + name[3..];
        var text = new StringBuilder(name);
        if (name.EndsWith("Uid", StringComparison.Ordinal)) text.Replace("Uid", "UID", name.Length - 3, 3);
        if (name.EndsWith("Ip", StringComparison.Ordinal)) text.Replace("Ip", "IP", name.Length - 2, 2);
        return text.ToString();
    }
}
