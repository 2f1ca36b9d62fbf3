using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Tugboat.Api.Schema;

namespace Tugboat.Api.Apply;

public enum ApplyTypeKind
{
    /// <summary>A leaf value: string, number, boolean, quantity, time, int-or-string.</summary>
    Scalar,
    /// <summary>An object with declared fields (a Go struct); unknown fields are errors.</summary>
    Struct,
    /// <summary>A map of arbitrary keys to values of one type (labels, data, ...).</summary>
    Map,
    List,
    /// <summary>Free-form JSON: objects merge key by key, lists are atomic (structured-merge-diff's deduced type).</summary>
    Untyped,
}

public enum ScalarKind { String, Numeric, Boolean, Any }

/// <summary>
/// How server-side apply treats one position of an object, derived from the reflection schema as upstream derives
/// its structured-merge-diff schema from the OpenAPI extensions: x-kubernetes-list-type (atomic, set, map with
/// x-kubernetes-list-map-keys), or, without it, patchStrategy merge with a patchMergeKey (a list map keyed by it)
/// or without one (a set), else atomic; x-kubernetes-map-type atomic for structs and maps, granular otherwise.
/// </summary>
public sealed class ApplyType
{
    private static readonly ConcurrentDictionary<(SchemaNode, SchemaField?), ApplyType> Cache = new();

    /// <summary>The type of free-form values.</summary>
    public static readonly ApplyType Untyped = new(ApplyTypeKind.Untyped, null, null);

    private readonly SchemaField? _field;
    private ApplyType? _element;

    private ApplyType(ApplyTypeKind kind, SchemaNode? node, SchemaField? field)
    {
        Kind = kind;
        Node = node;
        _field = field;
        switch (kind)
        {
            case ApplyTypeKind.Struct:
                Atomic = (field?.MapType ?? node!.MapType) == "atomic";
                break;
            case ApplyTypeKind.Map:
                Atomic = field?.MapType == "atomic";
                break;
            case ApplyTypeKind.List:
                (Atomic, Keys) = ListRelationship(field);
                break;
            case ApplyTypeKind.Scalar:
                ScalarKind = node!.Kind switch
                {
                    SchemaKind.String or SchemaKind.Time or SchemaKind.MicroTime or SchemaKind.Bytes => ScalarKind.String,
                    SchemaKind.Integer or SchemaKind.Number => ScalarKind.Numeric,
                    SchemaKind.Boolean => ScalarKind.Boolean,
                    _ => ScalarKind.Any,
                };
                break;
        }
    }

    public ApplyTypeKind Kind { get; }
    public SchemaNode? Node { get; }
    /// <summary>A struct or map owned as a whole, or a list of type atomic.</summary>
    public bool Atomic { get; }
    /// <summary>The key fields of a list of type map; empty for a set.</summary>
    public IReadOnlyList<string> Keys { get; } = [];
    public ScalarKind ScalarKind { get; } = ScalarKind.Any;

    public bool IsSet => Kind == ApplyTypeKind.List && !Atomic && Keys.Count == 0;

    public static ApplyType For(Type clrType) => For(SchemaRegistry.For(clrType), null);

    public static ApplyType For(SchemaNode node, SchemaField? field) =>
        Cache.GetOrAdd((node, field), static key => Create(key.Item1, key.Item2));

    private static ApplyType Create(SchemaNode node, SchemaField? field) => node.Kind switch
    {
        SchemaKind.Object => new ApplyType(ApplyTypeKind.Struct, node, field),
        SchemaKind.Map => new ApplyType(ApplyTypeKind.Map, node, field),
        SchemaKind.Array => new ApplyType(ApplyTypeKind.List, node, field),
        SchemaKind.FreeForm => Untyped,
        _ => new ApplyType(ApplyTypeKind.Scalar, node, field),
    };

    private static (bool Atomic, IReadOnlyList<string> Keys) ListRelationship(SchemaField? field)
    {
        switch (field?.ListType)
        {
            case "atomic":
                return (true, []);
            case "set":
                return (false, []);
            case "map":
                if (field.ListMapKeys is { Count: > 0 } keys) return (false, keys);
                return field.PatchMergeKey is { Length: > 0 } mergeKey ? (false, [mergeKey]) : (true, []);
        }
        if (field?.PatchStrategy is { } strategy && strategy.Split(',').Contains("merge"))
            return field.PatchMergeKey is { Length: > 0 } key ? (false, [key]) : (false, []);
        return (true, []);
    }

    /// <summary>True when <paramref name="name"/> is a declared field of this struct.</summary>
    public bool HasField(string name) => Kind == ApplyTypeKind.Struct && Node!.Field(name) is not null;

    /// <summary>
    /// The type of the member <paramref name="name"/> of a struct or map, <see cref="Untyped"/> inside free-form
    /// values, null for a field a struct does not declare.
    /// </summary>
    public ApplyType? ChildType(string name)
    {
        switch (Kind)
        {
            case ApplyTypeKind.Struct:
                var field = Node!.Field(name);
                return field is null ? null : For(field.Schema, field);
            case ApplyTypeKind.Map:
                return Element;
            case ApplyTypeKind.Untyped:
                return Untyped;
            default:
                return null;
        }
    }

    /// <summary>The type of the items of a list or the values of a map.</summary>
    public ApplyType Element =>
        _element ??= Kind is ApplyTypeKind.List or ApplyTypeKind.Map && Node!.Items is { } items ? For(items, null) : Untyped;

    /// <summary>
    /// The default of a list-map key field an item may omit (upstream's OpenAPI defaults): protocol is TCP for
    /// container and service ports.
    /// </summary>
    public static JsonNode? KeyDefault(string keyField) => keyField == "protocol" ? JsonValue.Create("TCP") : null;

    /// <summary>The field that led here, for diagnostics.</summary>
    public string? FieldName => _field?.JsonName;

    public override string ToString() => $"{Kind}{(Atomic ? " (atomic)" : "")}{(Keys.Count > 0 ? " keys " + string.Join(",", Keys) : "")}";
}
