using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Tugboat.Api.Json;
using Tugboat.Api.Schema;

namespace Tugboat.Api.Protobuf;

/// <summary>How one value (a single field, a list element or a map value) is read off the wire.</summary>
internal enum ValueKind
{
    String,
    Bytes,
    Int32,
    Int64,
    Bool,
    Double,
    Float,
    /// <summary>metav1.Time {1: seconds, 2: nanos}; nanos are dropped as upstream does.</summary>
    Time,
    /// <summary>metav1.MicroTime {1: seconds, 2: nanos}, truncated to microseconds.</summary>
    MicroTime,
    /// <summary>metav1.Duration {1: int64 nanoseconds}.</summary>
    Duration,
    /// <summary>resource.Quantity {1: string}.</summary>
    Quantity,
    /// <summary>intstr.IntOrString {1: type, 2: intVal, 3: strVal}.</summary>
    IntOrString,
    /// <summary>apiextensions JSON {1: raw JSON bytes} into a JsonNode.</summary>
    Json,
    /// <summary>runtime.RawExtension / metav1.FieldsV1 {1: raw JSON bytes} into a JsonObject.</summary>
    JsonObject,
    /// <summary>authentication/authorization ExtraValue {1: repeated string} (map values).</summary>
    StringList,
    /// <summary>A nested message decoded into a CLR class by its [ProtoField] numbers.</summary>
    Message,
    SchemaOrArray,
    SchemaOrBool,
    SchemaOrStringArray,
}

internal enum FieldShape
{
    Single,
    List,
    Map,
}

internal sealed class ValueCodec(ValueKind kind, Type clrType, Type? schemaType = null)
{
    public ValueKind Kind { get; } = kind;
    public Type ClrType { get; } = clrType;

    /// <summary>The JSONSchemaProps CLR type for the SchemaOr* kinds.</summary>
    public Type? SchemaType { get; } = schemaType;

    /// <summary>Scalars that may come as packed repeated fields.</summary>
    public bool Packable => Kind is ValueKind.Int32 or ValueKind.Int64 or ValueKind.Bool or ValueKind.Double or ValueKind.Float;
}

internal sealed class FieldPlan
{
    public required PropertyInfo Property { get; init; }
    public required string Name { get; init; }
    public required int Number { get; init; }
    public required FieldShape Shape { get; init; }
    public required ValueCodec Value { get; init; }
    public required bool OmitEmpty { get; init; }
    public required bool Nullable { get; init; }

    /// <summary>The List&lt;T&gt; or Dictionary&lt;string, V&gt; type created for list and map fields.</summary>
    public Type? CollectionType { get; init; }
}

/// <summary>The protobuf layout of one CLR API type, built once by reflection over its [ProtoField] attributes.</summary>
internal sealed class MessagePlan
{
    private static readonly ConcurrentDictionary<Type, MessagePlan> Cache = new();

    public required Type Type { get; init; }
    public required Func<object> Create { get; init; }

    /// <summary>Fields of the message itself, by number.</summary>
    public required Dictionary<int, FieldPlan> Fields { get; init; }

    /// <summary>Fields of embedded (Go inline) structs, by the embedding field number, then by their own number.</summary>
    public required Dictionary<int, Dictionary<int, FieldPlan>> Embedded { get; init; }

    public PropertyInfo? ApiVersion { get; init; }
    public PropertyInfo? Kind { get; init; }

    public static MessagePlan For(Type type) => Cache.GetOrAdd(type, Build);

    private static MessagePlan Build(Type type)
    {
        if (type.IsAbstract || type.GetConstructor(Type.EmptyTypes) is null)
            throw new InvalidOperationException($"{type} cannot be decoded from protobuf: it has no public parameterless constructor");
        var nullability = new NullabilityInfoContext();
        var fields = new Dictionary<int, FieldPlan>();
        var embedded = new Dictionary<int, Dictionary<int, FieldPlan>>();
        PropertyInfo? apiVersion = null, kind = null;
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var attribute = property.GetCustomAttribute<ProtoFieldAttribute>();
            if (attribute is null || !property.CanWrite || property.GetIndexParameters().Length > 0) continue;
            var name = property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name
                       ?? System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            if (attribute.Number == 0)
            {
                if (property.PropertyType == typeof(string) && name == "apiVersion") apiVersion = property;
                else if (property.PropertyType == typeof(string) && name == "kind") kind = property;
                continue;
            }

            var plan = BuildField(property, name, attribute, nullability);
            var target = fields;
            if (attribute.Embedded != 0)
            {
                if (fields.ContainsKey(attribute.Embedded))
                    throw new InvalidOperationException($"{type}: field {attribute.Embedded} is both a field and an embedded struct");
                if (!embedded.TryGetValue(attribute.Embedded, out target!)) embedded[attribute.Embedded] = target = new();
            }
            else if (embedded.ContainsKey(attribute.Number))
                throw new InvalidOperationException($"{type}: field {attribute.Number} is both a field and an embedded struct");
            if (!target.TryAdd(attribute.Number, plan))
                throw new InvalidOperationException($"{type}: protobuf field number {attribute.Number} is used twice ({target[attribute.Number].Property.Name}, {property.Name})");
        }

        var constructor = type.GetConstructor(Type.EmptyTypes)!;
        return new MessagePlan
        {
            Type = type,
            Create = () => constructor.Invoke(null),
            Fields = fields,
            Embedded = embedded,
            ApiVersion = apiVersion,
            Kind = kind,
        };
    }

    private static FieldPlan BuildField(PropertyInfo property, string name, ProtoFieldAttribute attribute, NullabilityInfoContext nullability)
    {
        var type = property.PropertyType;
        var shape = FieldShape.Single;
        Type? collection = null;
        ValueCodec codec;
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>))
        {
            shape = FieldShape.List;
            collection = type;
            codec = Codec(type.GetGenericArguments()[0], property, attribute.Kind, mapValue: false);
        }
        else if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Dictionary<,>))
        {
            if (type.GetGenericArguments()[0] != typeof(string))
                throw new InvalidOperationException($"{property.DeclaringType}.{property.Name}: only string-keyed maps are supported");
            shape = FieldShape.Map;
            collection = type;
            codec = Codec(type.GetGenericArguments()[1], property, attribute.Kind, mapValue: true);
        }
        else
        {
            codec = Codec(type, property, attribute.Kind, mapValue: false);
        }

        var isNullable = System.Nullable.GetUnderlyingType(type) is not null
                         || (!type.IsValueType && nullability.Create(property).WriteState != NullabilityState.NotNull);
        return new FieldPlan
        {
            Property = property,
            Name = name,
            Number = attribute.Number,
            Shape = shape,
            Value = codec,
            OmitEmpty = attribute.OmitEmpty,
            Nullable = isNullable,
            CollectionType = collection,
        };
    }

    private static ValueCodec Codec(Type type, PropertyInfo property, ProtoKind kind, bool mapValue)
    {
        type = System.Nullable.GetUnderlyingType(type) ?? type;
        if (kind != ProtoKind.Default)
        {
            if (!typeof(JsonNode).IsAssignableFrom(type))
                throw new InvalidOperationException($"{property.DeclaringType}.{property.Name}: ProtoKind.{kind} needs a JsonNode property");
            // The JSONSchemaProps unions only occur as fields of JSONSchemaProps itself.
            var schemaType = property.DeclaringType!;
            return kind switch
            {
                ProtoKind.JsonSchemaPropsOrArray => new ValueCodec(ValueKind.SchemaOrArray, type, schemaType),
                ProtoKind.JsonSchemaPropsOrBool => new ValueCodec(ValueKind.SchemaOrBool, type, schemaType),
                ProtoKind.JsonSchemaPropsOrStringArray => new ValueCodec(ValueKind.SchemaOrStringArray, type, schemaType),
                _ => throw new InvalidOperationException($"unknown ProtoKind {kind}"),
            };
        }

        if (type == typeof(string)) return new(ValueKind.String, type);
        if (type == typeof(byte[])) return new(ValueKind.Bytes, type);
        if (type == typeof(int)) return new(ValueKind.Int32, type);
        if (type == typeof(long)) return new(ValueKind.Int64, type);
        if (type == typeof(bool)) return new(ValueKind.Bool, type);
        if (type == typeof(double)) return new(ValueKind.Double, type);
        if (type == typeof(float)) return new(ValueKind.Float, type);
        if (type == typeof(DateTimeOffset))
        {
            var micro = property.GetCustomAttribute<JsonConverterAttribute>()?.ConverterType == typeof(MicroTimeJsonConverter);
            return new(micro && !mapValue ? ValueKind.MicroTime : ValueKind.Time, type);
        }
        if (type == typeof(TimeSpan)) return new(ValueKind.Duration, type);
        if (type == typeof(Quantity)) return new(ValueKind.Quantity, type);
        if (type == typeof(IntOrString)) return new(ValueKind.IntOrString, type);
        if (type == typeof(JsonObject)) return new(ValueKind.JsonObject, type);
        if (type == typeof(JsonNode)) return new(ValueKind.Json, type);
        if (mapValue && type == typeof(List<string>)) return new(ValueKind.StringList, type);
        if (type.IsClass && !type.IsAbstract && !typeof(IEnumerable).IsAssignableFrom(type) && type.GetConstructor(Type.EmptyTypes) is not null)
            return new(ValueKind.Message, type);
        throw new InvalidOperationException($"{property.DeclaringType}.{property.Name}: type {type} has no protobuf mapping");
    }
}
