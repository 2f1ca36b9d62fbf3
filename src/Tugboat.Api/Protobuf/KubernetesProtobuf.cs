using System.Collections;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Tugboat.Api.Json;

namespace Tugboat.Api.Protobuf;

/// <summary>
/// Decodes request bodies in the Kubernetes protobuf encoding (<c>application/vnd.kubernetes.protobuf</c>), which
/// kubectl uses for built-in kinds: the 4 magic bytes "k8s\0", then a runtime.Unknown message
/// {1: TypeMeta{1: apiVersion, 2: kind}, 2: raw object bytes, 3: contentEncoding, 4: contentType}.
/// The raw object is decoded by reflection over the CLR type's [ProtoField] numbers.
/// </summary>
public static class KubernetesProtobuf
{
    /// <summary>The media type of the encoding.</summary>
    public const string MediaType = "application/vnd.kubernetes.protobuf";

    internal const int MaxDepth = 200;

    private static ReadOnlySpan<byte> Magic => "k8s\0"u8;

    /// <summary>Whether a Content-Type header value names the Kubernetes protobuf encoding (parameters ignored).</summary>
    public static bool IsMediaType(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType)) return false;
        var semicolon = contentType.IndexOf(';');
        var mediaType = (semicolon < 0 ? contentType : contentType[..semicolon]).Trim();
        return mediaType.Equals(MediaType, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether the body starts with the "k8s\0" magic prefix.</summary>
    public static bool HasMagic(ReadOnlySpan<byte> body) => body.StartsWith(Magic);

    /// <summary>Reads apiVersion and kind from the envelope; false (and empty strings) when the body is not a valid envelope.</summary>
    public static bool TryReadTypeMeta(ReadOnlySpan<byte> body, out string apiVersion, out string kind)
    {
        try
        {
            ReadEnvelope(body, out apiVersion, out kind, out _);
            return true;
        }
        catch (FormatException)
        {
            apiVersion = kind = "";
            return false;
        }
    }

    /// <summary>
    /// Decodes an enveloped body ("k8s\0" + runtime.Unknown) into a new <paramref name="clrType"/> and sets its
    /// ApiVersion and Kind from the envelope. Throws <see cref="FormatException"/> on malformed input.
    /// </summary>
    public static object Decode(ReadOnlySpan<byte> body, Type clrType)
    {
        ArgumentNullException.ThrowIfNull(clrType);
        ReadEnvelope(body, out var apiVersion, out var kind, out var raw);
        var result = DecodeMessage(raw, clrType);
        var plan = MessagePlan.For(clrType);
        if (apiVersion.Length > 0) plan.ApiVersion?.SetValue(result, apiVersion);
        if (kind.Length > 0) plan.Kind?.SetValue(result, kind);
        return result;
    }

    /// <inheritdoc cref="Decode(ReadOnlySpan{byte}, Type)"/>
    public static T Decode<T>(ReadOnlySpan<byte> body) where T : class => (T)Decode(body, typeof(T));

    /// <summary>Decodes a bare protobuf message (no magic, no envelope) into a new <paramref name="clrType"/>.</summary>
    public static object DecodeMessage(ReadOnlySpan<byte> message, Type clrType)
    {
        ArgumentNullException.ThrowIfNull(clrType);
        var plan = MessagePlan.For(clrType);
        var result = plan.Create();
        try
        {
            Merge(result, message, plan, plan.Fields, 0);
        }
        catch (PathException ex)
        {
            throw new FormatException($"invalid protobuf {clrType.Name}: {ex.Path}: {ex.Message}", ex.InnerException);
        }
        catch (FormatException ex)
        {
            throw new FormatException($"invalid protobuf {clrType.Name}: {ex.Message}", ex);
        }
        return result;
    }

    private static void ReadEnvelope(ReadOnlySpan<byte> body, out string apiVersion, out string kind, out ReadOnlySpan<byte> raw)
    {
        if (!body.StartsWith(Magic))
            throw new FormatException("protobuf body does not start with the \"k8s\\0\" prefix");
        apiVersion = kind = "";
        raw = default;
        string contentEncoding = "", contentType = "";
        var reader = new ProtoReader(body[Magic.Length..]);
        while (!reader.End)
        {
            var (field, wire) = reader.ReadTag();
            switch (field)
            {
                case 1:
                    var typeMeta = new ProtoReader(Expect(ref reader, wire, "runtime.Unknown.typeMeta"));
                    while (!typeMeta.End)
                    {
                        var (inner, innerWire) = typeMeta.ReadTag();
                        if (inner == 1) apiVersion = Utf8(Expect(ref typeMeta, innerWire, "runtime.TypeMeta.apiVersion"));
                        else if (inner == 2) kind = Utf8(Expect(ref typeMeta, innerWire, "runtime.TypeMeta.kind"));
                        else typeMeta.Skip(inner, innerWire);
                    }
                    break;
                case 2: raw = Expect(ref reader, wire, "runtime.Unknown.raw"); break;
                case 3: contentEncoding = Utf8(Expect(ref reader, wire, "runtime.Unknown.contentEncoding")); break;
                case 4: contentType = Utf8(Expect(ref reader, wire, "runtime.Unknown.contentType")); break;
                default: reader.Skip(field, wire); break;
            }
        }
        if (contentEncoding.Length > 0)
            throw new FormatException($"protobuf envelope content encoding \"{contentEncoding}\" is not supported");
        if (contentType.Length > 0 && !IsMediaType(contentType))
            throw new FormatException($"protobuf envelope content type \"{contentType}\" is not supported");
    }

    private static ReadOnlySpan<byte> Expect(scoped ref ProtoReader reader, WireType wire, string what)
    {
        if (wire != WireType.LengthDelimited)
            throw new FormatException($"protobuf: {what} has wire type {(int)wire}, expected 2 (length-delimited)");
        return reader.ReadLengthDelimited();
    }

    private static string Utf8(ReadOnlySpan<byte> bytes) => Encoding.UTF8.GetString(bytes);

    private static void Merge(object target, ReadOnlySpan<byte> data, MessagePlan plan, Dictionary<int, FieldPlan> fields, int depth)
    {
        if (depth > MaxDepth) throw new FormatException("protobuf: messages nested too deeply");
        var reader = new ProtoReader(data);
        while (!reader.End)
        {
            var (number, wire) = reader.ReadTag();
            if (fields.TryGetValue(number, out var field))
            {
                try
                {
                    ReadField(target, field, ref reader, wire, depth);
                }
                catch (PathException ex)
                {
                    ex.Prepend(field.Name);
                    throw;
                }
                catch (Exception ex) when (ex is FormatException or JsonException or OverflowException or ArgumentException)
                {
                    throw new PathException(field.Name, $"field {number}: {ex.Message}", ex);
                }
            }
            else if (ReferenceEquals(fields, plan.Fields) && plan.Embedded.TryGetValue(number, out var group))
            {
                if (wire != WireType.LengthDelimited)
                    throw new FormatException($"protobuf: embedded struct field {number} of {plan.Type.Name} has wire type {(int)wire}, expected 2");
                Merge(target, reader.ReadLengthDelimited(), plan, group, depth + 1);
            }
            else
            {
                reader.Skip(number, wire);
            }
        }
    }

    private static void ReadField(object target, FieldPlan field, ref ProtoReader reader, WireType wire, int depth)
    {
        var property = field.Property;
        switch (field.Shape)
        {
            case FieldShape.Single:
            {
                var existing = field.Value.Kind == ValueKind.Message ? property.GetValue(target) : null;
                var value = ReadValue(field.Value, ref reader, wire, depth, existing);
                if (field.OmitEmpty && IsZero(value) && field.Nullable) value = null;
                property.SetValue(target, value);
                break;
            }
            case FieldShape.List:
            {
                var list = (IList?)property.GetValue(target);
                if (list is null)
                {
                    list = (IList)Activator.CreateInstance(field.CollectionType!)!;
                    property.SetValue(target, list);
                }
                if (wire == WireType.LengthDelimited && field.Value.Packable)
                {
                    var packed = new ProtoReader(reader.ReadLengthDelimited());
                    var elementWire = field.Value.Kind switch
                    {
                        ValueKind.Double => WireType.Fixed64,
                        ValueKind.Float => WireType.Fixed32,
                        _ => WireType.Varint,
                    };
                    while (!packed.End) list.Add(ReadValue(field.Value, ref packed, elementWire, depth, null));
                }
                else
                {
                    list.Add(ReadValue(field.Value, ref reader, wire, depth, null));
                }
                break;
            }
            case FieldShape.Map:
            {
                var map = (IDictionary?)property.GetValue(target);
                if (map is null)
                {
                    map = (IDictionary)Activator.CreateInstance(field.CollectionType!)!;
                    property.SetValue(target, map);
                }
                var entry = new ProtoReader(ExpectLength(ref reader, wire));
                var key = "";
                object? value = null;
                var hasValue = false;
                while (!entry.End)
                {
                    var (number, entryWire) = entry.ReadTag();
                    if (number == 1) key = Utf8(ExpectLength(ref entry, entryWire));
                    else if (number == 2)
                    {
                        value = ReadValue(field.Value, ref entry, entryWire, depth, field.Value.Kind == ValueKind.Message ? value : null);
                        hasValue = true;
                    }
                    else entry.Skip(number, entryWire);
                }
                map[key] = hasValue ? value ?? ZeroValue(field.Value) : ZeroValue(field.Value);
                break;
            }
        }
    }

    private static ReadOnlySpan<byte> ExpectLength(scoped ref ProtoReader reader, WireType wire)
    {
        if (wire != WireType.LengthDelimited)
            throw new FormatException($"wire type {(int)wire}, expected 2 (length-delimited)");
        return reader.ReadLengthDelimited();
    }

    private static ulong ExpectVarint(scoped ref ProtoReader reader, WireType wire)
    {
        if (wire != WireType.Varint)
            throw new FormatException($"wire type {(int)wire}, expected 0 (varint)");
        return reader.ReadVarint();
    }

    private static object? ReadValue(ValueCodec codec, ref ProtoReader reader, WireType wire, int depth, object? existing)
    {
        switch (codec.Kind)
        {
            case ValueKind.String:
                return Utf8(ExpectLength(ref reader, wire));
            case ValueKind.Bytes:
                return ExpectLength(ref reader, wire).ToArray();
            case ValueKind.Int32:
                return unchecked((int)ExpectVarint(ref reader, wire));
            case ValueKind.Int64:
                return unchecked((long)ExpectVarint(ref reader, wire));
            case ValueKind.Bool:
                return ExpectVarint(ref reader, wire) != 0;
            case ValueKind.Double:
                if (wire != WireType.Fixed64) throw new FormatException($"wire type {(int)wire}, expected 1 (fixed64)");
                return BitConverter.UInt64BitsToDouble(reader.ReadFixed64());
            case ValueKind.Float:
                if (wire != WireType.Fixed32) throw new FormatException($"wire type {(int)wire}, expected 5 (fixed32)");
                return BitConverter.UInt32BitsToSingle(reader.ReadFixed32());
            case ValueKind.Time:
            case ValueKind.MicroTime:
                return ReadTime(ExpectLength(ref reader, wire), codec.Kind == ValueKind.MicroTime);
            case ValueKind.Duration:
            {
                var message = new ProtoReader(ExpectLength(ref reader, wire));
                long nanoseconds = 0;
                while (!message.End)
                {
                    var (number, inner) = message.ReadTag();
                    if (number == 1) nanoseconds = unchecked((long)ExpectVarint(ref message, inner));
                    else message.Skip(number, inner);
                }
                return TimeSpan.FromTicks(nanoseconds / 100);
            }
            case ValueKind.Quantity:
            {
                var message = new ProtoReader(ExpectLength(ref reader, wire));
                string? text = null;
                while (!message.End)
                {
                    var (number, inner) = message.ReadTag();
                    if (number == 1) text = Utf8(ExpectLength(ref message, inner));
                    else message.Skip(number, inner);
                }
                return text is null ? new Quantity("0") : new Quantity(text);
            }
            case ValueKind.IntOrString:
            {
                var message = new ProtoReader(ExpectLength(ref reader, wire));
                long type = 0;
                var intValue = 0;
                var stringValue = "";
                while (!message.End)
                {
                    var (number, inner) = message.ReadTag();
                    switch (number)
                    {
                        case 1: type = unchecked((long)ExpectVarint(ref message, inner)); break;
                        case 2: intValue = unchecked((int)ExpectVarint(ref message, inner)); break;
                        case 3: stringValue = Utf8(ExpectLength(ref message, inner)); break;
                        default: message.Skip(number, inner); break;
                    }
                }
                return type switch
                {
                    0 => new IntOrString(intValue),
                    1 => new IntOrString(stringValue),
                    _ => throw new FormatException($"IntOrString type {type} is neither 0 (int) nor 1 (string)"),
                };
            }
            case ValueKind.Json:
            case ValueKind.JsonObject:
            {
                var raw = ReadRaw(ExpectLength(ref reader, wire));
                if (raw.IsEmpty) return null;
                if (raw.StartsWith(Magic))
                    throw new FormatException("embedded protobuf objects (RawExtension holding protobuf) are not supported");
                JsonNode? node;
                try
                {
                    node = JsonNode.Parse(raw);
                }
                catch (JsonException ex)
                {
                    throw new FormatException($"raw JSON is invalid: {ex.Message}", ex);
                }
                if (codec.Kind == ValueKind.JsonObject && node is not null and not JsonObject)
                    throw new FormatException($"raw JSON is a {node.GetValueKind()}, expected an object");
                return node;
            }
            case ValueKind.StringList:
            {
                var message = new ProtoReader(ExpectLength(ref reader, wire));
                var items = new List<string>();
                while (!message.End)
                {
                    var (number, inner) = message.ReadTag();
                    if (number == 1) items.Add(Utf8(ExpectLength(ref message, inner)));
                    else message.Skip(number, inner);
                }
                return items;
            }
            case ValueKind.Message:
            {
                var data = ExpectLength(ref reader, wire);
                var plan = MessagePlan.For(codec.ClrType);
                var value = existing ?? plan.Create();
                Merge(value, data, plan, plan.Fields, depth + 1);
                return value;
            }
            case ValueKind.SchemaOrArray:
            case ValueKind.SchemaOrBool:
            case ValueKind.SchemaOrStringArray:
                return ReadSchemaUnion(codec, ExpectLength(ref reader, wire), depth + 1);
            default:
                throw new InvalidOperationException($"unhandled value kind {codec.Kind}");
        }
    }

    private static ReadOnlySpan<byte> ReadRaw(ReadOnlySpan<byte> message)
    {
        var reader = new ProtoReader(message);
        ReadOnlySpan<byte> raw = default;
        while (!reader.End)
        {
            var (number, wire) = reader.ReadTag();
            if (number == 1) raw = ExpectLength(ref reader, wire);
            else reader.Skip(number, wire);
        }
        return raw;
    }

    private static DateTimeOffset? ReadTime(ReadOnlySpan<byte> message, bool micro)
    {
        // An empty message is the zero time, which JSON writes as null.
        if (message.IsEmpty) return null;
        var reader = new ProtoReader(message);
        long seconds = 0, nanos = 0;
        while (!reader.End)
        {
            var (number, wire) = reader.ReadTag();
            if (number == 1) seconds = unchecked((long)ExpectVarint(ref reader, wire));
            else if (number == 2) nanos = unchecked((int)ExpectVarint(ref reader, wire));
            else reader.Skip(number, wire);
        }
        if (seconds < -62135596800L || seconds > 253402300799L)
            throw new FormatException($"timestamp seconds {seconds} out of range");
        var value = DateTimeOffset.FromUnixTimeSeconds(seconds);
        // metav1.Time keeps whole seconds; metav1.MicroTime truncates to microseconds.
        if (micro && nanos is > 0 and < 1_000_000_000) value = value.AddTicks(nanos / 1000 * 10);
        return value;
    }

    private static JsonNode? ReadSchemaUnion(ValueCodec codec, ReadOnlySpan<byte> message, int depth)
    {
        if (depth > MaxDepth) throw new FormatException("protobuf: messages nested too deeply");
        var plan = MessagePlan.For(codec.SchemaType!);
        var reader = new ProtoReader(message);
        object? schema = null;
        var allows = false;
        var schemas = new JsonArray();
        var strings = new JsonArray();
        while (!reader.End)
        {
            var (number, wire) = reader.ReadTag();
            switch (codec.Kind, number)
            {
                case (ValueKind.SchemaOrArray, 1):
                case (ValueKind.SchemaOrBool, 2):
                case (ValueKind.SchemaOrStringArray, 1):
                    schema ??= plan.Create();
                    Merge(schema, ExpectLength(ref reader, wire), plan, plan.Fields, depth + 1);
                    break;
                case (ValueKind.SchemaOrArray, 2):
                    var item = plan.Create();
                    Merge(item, ExpectLength(ref reader, wire), plan, plan.Fields, depth + 1);
                    schemas.Add(JsonSerializer.SerializeToNode(item, plan.Type, ApiJson.Options));
                    break;
                case (ValueKind.SchemaOrBool, 1):
                    allows = ExpectVarint(ref reader, wire) != 0;
                    break;
                case (ValueKind.SchemaOrStringArray, 2):
                    strings.Add(Utf8(ExpectLength(ref reader, wire)));
                    break;
                default:
                    reader.Skip(number, wire);
                    break;
            }
        }
        var schemaNode = schema is null ? null : JsonSerializer.SerializeToNode(schema, plan.Type, ApiJson.Options);
        // The same choices as the Go MarshalJSON of each union type.
        return codec.Kind switch
        {
            ValueKind.SchemaOrArray => schemas.Count > 0 ? schemas : schemaNode,
            ValueKind.SchemaOrBool => schemaNode ?? JsonValue.Create(allows),
            _ => strings.Count > 0 ? strings : schemaNode,
        };
    }

    private static bool IsZero(object? value) => value switch
    {
        null => true,
        string s => s.Length == 0,
        byte[] b => b.Length == 0,
        int i => i == 0,
        long l => l == 0,
        bool b => !b,
        double d => d == 0,
        float f => f == 0,
        _ => false,
    };

    private static object? ZeroValue(ValueCodec codec) => codec.Kind switch
    {
        ValueKind.String => "",
        ValueKind.Bytes => Array.Empty<byte>(),
        ValueKind.Int32 => 0,
        ValueKind.Int64 => 0L,
        ValueKind.Bool => false,
        ValueKind.Double => 0d,
        ValueKind.Float => 0f,
        ValueKind.Time or ValueKind.MicroTime => DateTimeOffset.MinValue,
        ValueKind.Duration => TimeSpan.Zero,
        ValueKind.Quantity => new Quantity("0"),
        ValueKind.IntOrString => new IntOrString(0),
        ValueKind.StringList => new List<string>(),
        ValueKind.Message => MessagePlan.For(codec.ClrType).Create(),
        _ => null,
    };

    /// <summary>A decode error with the JSON path of the field it happened in, built up as it unwinds.</summary>
    private sealed class PathException(string name, string message, Exception? inner) : FormatException(message, inner)
    {
        public string Path { get; private set; } = name;

        public void Prepend(string name) => Path = name + "." + Path;
    }
}
