using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Tugboat.Api;

/// <summary>How a <see cref="Quantity"/> is written back out (resource.Format).</summary>
public enum QuantityFormat
{
    /// <summary>e.g. 12e6</summary>
    DecimalExponent,
    /// <summary>e.g. 12Mi (12 * 2^20)</summary>
    BinarySI,
    /// <summary>e.g. 12M (12 * 10^6)</summary>
    DecimalSI,
}

/// <summary>
/// resource.Quantity: an exact fixed-point number with a suffix ("100m", "128Mi", "1.5G", "2e3").
/// Parsing, rounding (non-zero values are rounded up to 1n), the BinarySI cap at 2^63-1 and the
/// canonical string follow k8s.io/apimachinery. Like upstream, a parsed string that is already in
/// canonical shape is re-emitted verbatim (so "1E3" and "+1" come back as written).
/// Serialized as that string; parses from a JSON string or number. Immutable; equality is by value.
/// </summary>
[JsonConverter(typeof(QuantityJsonConverter))]
public sealed partial class Quantity : IEquatable<Quantity>, IComparable<Quantity>, IComparable
{
    /// <summary>Upstream ErrFormatWrong.</summary>
    public const string FormatErrorMessage =
        "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";
    /// <summary>Upstream ErrNumeric.</summary>
    public const string NumericErrorMessage = "unable to parse numeric part of quantity";
    /// <summary>Upstream ErrSuffix.</summary>
    public const string SuffixErrorMessage = "unable to parse quantity's suffix";

    /// <summary>Largest power-of-ten rescale an arithmetic operation will materialize.</summary>
    private const int MaxRescaleDigits = 10_000;
    private const int NanoScale = -9;

    private static readonly BigInteger MaxInt64 = long.MaxValue;
    private static readonly BigInteger MinInt64 = long.MinValue;
    private static readonly BigInteger[] SmallPowersOfTen = BuildPowersOfTen(64);

    private readonly BigInteger _unscaled;  // value = _unscaled * 10^_exponent
    private readonly int _exponent;
    private readonly string? _original;
    private readonly string? _verbatim;     // upstream's cached "s": the input when already canonical
    private string? _canonical;

    /// <summary>The text as given (before canonicalization); the canonical text for computed quantities.</summary>
    public string Original => _original ?? ToString();

    /// <summary>The format used when writing the quantity out.</summary>
    public QuantityFormat Format { get; }

    /// <summary>Parses <paramref name="text"/>; throws <see cref="FormatException"/> with upstream's message when invalid.</summary>
    public Quantity(string text) : this(ParseOrThrow(text), text)
    {
    }

    private Quantity(Parsed parsed, string original)
        : this(parsed.Unscaled, parsed.Exponent, parsed.Format, parsed.Verbatim, original)
    {
    }

    private Quantity(BigInteger unscaled, int exponent, QuantityFormat format, string? verbatim = null, string? original = null)
    {
        _unscaled = unscaled;
        _exponent = unscaled.IsZero ? 0 : exponent;
        Format = format;
        _verbatim = verbatim;
        _original = original;
    }

    public static implicit operator Quantity(string text) => new(text);

    // ---------------------------------------------------------------- construction

    /// <summary>Parses a quantity; throws <see cref="FormatException"/> with upstream's message when invalid.</summary>
    public static Quantity Parse(string text) => new(text);

    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out Quantity? quantity) =>
        TryParse(text, out quantity, out _);

    /// <summary>Parses a quantity, reporting upstream's error message on failure.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out Quantity? quantity, [NotNullWhen(false)] out string? error)
    {
        if (text is null)
        {
            quantity = null;
            error = FormatErrorMessage;
            return false;
        }
        error = TryParseCore(text, out var parsed);
        quantity = error is null ? new Quantity(parsed, text) : null;
        return error is null;
    }

    /// <summary><paramref name="value"/> units (resource.NewQuantity).</summary>
    public static Quantity FromValue(long value, QuantityFormat format = QuantityFormat.DecimalSI) => new(value, 0, format);

    /// <summary><paramref name="milliValue"/> / 1000 units (resource.NewMilliQuantity).</summary>
    public static Quantity FromMilli(long milliValue, QuantityFormat format = QuantityFormat.DecimalSI) => new(milliValue, -3, format);

    /// <summary><paramref name="value"/> * 10^<paramref name="scale"/> in DecimalSI (resource.NewScaledQuantity).</summary>
    public static Quantity FromScaled(long value, int scale) => new(value, scale, QuantityFormat.DecimalSI);

    /// <summary>The exact value of <paramref name="value"/> (resource.NewDecimalQuantity).</summary>
    public static Quantity FromDecimal(decimal value, QuantityFormat format = QuantityFormat.DecimalSI)
    {
        var text = value.ToString(CultureInfo.InvariantCulture);
        if (!TryParsePlainDecimal(text, out var unscaled, out var fractionDigits))
            throw new FormatException(NumericErrorMessage);
        return new Quantity(unscaled, -fractionDigits, format);
    }

    private static Parsed ParseOrThrow(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var error = TryParseCore(text, out var parsed);
        if (error is not null) throw new FormatException(error);
        return parsed;
    }

    // ---------------------------------------------------------------- accessors

    public bool IsZero => _unscaled.IsZero;

    /// <summary>-1, 0 or 1.</summary>
    public int Sign => _unscaled.Sign;

    /// <summary>The value rounded up (away from zero) to an integer; saturates at the long range.</summary>
    public long Value => ScaledValue(0);

    /// <summary>ceil(value * 1000), rounded away from zero; saturates at the long range.</summary>
    public long MilliValue => ScaledValue(-3);

    /// <summary>ceil(value / 10^<paramref name="scale"/>), rounded away from zero; saturates at the long range.</summary>
    public long ScaledValue(int scale)
    {
        if (_unscaled.IsZero) return 0;
        var shift = (long)_exponent - scale;
        BigInteger result;
        if (shift >= 0)
        {
            if (shift > 40) return _unscaled.Sign > 0 ? long.MaxValue : long.MinValue;
            result = _unscaled * Pow10((int)shift);
        }
        else
        {
            result = DivideByPow10AwayFromZero(_unscaled, -shift, out _);
        }
        if (result > MaxInt64) return long.MaxValue;
        if (result < MinInt64) return long.MinValue;
        return (long)result;
    }

    /// <summary>The exact value as a decimal (rounded only beyond decimal's 28 significant digits).</summary>
    /// <exception cref="OverflowException">The value is outside decimal's range.</exception>
    public decimal ToDecimal()
    {
        if (_unscaled.IsZero) return 0m;
        var (mantissa, exponent) = StripTrailingZeros(_unscaled, _exponent);
        if (exponent >= 0)
        {
            if (exponent > 30) throw new OverflowException("Value was either too large or too small for a Decimal.");
            return (decimal)(mantissa * Pow10((int)exponent));
        }
        var digits = BigInteger.Abs(mantissa).ToString(CultureInfo.InvariantCulture);
        var fraction = (int)-exponent;
        if (digits.Length <= fraction) digits = new string('0', fraction - digits.Length + 1) + digits;
        var text = (mantissa.Sign < 0 ? "-" : "") + digits[..^fraction] + "." + digits[^fraction..];
        return decimal.Parse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
    }

    // ---------------------------------------------------------------- arithmetic

    /// <summary>this + <paramref name="other"/>; a zero left operand takes the right operand's format, as upstream.</summary>
    public Quantity Add(Quantity other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Combine(other._unscaled, other._exponent, IsZero ? other.Format : Format);
    }

    /// <summary>this - <paramref name="other"/>; a zero left operand takes the right operand's format, as upstream.</summary>
    public Quantity Subtract(Quantity other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Combine(-other._unscaled, other._exponent, IsZero ? other.Format : Format);
    }

    public Quantity Negate() => new(-_unscaled, _exponent, Format);

    /// <summary>this * <paramref name="factor"/>, exactly.</summary>
    public Quantity Multiply(long factor) => new(_unscaled * factor, _exponent, Format);

    private Quantity Combine(BigInteger otherUnscaled, int otherExponent, QuantityFormat format)
    {
        if (otherUnscaled.IsZero) return new Quantity(_unscaled, _exponent, format);
        if (_unscaled.IsZero) return new Quantity(otherUnscaled, otherExponent, format);
        var exponent = Math.Min(_exponent, otherExponent);
        var left = _unscaled * Pow10Checked((long)_exponent - exponent);
        var right = otherUnscaled * Pow10Checked((long)otherExponent - exponent);
        return new Quantity(left + right, exponent, format);
    }

    public static Quantity operator +(Quantity left, Quantity right) => left.Add(right);
    public static Quantity operator -(Quantity left, Quantity right) => left.Subtract(right);
    public static Quantity operator -(Quantity value) => value.Negate();

    // ---------------------------------------------------------------- comparison

    public int CompareTo(Quantity? other) =>
        other is null ? 1 : CompareValues(_unscaled, _exponent, other._unscaled, other._exponent);

    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        Quantity q => CompareTo(q),
        _ => throw new ArgumentException("Object must be of type Quantity.", nameof(obj)),
    };

    /// <summary>Compares with an integer (resource.Quantity.CmpInt64).</summary>
    public int CompareTo(long value) => CompareValues(_unscaled, _exponent, value, 0);

    public bool Equals(Quantity? other) => other is not null && CompareTo(other) == 0;
    public override bool Equals(object? obj) => Equals(obj as Quantity);

    public override int GetHashCode()
    {
        var (mantissa, exponent) = StripTrailingZeros(_unscaled, _exponent);
        return HashCode.Combine(mantissa, exponent);
    }

    public static bool operator ==(Quantity? left, Quantity? right) => left is null ? right is null : left.Equals(right);
    public static bool operator !=(Quantity? left, Quantity? right) => !(left == right);
    public static bool operator <(Quantity? left, Quantity? right) => Comparer<Quantity>.Default.Compare(left, right) < 0;
    public static bool operator >(Quantity? left, Quantity? right) => Comparer<Quantity>.Default.Compare(left, right) > 0;
    public static bool operator <=(Quantity? left, Quantity? right) => Comparer<Quantity>.Default.Compare(left, right) <= 0;
    public static bool operator >=(Quantity? left, Quantity? right) => Comparer<Quantity>.Default.Compare(left, right) >= 0;

    // ---------------------------------------------------------------- formatting

    /// <summary>The string upstream's String()/MarshalJSON produce.</summary>
    public override string ToString() => _verbatim ?? (_canonical ??= Canonicalize());

    private string Canonicalize()
    {
        if (_unscaled.IsZero) return "0";

        var format = Format;
        var integral = BigInteger.Zero;
        if (format == QuantityFormat.BinarySI)
        {
            if (CompareValues(_unscaled, _exponent, -1024, 0) > 0 && CompareValues(_unscaled, _exponent, 1024, 0) < 0)
            {
                format = QuantityFormat.DecimalSI;
            }
            else
            {
                var exact = true;
                integral = _exponent >= 0
                    ? _unscaled * Pow10Checked(_exponent)
                    : DivideByPow10AwayFromZero(_unscaled, -(long)_exponent, out exact);
                if (!exact) format = QuantityFormat.DecimalSI;
            }
        }

        if (format == QuantityFormat.BinarySI)
        {
            var times = 0;
            var kibi = new BigInteger(1024);
            while (BigInteger.Abs(integral) >= kibi)
            {
                var quotient = BigInteger.DivRem(integral, kibi, out var remainder);
                if (!remainder.IsZero) break;
                integral = quotient;
                times++;
            }
            return integral.ToString(CultureInfo.InvariantCulture) + BinarySuffix(times);
        }

        var (mantissa, exponent) = StripTrailingZeros(_unscaled, _exponent);
        while (exponent % 3 != 0)
        {
            mantissa *= 10;
            exponent--;
        }
        var number = mantissa.ToString(CultureInfo.InvariantCulture);
        if (format == QuantityFormat.DecimalSI) return number + DecimalSuffix(exponent);
        return exponent == 0 ? number : number + "e" + exponent.ToString(CultureInfo.InvariantCulture);
    }

    private static string DecimalSuffix(long exponent) => exponent switch
    {
        -9 => "n",
        -6 => "u",
        -3 => "m",
        3 => "k",
        6 => "M",
        9 => "G",
        12 => "T",
        15 => "P",
        18 => "E",
        // upstream's suffix lookup fails silently here and emits no suffix at all
        _ => "",
    };

    private static string BinarySuffix(int powerOf1024) => powerOf1024 switch
    {
        1 => "Ki",
        2 => "Mi",
        3 => "Gi",
        4 => "Ti",
        5 => "Pi",
        6 => "Ei",
        _ => "",
    };

    // ---------------------------------------------------------------- parsing (port of ParseQuantity)

    private readonly record struct Parsed(BigInteger Unscaled, int Exponent, QuantityFormat Format, string? Verbatim);

    private static string? TryParseCore(string str, out Parsed parsed)
    {
        parsed = default;
        if (str.Length == 0) return FormatErrorMessage;
        if (str == "0")
        {
            parsed = new Parsed(BigInteger.Zero, 0, QuantityFormat.DecimalSI, str);
            return null;
        }

        if (!ScanQuantity(str, out var positive, out var value, out var num, out var denom, out var suffix))
            return FormatErrorMessage;
        if (!InterpretSuffix(suffix, out var numberBase, out var exponent, out var format))
            return SuffixErrorMessage;

        long precision;
        long scale = 0;
        long mantissa = 1;
        if (format == QuantityFormat.BinarySI)
        {
            if (exponent >= 0 && denom.Length == 0)
            {
                mantissa <<= exponent;
                precision = 15 - num.Length - exponent * 3 / 10 - 1;
            }
            else
            {
                precision = -1;
            }
        }
        else
        {
            scale = exponent;
            precision = 18 - (num.Length + denom.Length);
        }

        if (precision >= 0)
        {
            scale -= denom.Length;
            if (scale >= NanoScale)
            {
                var shifted = num + denom;
                if (!long.TryParse(shifted, NumberStyles.None, CultureInfo.InvariantCulture, out var digits))
                    return NumericErrorMessage;
                var product = new BigInteger(digits) * mantissa;
                if (product <= MaxInt64)
                {
                    var result = positive ? product : -product;
                    string? verbatim = null;
                    if (format == QuantityFormat.BinarySI)
                    {
                        if (exponent % 10 == 0 && (digits & 0x07) != 0) verbatim = str;
                    }
                    else if (scale % 3 == 0 && !shifted.EndsWith("000", StringComparison.Ordinal) && shifted[0] != '0')
                    {
                        verbatim = str;
                    }
                    parsed = new Parsed(result, (int)scale, format, verbatim);
                    return null;
                }
            }
        }

        if (!TryParsePlainDecimal(value, out var amount, out var fractionDigits))
            return NumericErrorMessage;

        long amountExponent = -fractionDigits;
        if (numberBase == 10) amountExponent += exponent;
        else amount <<= exponent;

        var sign = amount.Sign;
        var magnitude = BigInteger.Abs(amount);
        // Non-zero values are rounded up to the smallest representable amount (1n).
        if (!magnitude.IsZero && amountExponent < NanoScale)
        {
            magnitude = DivideByPow10AwayFromZero(magnitude, NanoScale - amountExponent, out _);
            amountExponent = NanoScale;
        }
        if (magnitude.IsZero) amountExponent = 0;
        if (format == QuantityFormat.BinarySI && CompareValues(magnitude, amountExponent, MaxInt64, 0) > 0)
        {
            magnitude = MaxInt64;
            amountExponent = 0;
        }
        if (format == QuantityFormat.BinarySI && !magnitude.IsZero && CompareValues(magnitude, amountExponent, BigInteger.One, 0) < 0)
            format = QuantityFormat.DecimalSI;

        parsed = new Parsed(sign < 0 ? -magnitude : magnitude, checked((int)amountExponent), format, null);
        return null;
    }

    /// <summary>Port of parseQuantityString: a permissive scanner; later steps reject bad suffixes.</summary>
    private static bool ScanQuantity(string str, out bool positive, out string value, out string num, out string denom, out string suffix)
    {
        positive = true;
        value = num = denom = suffix = "";
        var pos = 0;
        var end = str.Length;

        if (pos < end)
        {
            if (str[0] == '-')
            {
                positive = false;
                pos++;
            }
            else if (str[0] == '+')
            {
                pos++;
            }
        }

        // strip leading zeros
        for (var i = pos; ; i++)
        {
            if (i >= end)
            {
                num = "0";
                value = num;
                return true;
            }
            if (str[i] != '0') break;
            pos++;
        }

        // the numerator
        for (var i = pos; ; i++)
        {
            if (i >= end)
            {
                num = str[pos..end];
                value = str[..end];
                return true;
            }
            if (!char.IsAsciiDigit(str[i]))
            {
                num = str[pos..i];
                pos = i;
                break;
            }
        }
        if (num.Length == 0) num = "0";

        // the denominator
        if (pos < end && str[pos] == '.')
        {
            pos++;
            for (var i = pos; ; i++)
            {
                if (i >= end)
                {
                    denom = str[pos..end];
                    value = str[..end];
                    return true;
                }
                if (!char.IsAsciiDigit(str[i]))
                {
                    denom = str[pos..i];
                    pos = i;
                    break;
                }
            }
        }
        value = str[..pos];

        // the suffix
        var suffixStart = pos;
        for (var i = pos; ; i++)
        {
            if (i >= end)
            {
                suffix = str[suffixStart..end];
                return true;
            }
            if (!"eEinumkKMGTP".Contains(str[i]))
            {
                pos = i;
                break;
            }
        }
        if (pos < end && (str[pos] == '-' || str[pos] == '+')) pos++;
        for (var i = pos; ; i++)
        {
            if (i >= end)
            {
                suffix = str[suffixStart..end];
                return true;
            }
            if (!char.IsAsciiDigit(str[i])) break;
        }
        // a non-digit after the exponent digits
        return false;
    }

    private static bool InterpretSuffix(string suffix, out int numberBase, out int exponent, out QuantityFormat format)
    {
        numberBase = 10;
        format = QuantityFormat.DecimalSI;
        switch (suffix)
        {
            case "": exponent = 0; return true;
            case "n": exponent = -9; return true;
            case "u": exponent = -6; return true;
            case "m": exponent = -3; return true;
            case "k": exponent = 3; return true;
            case "M": exponent = 6; return true;
            case "G": exponent = 9; return true;
            case "T": exponent = 12; return true;
            case "P": exponent = 15; return true;
            case "E": exponent = 18; return true;
        }

        numberBase = 2;
        format = QuantityFormat.BinarySI;
        switch (suffix)
        {
            case "Ki": exponent = 10; return true;
            case "Mi": exponent = 20; return true;
            case "Gi": exponent = 30; return true;
            case "Ti": exponent = 40; return true;
            case "Pi": exponent = 50; return true;
            case "Ei": exponent = 60; return true;
        }

        numberBase = 10;
        format = QuantityFormat.DecimalExponent;
        exponent = 0;
        if (suffix.Length > 1 && (suffix[0] == 'e' || suffix[0] == 'E')
            && long.TryParse(suffix.AsSpan(1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed))
        {
            // upstream narrows the parsed int64 to int32
            exponent = unchecked((int)parsed);
            return true;
        }
        return false;
    }

    /// <summary>Parses [sign]digits[.digits] (either digit run may be empty, but not both).</summary>
    private static bool TryParsePlainDecimal(string text, out BigInteger unscaled, out int fractionDigits)
    {
        unscaled = BigInteger.Zero;
        fractionDigits = 0;
        var negative = false;
        var start = 0;
        if (text.Length > 0 && (text[0] == '-' || text[0] == '+'))
        {
            negative = text[0] == '-';
            start = 1;
        }
        var digits = new StringBuilder(text.Length);
        var seenPoint = false;
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '.' && !seenPoint)
            {
                seenPoint = true;
                continue;
            }
            if (!char.IsAsciiDigit(c)) return false;
            digits.Append(c);
            if (seenPoint) fractionDigits++;
        }
        if (digits.Length == 0) return false;
        unscaled = BigInteger.Parse(digits.ToString(), NumberStyles.None, CultureInfo.InvariantCulture);
        if (negative) unscaled = -unscaled;
        return true;
    }

    // ---------------------------------------------------------------- exact helpers

    private static BigInteger[] BuildPowersOfTen(int count)
    {
        var powers = new BigInteger[count];
        powers[0] = BigInteger.One;
        for (var i = 1; i < count; i++) powers[i] = powers[i - 1] * 10;
        return powers;
    }

    private static BigInteger Pow10(int power) =>
        power < SmallPowersOfTen.Length ? SmallPowersOfTen[power] : BigInteger.Pow(10, power);

    private static BigInteger Pow10Checked(long power)
    {
        if (power > MaxRescaleDigits)
            throw new OverflowException($"quantity arithmetic would need more than {MaxRescaleDigits} digits");
        return Pow10((int)power);
    }

    /// <summary>An upper bound on the number of decimal digits of |value|.</summary>
    private static long DigitsUpperBound(BigInteger value) => (long)(BigInteger.Abs(value).GetBitLength() * 0.30103) + 1;

    /// <summary>A lower bound on the number of decimal digits of |value| (value non-zero).</summary>
    private static long DigitsLowerBound(BigInteger value) =>
        (long)((BigInteger.Abs(value).GetBitLength() - 1) * 0.30102999) + 1;

    /// <summary>value / 10^power, rounded away from zero.</summary>
    private static BigInteger DivideByPow10AwayFromZero(BigInteger value, long power, out bool exact)
    {
        if (power == 0 || value.IsZero)
        {
            exact = true;
            return value;
        }
        if (power > DigitsUpperBound(value))
        {
            exact = false;
            return value.Sign;
        }
        var quotient = BigInteger.DivRem(value, Pow10((int)power), out var remainder);
        exact = remainder.IsZero;
        return exact ? quotient : quotient + value.Sign;
    }

    private static (BigInteger Mantissa, long Exponent) StripTrailingZeros(BigInteger value, long exponent)
    {
        if (value.IsZero) return (value, 0);
        var ten = new BigInteger(10);
        while (true)
        {
            var quotient = BigInteger.DivRem(value, ten, out var remainder);
            if (!remainder.IsZero) return (value, exponent);
            value = quotient;
            exponent++;
        }
    }

    private static int CompareValues(BigInteger left, long leftExponent, BigInteger right, long rightExponent)
    {
        var leftSign = left.Sign;
        var rightSign = right.Sign;
        if (leftSign != rightSign) return leftSign.CompareTo(rightSign);
        if (leftSign == 0) return 0;
        if (leftExponent == rightExponent) return left.CompareTo(right);

        // Decide by order of magnitude when they are far apart, so huge exponents never get materialized.
        var leftOrder = DigitsLowerBound(left) + leftExponent;
        var rightOrder = DigitsLowerBound(right) + rightExponent;
        if (Math.Abs(leftOrder - rightOrder) > 2)
        {
            var magnitude = leftOrder > rightOrder ? 1 : -1;
            return leftSign > 0 ? magnitude : -magnitude;
        }
        return leftExponent > rightExponent
            ? (left * Pow10((int)(leftExponent - rightExponent))).CompareTo(right)
            : left.CompareTo(right * Pow10((int)(rightExponent - leftExponent)));
    }
}

/// <summary>Reads a quantity from a JSON string or number; writes upstream's string form.</summary>
public sealed class QuantityJsonConverter : JsonConverter<Quantity>
{
    public override Quantity Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType switch
        {
            // upstream trims surrounding whitespace inside the JSON string
            JsonTokenType.String => reader.GetString()!.Trim(),
            JsonTokenType.Number => Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan),
            _ => null,
        };
        if (!Quantity.TryParse(text, out var quantity, out var error))
            throw new JsonException(error);
        return quantity;
    }

    public override void Write(Utf8JsonWriter writer, Quantity value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
