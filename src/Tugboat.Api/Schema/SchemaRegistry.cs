using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Tugboat.Api.Json;

namespace Tugboat.Api.Schema;

/// <summary>Builds (once per type) the <see cref="SchemaNode"/> of a C# API type by reflection.</summary>
public static class SchemaRegistry
{
    private static readonly ConcurrentDictionary<Type, SchemaNode> Cache = new();
    private static readonly Lock BuildLock = new();

    private static readonly SchemaNode StringNode = new(SchemaKind.String, typeof(string));
    private static readonly SchemaNode Int32Node = new(SchemaKind.Integer, typeof(int), "int32");
    private static readonly SchemaNode Int64Node = new(SchemaKind.Integer, typeof(long), "int64");
    private static readonly SchemaNode NumberNode = new(SchemaKind.Number, typeof(double), "double");
    private static readonly SchemaNode BooleanNode = new(SchemaKind.Boolean, typeof(bool));
    private static readonly SchemaNode TimeNode = new(SchemaKind.Time, typeof(DateTimeOffset), "date-time");
    private static readonly SchemaNode MicroTimeNode = new(SchemaKind.MicroTime, typeof(DateTimeOffset), "date-time");
    private static readonly SchemaNode BytesNode = new(SchemaKind.Bytes, typeof(byte[]), "byte");
    private static readonly SchemaNode IntOrStringNode = new(SchemaKind.IntOrString, typeof(IntOrString), "int-or-string");
    private static readonly SchemaNode QuantityNode = new(SchemaKind.Quantity, typeof(Quantity));
    private static readonly SchemaNode FreeFormNode = new(SchemaKind.FreeForm, typeof(JsonNode));

    public static SchemaNode For(Type type)
    {
        if (Cache.TryGetValue(type, out var cached)) return cached;
        lock (BuildLock) return Build(type);
    }

    public static SchemaNode For<T>() => For(typeof(T));

    private static SchemaNode Build(Type type)
    {
        if (Cache.TryGetValue(type, out var cached)) return cached;
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        var scalar = Scalar(underlying);
        if (scalar is not null) return scalar;

        if (underlying.IsGenericType && underlying.GetGenericTypeDefinition() == typeof(Dictionary<,>))
            return new SchemaNode(SchemaKind.Map, underlying) { Items = Build(underlying.GetGenericArguments()[1]) };
        if (underlying.IsGenericType && underlying.GetGenericTypeDefinition() == typeof(List<>))
            return new SchemaNode(SchemaKind.Array, underlying) { Items = Build(underlying.GetGenericArguments()[0]) };

        var node = new SchemaNode(SchemaKind.Object, underlying)
        {
            Description = underlying.GetCustomAttribute<DocAttribute>()?.Text,
            MapType = underlying.GetCustomAttribute<MapTypeAttribute>()?.Type,
            GroupVersionKind = underlying.GetCustomAttribute<KubernetesKindAttribute>(),
        };
        Cache[underlying] = node; // registered before its fields so recursive types terminate
        node.Fields = underlying
            .GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetCustomAttribute<JsonIgnoreAttribute>() is null && p.GetIndexParameters().Length == 0)
            .OrderBy(p => p.MetadataToken)
            .Select(BuildField)
            .ToList();
        return node;
    }

    private static SchemaField BuildField(PropertyInfo property)
    {
        var name = property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name
                   ?? JsonNamingPolicy.CamelCase.ConvertName(property.Name);
        SchemaNode schema;
        if (property.GetCustomAttribute<PreserveUnknownFieldsAttribute>() is not null)
            schema = FreeFormNode;
        else if (property.GetCustomAttribute<JsonConverterAttribute>()?.ConverterType == typeof(MicroTimeJsonConverter))
            schema = MicroTimeNode;
        else
            schema = Build(property.PropertyType);

        var fieldMapType = property.GetCustomAttribute<MapTypeAttribute>()?.Type;
        return new SchemaField(name, property, schema)
        {
            Required = property.GetCustomAttribute<RequiredFieldAttribute>() is not null,
            Description = property.GetCustomAttribute<DocAttribute>()?.Text,
            PatchStrategy = property.GetCustomAttribute<PatchStrategyAttribute>()?.Strategy,
            PatchMergeKey = property.GetCustomAttribute<PatchMergeKeyAttribute>()?.Key,
            ListType = property.GetCustomAttribute<ListTypeAttribute>()?.Type,
            ListMapKeys = property.GetCustomAttribute<ListMapKeysAttribute>()?.Keys,
            MapType = fieldMapType,
        };
    }

    private static SchemaNode? Scalar(Type type)
    {
        if (type == typeof(string)) return StringNode;
        if (type == typeof(int)) return Int32Node;
        if (type == typeof(long)) return Int64Node;
        if (type == typeof(double) || type == typeof(float)) return NumberNode;
        if (type == typeof(bool)) return BooleanNode;
        if (type == typeof(DateTimeOffset)) return TimeNode;
        if (type == typeof(byte[])) return BytesNode;
        if (type == typeof(IntOrString)) return IntOrStringNode;
        if (type == typeof(Quantity)) return QuantityNode;
        if (typeof(JsonNode).IsAssignableFrom(type) || type == typeof(JsonElement) || type == typeof(object)) return FreeFormNode;
        return null;
    }
}
