namespace Tugboat.Api.Schema;

public enum SchemaKind { Object, Array, Map, String, Integer, Number, Boolean, IntOrString, Quantity, Time, MicroTime, Bytes, FreeForm }

/// <summary>The structure of one API type or value, built from the C# API types by <see cref="SchemaRegistry"/>.</summary>
public sealed class SchemaNode
{
    internal SchemaNode(SchemaKind kind, Type? clrType, string? format = null)
    {
        Kind = kind;
        ClrType = clrType;
        Format = format;
    }

    public SchemaKind Kind { get; }
    public Type? ClrType { get; }
    /// <summary>OpenAPI format: int32, int64, double, byte, date-time, int-or-string, ...</summary>
    public string? Format { get; }
    public string? Description { get; internal set; }
    /// <summary>x-kubernetes-map-type of an object or map ("atomic" or null).</summary>
    public string? MapType { get; internal set; }

    /// <summary>Element type of an array, value type of a map.</summary>
    public SchemaNode? Items { get; internal set; }

    /// <summary>Fields of an object, in declaration order.</summary>
    public IReadOnlyList<SchemaField> Fields { get; internal set; } = [];

    private Dictionary<string, SchemaField>? _byName;

    public SchemaField? Field(string jsonName)
    {
        _byName ??= Fields.ToDictionary(f => f.JsonName, StringComparer.Ordinal);
        return _byName.GetValueOrDefault(jsonName);
    }

    /// <summary>The group/version/kind when this is a root API type.</summary>
    public KubernetesKindAttribute? GroupVersionKind { get; internal set; }

    public bool IsScalar => Kind is not (SchemaKind.Object or SchemaKind.Array or SchemaKind.Map or SchemaKind.FreeForm);
}

/// <summary>A field of an object type with the metadata strategic merge patch, apply and OpenAPI need.</summary>
public sealed class SchemaField
{
    internal SchemaField(string jsonName, System.Reflection.PropertyInfo property, SchemaNode schema)
    {
        JsonName = jsonName;
        Property = property;
        Schema = schema;
    }

    public string JsonName { get; }
    public System.Reflection.PropertyInfo Property { get; }
    public SchemaNode Schema { get; }
    public bool Required { get; internal init; }
    public string? Description { get; internal init; }
    /// <summary>patchStrategy: "merge", "replace", "retainKeys", "merge,retainKeys" or null.</summary>
    public string? PatchStrategy { get; internal init; }
    public string? PatchMergeKey { get; internal init; }
    /// <summary>x-kubernetes-list-type: "atomic", "set", "map" or null.</summary>
    public string? ListType { get; internal init; }
    public IReadOnlyList<string>? ListMapKeys { get; internal init; }
    public string? MapType { get; internal init; }

    public bool MergesList => PatchStrategy is not null && PatchStrategy.Split(',').Contains("merge");
    public bool RetainsKeys => PatchStrategy is not null && PatchStrategy.Split(',').Contains("retainKeys");
}
