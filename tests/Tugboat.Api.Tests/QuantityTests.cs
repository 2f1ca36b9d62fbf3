using System.Text.Json;
using Tugboat.Api;
using Tugboat.Api.Json;

namespace Tugboat.Api.Tests;

public class QuantityTests
{
    [Theory]
    // from the brief
    [InlineData("0.5", "500m")]
    [InlineData("1000m", "1")]
    [InlineData("1024Ki", "1Mi")]
    [InlineData("1.5Gi", "1536Mi")]
    [InlineData("100M", "100M")]
    // upstream keeps the DecimalExponent format: 2e3 is emitted as 2e3, not 2k
    [InlineData("2e3", "2e3")]
    // upstream TestQuantityParseEmit
    [InlineData("1Ki", "1Ki")]
    [InlineData("1Mi", "1Mi")]
    [InlineData("1Gi", "1Gi")]
    [InlineData("1024Mi", "1Gi")]
    [InlineData("1000M", "1G")]
    [InlineData(".001Ki", "1024m")]
    [InlineData(".000001Ki", "1024u")]
    [InlineData(".000000001Ki", "1024n")]
    [InlineData(".000000000001Ki", "2n")]
    [InlineData("-1024Mi", "-1Gi")]
    [InlineData("-1000M", "-1G")]
    [InlineData("-.001Ki", "-1024m")]
    [InlineData("-.000000000001Ki", "-2n")]
    // zero never carries a suffix or sign
    [InlineData("0", "0")]
    [InlineData("0Ki", "0")]
    [InlineData("0m", "0")]
    [InlineData("-0", "0")]
    [InlineData("0.0", "0")]
    [InlineData("0e5", "0")]
    // decimal SI
    [InlineData("1.5", "1500m")]
    [InlineData("1.08", "1080m")]
    [InlineData("0.1m", "100u")]
    [InlineData("100.0350k", "100035")]
    [InlineData("10.0350M", "10035k")]
    [InlineData("50k", "50k")]
    [InlineData("1000", "1k")]
    [InlineData("1234000", "1234k")]
    [InlineData("300T", "300T")]
    [InlineData("1E", "1E")]
    [InlineData("12E", "12E")]
    [InlineData("10E", "10E")]
    [InlineData("10000000000000000000", "10E")]
    [InlineData("1000000000000000000.0", "1E")]
    [InlineData("9223372036854775808", "9223372036854775808")]
    [InlineData("9999999999999999999.1", "9999999999999999999100m")]
    [InlineData("-9223372036854775808.1", "-9223372036854775808100m")]
    [InlineData("1.0000000000000000001E", "1000000000000000000100m")]
    // rounding up to the smallest representable amount (1n)
    [InlineData("3.001n", "4n")]
    [InlineData("0.0000000001", "1n")]
    [InlineData("0.0000000005", "1n")]
    [InlineData("0.9n", "1n")]
    [InlineData("0.00000012345", "124n")]
    [InlineData("-0.00000012345", "-124n")]
    // decimal exponent
    [InlineData("10e2", "1e3")]
    [InlineData("1.2e3", "1200")]
    [InlineData("1.3E+6", "1300e3")]
    [InlineData("0.5e-2", "5e-3")]
    [InlineData("108e-2", "1080e-3")]
    [InlineData("0.3e9", "300e6")]
    [InlineData("1e-12", "1e-9")]
    [InlineData("1.1E-9", "2e-9")]
    [InlineData("1e100", "10e99")]
    // binary SI
    [InlineData("1.1Ki", "1126400m")]
    [InlineData("0.5Ki", "512")]
    [InlineData("0.5Mi", "512Ki")]
    [InlineData("0.05Gi", "53687091200m")]
    [InlineData("-1.5Gi", "-1536Mi")]
    [InlineData("1000Ki", "1000Ki")]
    [InlineData("1025Ki", "1025Ki")]
    [InlineData("2048Ki", "2Mi")]
    [InlineData("1.5Ei", "1536Pi")]
    [InlineData("9Ei", "9223372036854775807")]
    [InlineData("-9Ei", "-9223372036854775807")]
    [InlineData("9223372036854775807Ki", "9223372036854775807")]
    // upstream quirks: input already "canonical" is re-emitted verbatim
    [InlineData("+1", "+1")]
    [InlineData("01", "01")]
    [InlineData("1E3", "1E3")]
    [InlineData("1.500", "1.500")]
    [InlineData("1.", "1.")]
    [InlineData("100.035k", "100.035k")]
    [InlineData("10.035M", "10.035M")]
    [InlineData("+5Ki", "+5Ki")]
    // upstream's scanner is more permissive than its error message suggests
    [InlineData(".", "0")]
    [InlineData("-", "0")]
    [InlineData("Ki", "0")]
    public void Canonicalizes_like_upstream(string input, string expected)
    {
        var quantity = Quantity.Parse(input);
        quantity.ToString().ShouldBe(expected);
        quantity.Original.ShouldBe(input);
        Quantity.Parse(expected).ShouldBe(quantity);
    }

    [Fact]
    public void Decimal_SI_beyond_exa_loses_its_suffix_as_upstream()
    {
        // upstream has no decimal SI suffix for 10^21 and silently writes none
        var quantity = Quantity.Parse("1000E");
        quantity.ToString().ShouldBe("1");
        quantity.ShouldBe(Quantity.Parse("1e21"));
        Quantity.Parse("1e21").ToString().ShouldBe("1e21");
    }

    [Theory]
    [InlineData("", Quantity.FormatErrorMessage)]
    [InlineData("1.1.M", Quantity.FormatErrorMessage)]
    [InlineData("1+1.0M", Quantity.FormatErrorMessage)]
    [InlineData("0.1am", Quantity.FormatErrorMessage)]
    [InlineData("aoeu", Quantity.FormatErrorMessage)]
    [InlineData(" 1", Quantity.FormatErrorMessage)]
    [InlineData("1 ", Quantity.FormatErrorMessage)]
    [InlineData("1e1.5", Quantity.FormatErrorMessage)]
    [InlineData("Non-Numeric", Quantity.FormatErrorMessage)]
    [InlineData("0.1mi", Quantity.SuffixErrorMessage)]
    [InlineData(".5i", Quantity.SuffixErrorMessage)]
    [InlineData("1i", Quantity.SuffixErrorMessage)]
    [InlineData("-3.01i", Quantity.SuffixErrorMessage)]
    [InlineData("-3.01e-", Quantity.SuffixErrorMessage)]
    [InlineData("1e", Quantity.SuffixErrorMessage)]
    [InlineData("1Ki2", Quantity.SuffixErrorMessage)]
    [InlineData("1kk", Quantity.SuffixErrorMessage)]
    [InlineData("1e99999999999999999999", Quantity.SuffixErrorMessage)]
    [InlineData("e-10", Quantity.NumericErrorMessage)]
    [InlineData(".e-10", Quantity.NumericErrorMessage)]
    public void Rejects_invalid_input_with_upstream_messages(string input, string message)
    {
        Should.Throw<FormatException>(() => Quantity.Parse(input)).Message.ShouldBe(message);
        Should.Throw<FormatException>(() => new Quantity(input)).Message.ShouldBe(message);
        Quantity.TryParse(input, out var quantity, out var error).ShouldBeFalse();
        quantity.ShouldBeNull();
        error.ShouldBe(message);
    }

    [Fact]
    public void Format_error_message_matches_upstream_text()
    {
        Quantity.FormatErrorMessage.ShouldBe("quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'");
        Quantity.TryParse(null, out _).ShouldBeFalse();
        Quantity.TryParse("250m", out var quantity).ShouldBeTrue();
        quantity!.MilliValue.ShouldBe(250);
    }

    [Theory]
    // upstream TestQuantityParse: exact value and remembered format
    [InlineData("0", "0", QuantityFormat.DecimalSI)]
    [InlineData("0Ki", "0", QuantityFormat.BinarySI)]
    [InlineData("1", "1", QuantityFormat.DecimalSI)]
    [InlineData("8Ki", "8192", QuantityFormat.BinarySI)]
    [InlineData("5Ti", "5497558138880", QuantityFormat.BinarySI)]
    [InlineData("3Ei", "3458764513820540928", QuantityFormat.BinarySI)]
    [InlineData("5n", "0.000000005", QuantityFormat.DecimalSI)]
    [InlineData("4u", "0.000004", QuantityFormat.DecimalSI)]
    [InlineData("40T", "40000000000000", QuantityFormat.DecimalSI)]
    [InlineData("1E-3", "0.001", QuantityFormat.DecimalExponent)]
    [InlineData("1e15", "1000000000000000", QuantityFormat.DecimalExponent)]
    [InlineData("0.0005k", "0.5", QuantityFormat.DecimalSI)]
    [InlineData("0.5e-1", "0.05", QuantityFormat.DecimalExponent)]
    [InlineData("1.7E18", "1700000000000000000", QuantityFormat.DecimalExponent)]
    [InlineData("6.987654321G", "6987654321", QuantityFormat.DecimalSI)]
    [InlineData("1.01E", "1010000000000000000", QuantityFormat.DecimalSI)]
    [InlineData("0.5e-9", "0.000000001", QuantityFormat.DecimalExponent)]
    [InlineData("100.035Ki", "102435.84", QuantityFormat.BinarySI)]
    [InlineData("0.025Ti", "27487790694.4", QuantityFormat.BinarySI)]
    [InlineData("9Ei", "9223372036854775807", QuantityFormat.BinarySI)]
    [InlineData("0.000000000001Ki", "0.000000002", QuantityFormat.DecimalSI)]
    [InlineData(".0001k", "0.1", QuantityFormat.DecimalSI)]
    [InlineData("1.G", "1000000000", QuantityFormat.DecimalSI)]
    [InlineData("-1.025Ti", "-1126999418470.4", QuantityFormat.BinarySI)]
    public void Parses_exact_value_and_format(string input, string value, QuantityFormat format)
    {
        var quantity = Quantity.Parse(input);
        quantity.ToDecimal().ShouldBe(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture));
        quantity.Format.ShouldBe(format);
        if (!input.StartsWith('-')) Quantity.Parse("+" + input).ShouldBe(quantity);
    }

    [Theory]
    [InlineData("100m", 1, 100)]
    [InlineData("1.5", 2, 1500)]
    [InlineData("-1.5", -2, -1500)]
    [InlineData("1Ki", 1024, 1024000)]
    [InlineData("1n", 1, 1)]
    [InlineData("-1n", -1, -1)]
    [InlineData("0", 0, 0)]
    [InlineData("1.0001m", 1, 2)]
    [InlineData("-0.0001", -1, -1)]
    [InlineData("2Gi", 2147483648, 2147483648000)]
    [InlineData("9Ei", long.MaxValue, long.MaxValue)]
    [InlineData("-9Ei", -long.MaxValue, long.MinValue)]
    [InlineData("1e100", long.MaxValue, long.MaxValue)]
    [InlineData("-1e100", long.MinValue, long.MinValue)]
    public void Value_and_MilliValue_round_up_away_from_zero(string input, long value, long milli)
    {
        var quantity = Quantity.Parse(input);
        quantity.Value.ShouldBe(value);
        quantity.MilliValue.ShouldBe(milli);
    }

    [Theory]
    // upstream TestScaledValue: NewScaledQuantity(1, from).ScaledValue(to)
    [InlineData(-9, -9, 1)]
    [InlineData(-9, -6, 1)]
    [InlineData(-9, -3, 1)]
    [InlineData(-9, 0, 1)]
    [InlineData(-6, -9, 1000)]
    [InlineData(-6, -6, 1)]
    [InlineData(-6, 0, 1)]
    [InlineData(-3, -9, 1000000)]
    [InlineData(-3, -6, 1000)]
    [InlineData(0, -9, 1000000000)]
    [InlineData(0, -3, 1000)]
    [InlineData(0, 0, 1)]
    [InlineData(2, -2, 10000)]
    public void ScaledValue_matches_upstream(int fromScale, int toScale, long expected) =>
        Quantity.FromScaled(1, fromScale).ScaledValue(toScale).ShouldBe(expected);

    [Theory]
    [InlineData(1, QuantityFormat.DecimalSI, "1m")]
    [InlineData(1000, QuantityFormat.DecimalSI, "1")]
    [InlineData(1234000, QuantityFormat.DecimalSI, "1234")]
    [InlineData(1024, QuantityFormat.BinarySI, "1024m")]
    [InlineData(1000000, QuantityFormat.DecimalExponent, "1e3")]
    [InlineData(1048576, QuantityFormat.BinarySI, "1048576m")]
    [InlineData(-1500, QuantityFormat.DecimalSI, "-1500m")]
    [InlineData(0, QuantityFormat.BinarySI, "0")]
    public void FromMilli_formats_like_NewMilliQuantity(long milli, QuantityFormat format, string expected)
    {
        var quantity = Quantity.FromMilli(milli, format);
        quantity.ToString().ShouldBe(expected);
        quantity.Original.ShouldBe(expected);
        quantity.MilliValue.ShouldBe(milli);
        quantity.Format.ShouldBe(format);
    }

    [Theory]
    [InlineData(1, QuantityFormat.DecimalSI, "1")]
    [InlineData(1000, QuantityFormat.DecimalSI, "1k")]
    [InlineData(1234000, QuantityFormat.DecimalSI, "1234k")]
    [InlineData(1024, QuantityFormat.BinarySI, "1Ki")]
    [InlineData(1000000, QuantityFormat.DecimalExponent, "1e6")]
    [InlineData(1048576, QuantityFormat.BinarySI, "1Mi")]
    [InlineData(5, QuantityFormat.BinarySI, "5")]
    [InlineData(1025, QuantityFormat.BinarySI, "1025")]
    [InlineData(1001L * 1024 * 1024 * 1024, QuantityFormat.BinarySI, "1001Gi")]
    [InlineData(300L * 1024 * 1024, QuantityFormat.BinarySI, "300Mi")]
    [InlineData(-2048, QuantityFormat.BinarySI, "-2Ki")]
    [InlineData(long.MaxValue, QuantityFormat.DecimalSI, "9223372036854775807")]
    public void FromValue_formats_like_NewQuantity(long value, QuantityFormat format, string expected)
    {
        var quantity = Quantity.FromValue(value, format);
        quantity.ToString().ShouldBe(expected);
        quantity.Value.ShouldBe(value);
        Quantity.Parse(expected).Value.ShouldBe(value);
    }

    [Theory]
    [InlineData(1, -9, "1n")]
    [InlineData(1000, -9, "1u")]
    [InlineData(1, -6, "1u")]
    [InlineData(1000, -6, "1m")]
    [InlineData(1, -3, "1m")]
    [InlineData(1000, -3, "1")]
    [InlineData(1, 0, "1")]
    [InlineData(0, -9, "0")]
    [InlineData(80, -3, "80m")]
    [InlineData(10800, -4, "1080m")]
    [InlineData(10800, -10, "1080n")]
    [InlineData(1234567, 6, "1234567M")]
    public void FromScaled_formats_like_NewScaledQuantity(long value, int scale, string expected) =>
        Quantity.FromScaled(value, scale).ToString().ShouldBe(expected);

    [Fact]
    public void FromDecimal_is_exact()
    {
        Quantity.FromDecimal(1.5m).ToString().ShouldBe("1500m");
        Quantity.FromDecimal(-0.25m).ToString().ShouldBe("-250m");
        Quantity.FromDecimal(1536m, QuantityFormat.BinarySI).ToString().ShouldBe("1536");
        Quantity.FromDecimal(2048m, QuantityFormat.BinarySI).ToString().ShouldBe("2Ki");
        Quantity.FromDecimal(0.5m, QuantityFormat.DecimalExponent).ToString().ShouldBe("500e-3");
    }

    [Theory]
    [InlineData("0", "0", 0)]
    [InlineData("100m", "50m", 1)]
    [InlineData("50m", "100m", -1)]
    [InlineData("10000T", "100Gi", 1)]
    [InlineData("1Ki", "1024", 0)]
    [InlineData("1e3", "1k", 0)]
    [InlineData("1000m", "1", 0)]
    [InlineData("-1", "1", -1)]
    [InlineData("-2", "-1", -1)]
    [InlineData("1e100", "9Ei", 1)]
    [InlineData("-1e100", "-9Ei", -1)]
    [InlineData("1e2000000000", "1e1999999999", 1)]
    [InlineData("1n", "0", 1)]
    [InlineData("-1n", "0", -1)]
    [InlineData("999999999999999999999", "1e21", -1)]
    [InlineData("1000000000000000000000", "1e21", 0)]
    [InlineData("1000000000000000000001", "1e21", 1)]
    public void Compares_by_value(string left, string right, int expected)
    {
        var a = Quantity.Parse(left);
        var b = Quantity.Parse(right);
        Math.Sign(a.CompareTo(b)).ShouldBe(expected);
        Math.Sign(b.CompareTo(a)).ShouldBe(-expected);
        (a == b).ShouldBe(expected == 0);
        (a != b).ShouldBe(expected != 0);
        (a < b).ShouldBe(expected < 0);
        (a > b).ShouldBe(expected > 0);
        (a <= b).ShouldBe(expected <= 0);
        (a >= b).ShouldBe(expected >= 0);
        if (expected == 0) a.GetHashCode().ShouldBe(b.GetHashCode());
    }

    [Fact]
    public void Equality_handles_null_and_ordering()
    {
        Quantity? none = null;
        (none == null).ShouldBeTrue();
        (Quantity.Parse("1") == none).ShouldBeFalse();
        Quantity.Parse("1").Equals(null).ShouldBeFalse();
        Quantity.Parse("1").CompareTo((Quantity?)null).ShouldBe(1);
        Quantity.Parse("1.5").CompareTo(1L).ShouldBe(1);
        Quantity.Parse("1Ki").CompareTo(1024L).ShouldBe(0);
        var sorted = new[] { "1Gi", "500m", "1k", "-1", "2" }.Select(Quantity.Parse).Order().Select(q => q.ToString());
        sorted.ShouldBe(["-1", "500m", "2", "1k", "1Gi"]);
    }

    [Theory]
    [InlineData("1", "500m", "1500m")]
    [InlineData("1Gi", "512Mi", "1536Mi")]
    [InlineData("100m", "0", "100m")]
    [InlineData("0", "100m", "100m")]
    [InlineData("0", "1Gi", "1Gi")]
    [InlineData("1Gi", "0", "1Gi")]
    [InlineData("1Ki", "1", "1025")]
    [InlineData("10", "1Ki", "1034")]
    [InlineData("1e3", "1", "1001")]
    [InlineData("1.5", "-1.5", "0")]
    [InlineData("9Ei", "9Ei", "18446744073709551614")]
    public void Add_is_exact(string left, string right, string expected)
    {
        var sum = Quantity.Parse(left).Add(Quantity.Parse(right));
        sum.ToString().ShouldBe(expected);
        (Quantity.Parse(left) + Quantity.Parse(right)).ToString().ShouldBe(expected);
    }

    [Theory]
    [InlineData("1Gi", "1Gi", "0")]
    [InlineData("0", "1Gi", "-1Gi")]
    [InlineData("0", "100m", "-100m")]
    [InlineData("100m", "0", "100m")]
    [InlineData("1Mi", "1Ki", "1023Ki")]
    [InlineData("10", "1Ki", "-1014")]
    [InlineData("1", "1n", "999999999n")]
    public void Subtract_is_exact(string left, string right, string expected)
    {
        Quantity.Parse(left).Subtract(Quantity.Parse(right)).ToString().ShouldBe(expected);
        (Quantity.Parse(left) - Quantity.Parse(right)).ToString().ShouldBe(expected);
    }

    [Fact]
    public void Add_then_subtract_round_trips_across_scales()
    {
        var random = new Random(42);
        var total = Quantity.FromValue(0);
        var parts = new List<Quantity>();
        for (var i = 0; i < 200; i++)
        {
            var part = Quantity.FromScaled(random.NextInt64(), random.Next(-10, 10));
            parts.Add(part);
            total += part;
        }
        foreach (var part in parts) total -= part;
        total.IsZero.ShouldBeTrue();
        total.ToString().ShouldBe("0");
    }

    [Fact]
    public void Negate_and_multiply()
    {
        (-Quantity.Parse("9.01")).ToString().ShouldBe("-9010m");
        Quantity.Parse("-1Gi").Negate().ToString().ShouldBe("1Gi");
        Quantity.Parse("0").Negate().ToString().ShouldBe("0");
        Quantity.Parse("1Gi").Multiply(3).ToString().ShouldBe("3Gi");
        Quantity.Parse("250m").Multiply(-4).ToString().ShouldBe("-1");
        Quantity.FromValue(long.MaxValue).Multiply(2).ToString().ShouldBe("18446744073709551614");
    }

    [Fact]
    public void Arithmetic_refuses_absurd_rescaling()
    {
        Should.Throw<OverflowException>(() => Quantity.Parse("1e2000000000").Add(Quantity.Parse("1")));
    }

    [Fact]
    public void Sign_and_IsZero()
    {
        Quantity.Parse("0Gi").IsZero.ShouldBeTrue();
        Quantity.Parse("0Gi").Sign.ShouldBe(0);
        Quantity.Parse("-1n").Sign.ShouldBe(-1);
        Quantity.Parse("1n").IsZero.ShouldBeFalse();
        Quantity.Parse("1n").Sign.ShouldBe(1);
    }

    [Theory]
    [InlineData("1.5Gi", "1610612736")]
    [InlineData("100m", "0.1")]
    [InlineData("-1n", "-0.000000001")]
    [InlineData("1E", "1000000000000000000")]
    [InlineData("123456789012345678901234567", "123456789012345678901234567")]
    public void ToDecimal_is_exact(string input, string expected) =>
        Quantity.Parse(input).ToDecimal().ShouldBe(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void ToDecimal_overflows_for_huge_values()
    {
        Should.Throw<OverflowException>(() => Quantity.Parse("1e30").ToDecimal());
        Should.Throw<OverflowException>(() => Quantity.Parse("1e1000").ToDecimal());
    }

    private sealed class Resources
    {
        public Quantity? Cpu { get; set; }
        public Quantity? Memory { get; set; }
    }

    [Theory]
    [InlineData("""{"cpu":"0.5"}""", "500m")]
    [InlineData("""{"cpu":1}""", "1")]
    [InlineData("""{"cpu":0.5}""", "500m")]
    [InlineData("""{"cpu":1.5e3}""", "1500")]
    [InlineData("""{"cpu":-1}""", "-1")]
    [InlineData("""{"cpu":10}""", "10")]
    [InlineData("""{"cpu":" 1"}""", "1")]
    [InlineData("""{"cpu":"1 "}""", "1")]
    [InlineData("""{"cpu":"2e3"}""", "2e3")]
    [InlineData("""{"cpu":"1000m"}""", "1")]
    public void Json_reads_strings_and_numbers_and_writes_upstream_string(string json, string expected)
    {
        var resources = JsonSerializer.Deserialize<Resources>(json, ApiJson.Options)!;
        resources.Cpu!.ToString().ShouldBe(expected);
        JsonSerializer.Serialize(resources, ApiJson.Options).ShouldBe($$"""{"cpu":"{{expected}}"}""");
    }

    [Fact]
    public void Json_null_is_null()
    {
        JsonSerializer.Deserialize<Resources>("""{"cpu":null}""", ApiJson.Options)!.Cpu.ShouldBeNull();
    }

    [Theory]
    [InlineData("""{"cpu":"abc"}""", Quantity.FormatErrorMessage)]
    [InlineData("""{"cpu":""}""", Quantity.FormatErrorMessage)]
    [InlineData("""{"cpu":true}""", Quantity.FormatErrorMessage)]
    [InlineData("""{"cpu":{}}""", Quantity.FormatErrorMessage)]
    [InlineData("""{"cpu":"1i"}""", Quantity.SuffixErrorMessage)]
    public void Json_rejects_invalid_quantities(string json, string message)
    {
        Should.Throw<JsonException>(() => JsonSerializer.Deserialize<Resources>(json, ApiJson.Options)).Message.ShouldBe(message);
    }

    [Fact]
    public void Json_round_trips_memory_in_binary_form()
    {
        var resources = new Resources { Cpu = "250m", Memory = Quantity.FromValue(256L * 1024 * 1024, QuantityFormat.BinarySI) };
        var json = JsonSerializer.Serialize(resources, ApiJson.Options);
        json.ShouldBe("""{"cpu":"250m","memory":"256Mi"}""");
        var back = JsonSerializer.Deserialize<Resources>(json, ApiJson.Options)!;
        back.Memory!.Value.ShouldBe(256L * 1024 * 1024);
        back.Cpu!.MilliValue.ShouldBe(250);
    }

    [Fact]
    public void Implicit_conversion_parses()
    {
        Quantity quantity = "1.5Gi";
        quantity.ToString().ShouldBe("1536Mi");
        quantity.Original.ShouldBe("1.5Gi");
        Should.Throw<FormatException>(() => { Quantity bad = "bad"; });
    }
}
