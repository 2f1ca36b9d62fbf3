using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Tugboat.Api.Meta;
using Tugboat.Api.Schema;

namespace Tugboat.Api.Apply;

/// <summary>
/// The JSON an empty object of a kind has in Go (what upstream compares a created object against): struct-valued
/// fields such as metadata, spec, status and pod templates are present as objects, required lists and maps as
/// null. A created map or list that Go's empty object already has is then not recorded as added itself (no
/// <c>"."</c> entry in its owner's fields), as upstream shows for <c>f:spec</c> or <c>f:containers</c>.
/// </summary>
public static class ZeroObject
{
    private static readonly ConcurrentDictionary<Type, JsonObject> Cache = new();
    private static readonly ConcurrentDictionary<Type, object?> Defaults = new();

    /// <summary>Fields that are struct values (not pointers) in Go although optional.</summary>
    private static readonly HashSet<string> ValueStructFields = ["spec", "status", "template", "strategy", "updateStrategy"];

    public static JsonObject For(Type clrType) => (JsonObject)Cache.GetOrAdd(clrType, t => Build(SchemaRegistry.For(t), 0)).DeepClone();

    private static JsonObject Build(SchemaNode node, int depth)
    {
        var result = new JsonObject();
        if (depth > 8 || node.ClrType is null) return result;
        var defaults = Defaults.GetOrAdd(node.ClrType, CreateDefault);
        foreach (var field in node.Fields)
        {
            var hasDefault = defaults is not null && field.Property.GetValue(defaults) is not null;
            switch (field.Schema.Kind)
            {
                case SchemaKind.Object:
                    if (depth == 0 || field.Schema.ClrType == typeof(ObjectMeta) || field.Required || hasDefault || ValueStructFields.Contains(field.JsonName))
                        result[field.JsonName] = Build(field.Schema, depth + 1);
                    break;
                case SchemaKind.Array or SchemaKind.Map:
                    if (field.Required || hasDefault) result[field.JsonName] = null;
                    break;
            }
        }
        return result;
    }

    private static object? CreateDefault(Type type)
    {
        try { return type.GetConstructor(Type.EmptyTypes) is null ? null : Activator.CreateInstance(type); }
        catch (Exception e) when (e is MemberAccessException or System.Reflection.TargetInvocationException) { return null; }
    }
}
