using System.Text.Json;
using System.Text.Json.Serialization;

namespace Tugboat.Api;

/// <summary>A value that is either an integer or a string (ports, maxSurge, ...), serialized as whichever it holds.</summary>
[JsonConverter(typeof(IntOrStringJsonConverter))]
public sealed class IntOrString : IEquatable<IntOrString>
{
    public int? IntValue { get; }
    public string? StringValue { get; }

    public IntOrString(int value) => IntValue = value;
    public IntOrString(string value) => StringValue = value;

    public bool IsInt => IntValue.HasValue;

    public static implicit operator IntOrString(int value) => new(value);
    public static implicit operator IntOrString(string value) => new(value);

    /// <summary>Resolves a value like "25%" against a total, rounding up or down as Kubernetes' GetScaledValueFromIntOrPercent does.</summary>
    public int ScaledValue(int total, bool roundUp)
    {
        if (IntValue is int i) return i;
        var s = StringValue ?? "";
        if (!s.EndsWith('%') || !int.TryParse(s.AsSpan(0, s.Length - 1), out var percent))
            throw new FormatException($"invalid value for IntOrString: invalid type: string is not a percentage");
        var scaled = percent * (double)total / 100;
        return roundUp ? (int)Math.Ceiling(scaled) : (int)Math.Floor(scaled);
    }

    public override string ToString() => IntValue?.ToString() ?? StringValue ?? "";
    public bool Equals(IntOrString? other) => other is not null && IntValue == other.IntValue && StringValue == other.StringValue;
    public override bool Equals(object? obj) => Equals(obj as IntOrString);
    public override int GetHashCode() => HashCode.Combine(IntValue, StringValue);
}

public sealed class IntOrStringJsonConverter : JsonConverter<IntOrString>
{
    public override IntOrString Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.Number when reader.TryGetInt32(out var i) => new IntOrString(i),
            JsonTokenType.String => new IntOrString(reader.GetString()!),
            _ => throw new JsonException("expected an integer or a string"),
        };

    public override void Write(Utf8JsonWriter writer, IntOrString value, JsonSerializerOptions options)
    {
        if (value.IntValue is int i) writer.WriteNumberValue(i);
        else writer.WriteStringValue(value.StringValue);
    }
}
