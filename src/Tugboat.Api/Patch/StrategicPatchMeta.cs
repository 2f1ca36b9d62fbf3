using Tugboat.Api.Schema;

namespace Tugboat.Api.Patch;

/// <summary>
/// What strategic merge patch needs to know about one field: the schema below it, its patch strategy ("merge",
/// "replace" or empty, with "retainKeys" split off) and its merge key. Fields the schema does not describe (unknown
/// fields, free-form values, entries of maps) have no strategy, so they merge as plain JSON: maps recursively, lists
/// replaced.
/// </summary>
internal readonly record struct StrategicPatchMeta(SchemaNode? Schema, string Strategy, string MergeKey)
{
    public const string Merge = "merge";
    public const string Replace = "replace";
    private const string RetainKeys = "retainKeys";

    /// <summary>The field <paramref name="key"/> of a map value: the schema of the field itself.</summary>
    public static StrategicPatchMeta ForMap(SchemaNode? parent, string key)
    {
        var (schema, field) = Child(parent, key);
        return new StrategicPatchMeta(schema, ExtractStrategy(field?.PatchStrategy), field?.PatchMergeKey ?? "");
    }

    /// <summary>The field <paramref name="key"/> holding a list: the schema of the list's elements.</summary>
    public static StrategicPatchMeta ForList(SchemaNode? parent, string key)
    {
        var (schema, field) = Child(parent, key);
        var strategy = ExtractStrategy(field?.PatchStrategy);
        if (field?.ListType == "atomic") strategy = "";
        var elements = schema?.Kind == SchemaKind.Array ? schema.Items : null;
        return new StrategicPatchMeta(elements, strategy, field?.PatchMergeKey ?? "");
    }

    /// <summary>The name upstream's error messages give the type of the list elements.</summary>
    public string SchemaName => Schema?.Kind switch
    {
        SchemaKind.Object => "struct",
        SchemaKind.Map => "map",
        SchemaKind.Array => "slice",
        SchemaKind.String => "string",
        SchemaKind.Integer => "int",
        SchemaKind.Number => "float64",
        SchemaKind.Boolean => "bool",
        _ => "interface",
    };

    private static (SchemaNode? Schema, SchemaField? Field) Child(SchemaNode? parent, string key)
    {
        switch (parent?.Kind)
        {
            case SchemaKind.Object:
                var field = parent.Field(key);
                return (field?.Schema, field);
            case SchemaKind.Map:
                return (parent.Items, null);
            default:
                return (null, null);
        }
    }

    /// <summary>Upstream's extractRetainKeysPatchStrategy: "retainKeys" may accompany one other strategy.</summary>
    private static string ExtractStrategy(string? patchStrategy)
    {
        if (string.IsNullOrEmpty(patchStrategy)) return "";
        var strategies = patchStrategy.Split(',');
        switch (strategies.Length)
        {
            case 1:
                return strategies[0] == RetainKeys ? "" : strategies[0];
            case 2 when strategies[0] == RetainKeys:
                return strategies[1];
            case 2 when strategies[1] == RetainKeys:
                return strategies[0];
            default:
                throw StrategicMergeErrors.Other($"unexpected patch strategy: [{string.Join(" ", strategies)}]");
        }
    }
}
