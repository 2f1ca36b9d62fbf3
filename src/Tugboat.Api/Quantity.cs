using System.Text.Json;
using System.Text.Json.Serialization;

namespace Tugboat.Api;

/// <summary>
/// resource.Quantity: a fixed-point number with a suffix ("100m", "128Mi", "1.5G", "2e3").
/// Serialized as its canonical string; parses from a string or a JSON number.
/// </summary>
[JsonConverter(typeof(QuantityJsonConverter))]
public sealed partial class Quantity
{
    /// <summary>The text as given (before canonicalization).</summary>
    public string Original { get; }

    public Quantity(string text) => Original = text;

    public static implicit operator Quantity(string text) => new(text);

    public override string ToString() => Original;
}

public sealed class QuantityJsonConverter : JsonConverter<Quantity>
{
    public override Quantity Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.String => new Quantity(reader.GetString()!),
            JsonTokenType.Number => new Quantity(System.Text.Encoding.UTF8.GetString(reader.ValueSpan)),
            _ => throw new JsonException("quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'"),
        };

    public override void Write(Utf8JsonWriter writer, Quantity value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
