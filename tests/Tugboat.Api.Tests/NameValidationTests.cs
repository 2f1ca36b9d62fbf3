using Tugboat.Api.Validation;

namespace Tugboat.Api.Tests;

public class NameValidationTests
{
    private const string Dns1123LabelMsg =
        "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
    private const string Dns1123SubdomainMsg =
        @"a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
    private const string Dns1035LabelMsg =
        "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')";
    private const string NamePartMsg =
        "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";
    private const string LabelKeyMsg =
        "a valid label key must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]') with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')";
    private const string LabelValueMsg =
        "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";
    private const string CIdentifierMsg =
        "a valid C identifier must start with alphabetic character or '_', followed by a string of alphanumeric characters or '_' (e.g. 'my_name',  or 'MY_NAME',  or 'MyName', regex used for validation is '[A-Za-z_][A-Za-z0-9_]*')";
    private const string EnvVarMsg =
        "a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit (e.g. 'my.env-name',  or 'MY_ENV.NAME',  or 'MyEnvName1', regex used for validation is '[-._a-zA-Z][-._a-zA-Z0-9]*')";
    private const string PortCharsetMsg = "must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)";
    private const string PortLetterMsg = "must contain at least one letter (a-z)";

    private static string A(int count) => new('a', count);

    [Theory]
    [InlineData("a")]
    [InlineData("ab")]
    [InlineData("abc")]
    [InlineData("a1")]
    [InlineData("a-1")]
    [InlineData("a--1--2--b")]
    [InlineData("0")]
    [InlineData("01")]
    [InlineData("012")]
    [InlineData("1a")]
    [InlineData("1-a")]
    [InlineData("1--a--b--2")]
    public void Dns1123Label_accepts(string value)
    {
        NameValidation.IsDns1123Label(value).ShouldBeEmpty();
        NameValidation.IsDns1123Label(A(63)).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("", Dns1123LabelMsg)]
    [InlineData("A", Dns1123LabelMsg)]
    [InlineData("aBc", Dns1123LabelMsg)]
    [InlineData("-", Dns1123LabelMsg)]
    [InlineData("a-", Dns1123LabelMsg)]
    [InlineData("-a", Dns1123LabelMsg)]
    [InlineData("a_b", Dns1123LabelMsg)]
    [InlineData(".", Dns1123LabelMsg)]
    [InlineData("a.", Dns1123LabelMsg)]
    [InlineData(".a", Dns1123LabelMsg)]
    [InlineData("a b", Dns1123LabelMsg)]
    [InlineData("a\n", Dns1123LabelMsg)]
    [InlineData("a.b", "must not contain dots")]
    [InlineData("1.2", "must not contain dots")]
    public void Dns1123Label_rejects(string value, string message) =>
        NameValidation.IsDns1123Label(value).ShouldBe([message]);

    [Fact]
    public void Dns1123Label_length()
    {
        NameValidation.IsDns1123Label(A(64)).ShouldBe(["must be no more than 63 characters"]);
        NameValidation.IsDns1123Label(A(64) + "-").ShouldBe(["must be no more than 63 characters", Dns1123LabelMsg]);
        NameValidation.IsDns1123Label(A(32) + "." + A(32)).ShouldBe(["must be no more than 63 characters", "must not contain dots"]);
    }

    [Theory]
    [InlineData("a")]
    [InlineData("ab")]
    [InlineData("a1")]
    [InlineData("a-1")]
    [InlineData("a.a")]
    [InlineData("a.b.c")]
    [InlineData("1.2.3")]
    [InlineData("a--1.b--2")]
    [InlineData("0.a")]
    [InlineData("example.com")]
    public void Dns1123Subdomain_accepts(string value) => NameValidation.IsDns1123Subdomain(value).ShouldBeEmpty();

    [Theory]
    [InlineData("")]
    [InlineData("A")]
    [InlineData("Example.com")]
    [InlineData("a..b")]
    [InlineData("-a")]
    [InlineData("a-")]
    [InlineData(".a")]
    [InlineData("a.")]
    [InlineData("a_b")]
    [InlineData("a.-b")]
    [InlineData("a b")]
    [InlineData("café")]
    [InlineData("a\n")]
    public void Dns1123Subdomain_rejects(string value) =>
        NameValidation.IsDns1123Subdomain(value).ShouldBe([Dns1123SubdomainMsg]);

    [Fact]
    public void Dns1123Subdomain_length()
    {
        var max = string.Join(".", Enumerable.Repeat(A(63), 4))[..253];
        NameValidation.IsDns1123Subdomain(max.TrimEnd('.')).ShouldBeEmpty();
        NameValidation.IsDns1123Subdomain(A(253)).ShouldBeEmpty();
        NameValidation.IsDns1123Subdomain(A(254)).ShouldBe(["must be no more than 253 characters"]);
        NameValidation.IsDns1123Subdomain(A(254) + "-").ShouldBe(["must be no more than 253 characters", Dns1123SubdomainMsg]);
    }

    [Theory]
    [InlineData("a")]
    [InlineData("ab")]
    [InlineData("abc")]
    [InlineData("a1")]
    [InlineData("a-1")]
    [InlineData("a--1--2--b")]
    public void Dns1035Label_accepts(string value)
    {
        NameValidation.IsDns1035Label(value).ShouldBeEmpty();
        NameValidation.IsDns1035Label(A(63)).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("0")]
    [InlineData("01")]
    [InlineData("1a")]
    [InlineData("1-a")]
    [InlineData("")]
    [InlineData("A")]
    [InlineData("a-")]
    [InlineData("-a")]
    [InlineData("a_b")]
    [InlineData("a.b")]
    [InlineData("a b")]
    public void Dns1035Label_rejects(string value) => NameValidation.IsDns1035Label(value).ShouldBe([Dns1035LabelMsg]);

    [Fact]
    public void Dns1035Label_length() =>
        NameValidation.IsDns1035Label(A(64)).ShouldBe(["must be no more than 63 characters"]);

    [Theory]
    [InlineData("simple")]
    [InlineData("now-with-dashes")]
    [InlineData("1-starts-with-num")]
    [InlineData("1234")]
    [InlineData("simple/simple")]
    [InlineData("now-with-dashes/simple")]
    [InlineData("now-with-dashes/now-with-dashes")]
    [InlineData("now.with.dots/now-with-dashes")]
    [InlineData("now-with.dashes-and.dots/now-with.dashes-and.dots")]
    [InlineData("1.2.3.4/5678")]
    [InlineData("Uppercase_Is_OK_123")]
    [InlineData("example.com/Uppercase_Is_OK_123")]
    [InlineData("requests.storage-foo")]
    [InlineData("kubernetes.io/hostname")]
    public void QualifiedName_accepts(string value)
    {
        NameValidation.IsQualifiedName(value).ShouldBeEmpty();
        NameValidation.IsLabelKey(value).ShouldBeEmpty();
    }

    public static TheoryData<string, string[]> BadQualifiedNames => new()
    {
        { "nospecialchars%^=@", [NamePartMsg] },
        { "cantendwithadash-", [NamePartMsg] },
        { "-cantstartwithadash-", [NamePartMsg] },
        { "only/one/slash", [LabelKeyMsg] },
        { "Example.com/abc", ["prefix part " + Dns1123SubdomainMsg] },
        { "example_com/user", ["prefix part " + Dns1123SubdomainMsg] },
        { "example.com/user_", [NamePartMsg] },
        { "/simple", ["prefix part must be non-empty"] },
        { "simple/", ["name part must be non-empty", NamePartMsg] },
        { "", ["name part must be non-empty", NamePartMsg] },
        { "/", ["prefix part must be non-empty", "name part must be non-empty", NamePartMsg] },
        { "Bad_Prefix/-bad-name", ["prefix part " + Dns1123SubdomainMsg, NamePartMsg] },
        { new string('a', 64), ["name part must be no more than 63 bytes"] },
        { new string('a', 254) + "/a", ["prefix part must be no more than 253 bytes"] },
        { new string('a', 254) + "/" + new string('a', 64), ["prefix part must be no more than 253 bytes", "name part must be no more than 63 bytes"] },
    };

    [Theory]
    [MemberData(nameof(BadQualifiedNames))]
    public void QualifiedName_rejects(string value, string[] messages) =>
        NameValidation.IsQualifiedName(value).ShouldBe(messages);

    [Theory]
    [InlineData("")]
    [InlineData("simple")]
    [InlineData("now-with-dashes")]
    [InlineData("1-starts-with-num")]
    [InlineData("end-with-num-1")]
    [InlineData("1234")]
    [InlineData("a_b.c-d")]
    [InlineData("UPPER")]
    public void LabelValue_accepts(string value)
    {
        NameValidation.IsValidLabelValue(value).ShouldBeEmpty();
        NameValidation.IsValidLabelValue(A(63)).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("nospecialchars%^=@")]
    [InlineData("Tama-nui-te-rā")]
    [InlineData("-leading")]
    [InlineData("trailing-")]
    [InlineData("_x")]
    [InlineData("a b")]
    [InlineData("a/b")]
    [InlineData("x\n")]
    public void LabelValue_rejects(string value) => NameValidation.IsValidLabelValue(value).ShouldBe([LabelValueMsg]);

    [Fact]
    public void LabelValue_length_counts_bytes()
    {
        NameValidation.IsValidLabelValue(A(64)).ShouldBe(["must be no more than 63 bytes"]);
        // 32 characters, 64 UTF-8 bytes
        NameValidation.IsValidLabelValue(new string('é', 32)).ShouldBe(["must be no more than 63 bytes", LabelValueMsg]);
    }

    [Theory]
    [InlineData("A")]
    [InlineData("ABC")]
    [InlineData("aBc")]
    [InlineData("A1")]
    [InlineData("_a")]
    [InlineData("a_a")]
    [InlineData("a_1")]
    [InlineData("_")]
    [InlineData("_1")]
    public void CIdentifier_accepts(string value) => NameValidation.IsCIdentifier(value).ShouldBeEmpty();

    [Theory]
    [InlineData("")]
    [InlineData("1")]
    [InlineData("123")]
    [InlineData("1a")]
    [InlineData("a-b")]
    [InlineData("a b")]
    [InlineData("a.b")]
    [InlineData("#a")]
    public void CIdentifier_rejects(string value) => NameValidation.IsCIdentifier(value).ShouldBe([CIdentifierMsg]);

    [Theory]
    [InlineData("A")]
    [InlineData("ABC")]
    [InlineData("AbC_123")]
    [InlineData("_")]
    [InlineData("a.b")]
    [InlineData("-a")]
    [InlineData("a-b")]
    [InlineData(".a")]
    [InlineData("my.env-name")]
    [InlineData("MY_ENV.NAME")]
    public void EnvVarName_accepts(string value) => NameValidation.IsEnvVarName(value).ShouldBeEmpty();

    public static TheoryData<string, string[]> BadEnvVarNames => new()
    {
        { "", [EnvVarMsg] },
        { "1", [EnvVarMsg] },
        { "1a", [EnvVarMsg] },
        { "a b", [EnvVarMsg] },
        { "a=b", [EnvVarMsg] },
        { "a\u00e9", [EnvVarMsg] },
        { ".", ["must not be '.'"] },
        { "..", ["must not be '..'"] },
        { "..a", ["must not start with '..'"] },
        { "..a b", [EnvVarMsg, "must not start with '..'"] },
    };

    [Theory]
    [MemberData(nameof(BadEnvVarNames))]
    public void EnvVarName_rejects(string value, string[] messages) => NameValidation.IsEnvVarName(value).ShouldBe(messages);

    [Fact]
    public void RelaxedEnvVarName()
    {
        NameValidation.IsRelaxedEnvVarName("1 weird!name").ShouldBeEmpty();
        NameValidation.IsRelaxedEnvVarName("").ShouldBe(["environment variable name must be non-empty"]);
        NameValidation.IsRelaxedEnvVarName("a=b").ShouldBe(["a valid environment variable name must consist only of printable ASCII characters other than '='"]);
        NameValidation.IsRelaxedEnvVarName("é\t").ShouldBe(["a valid environment variable name must consist only of printable ASCII characters other than '='"]);
    }

    [Theory]
    [InlineData("telnet")]
    [InlineData("re-mail-ck")]
    [InlineData("pop3")]
    [InlineData("a")]
    [InlineData("a-1")]
    [InlineData("1-a")]
    [InlineData("a-1-b-2-c")]
    [InlineData("1-2-a")]
    [InlineData("abcdefghijklmno")]
    public void PortName_accepts(string value) => NameValidation.IsValidPortName(value).ShouldBeEmpty();

    public static TheoryData<string, string[]> BadPortNames => new()
    {
        { "", [PortCharsetMsg, PortLetterMsg] },
        { "abcdefghijklmnop", ["must be no more than 15 characters"] },
        { "TELNET", [PortCharsetMsg, PortLetterMsg] },
        { "Telnet", [PortCharsetMsg] },
        { "re-mail-ck-", ["must not begin or end with a hyphen"] },
        { "-re", ["must not begin or end with a hyphen"] },
        { "a--b", ["must not contain consecutive hyphens"] },
        { "123", [PortLetterMsg] },
        { "a_b", [PortCharsetMsg] },
        { "-", [PortLetterMsg, "must not begin or end with a hyphen"] },
        { "--", [PortLetterMsg, "must not contain consecutive hyphens", "must not begin or end with a hyphen"] },
        { "-a--b_c-d-e-f-g-", ["must be no more than 15 characters", PortCharsetMsg, "must not contain consecutive hyphens", "must not begin or end with a hyphen"] },
    };

    [Theory]
    [MemberData(nameof(BadPortNames))]
    public void PortName_rejects(string value, string[] messages) => NameValidation.IsValidPortName(value).ShouldBe(messages);

    [Theory]
    [InlineData(1, true)]
    [InlineData(80, true)]
    [InlineData(65535, true)]
    [InlineData(0, false)]
    [InlineData(-1, false)]
    [InlineData(65536, false)]
    [InlineData(int.MaxValue, false)]
    public void PortNum(int port, bool valid) =>
        NameValidation.IsValidPortNum(port).ShouldBe(valid ? [] : ["must be between 1 and 65535, inclusive"]);

    [Fact]
    public void Ranges_and_ids()
    {
        NameValidation.IsInRange(5, 1, 10).ShouldBeEmpty();
        NameValidation.IsInRange(11, 1, 10).ShouldBe(["must be between 1 and 10, inclusive"]);
        NameValidation.IsValidUserId(0).ShouldBeEmpty();
        NameValidation.IsValidUserId(-1).ShouldBe(["must be between 0 and 2147483647, inclusive"]);
        NameValidation.IsValidGroupId(2147483648).ShouldBe(["must be between 0 and 2147483647, inclusive"]);
    }

    [Fact]
    public void Other_formats()
    {
        NameValidation.IsConfigMapKey("key.name").ShouldBeEmpty();
        NameValidation.IsConfigMapKey("KEY_NAME-1").ShouldBeEmpty();
        NameValidation.IsConfigMapKey("a/b").ShouldBe(
            ["a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')"]);
        NameValidation.IsConfigMapKey("..").ShouldBe(["must not be '..'"]);
        NameValidation.IsConfigMapKey(A(254)).ShouldBe(["must be no more than 253 characters"]);

        NameValidation.IsValidPercent("25%").ShouldBeEmpty();
        NameValidation.IsValidPercent("25").ShouldBe(
            ["a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')"]);

        NameValidation.IsHttpHeaderName("X-Header-Name").ShouldBeEmpty();
        NameValidation.IsHttpHeaderName("X_Header").ShouldBe(
            ["a valid HTTP header must consist of alphanumeric characters or '-' (e.g. 'X-Header-Name', regex used for validation is '[-A-Za-z0-9]+')"]);

        NameValidation.IsWildcardDns1123Subdomain("*.example.com").ShouldBeEmpty();
        NameValidation.IsWildcardDns1123Subdomain("*.*.example.com").ShouldBe(
            [@"a wildcard DNS-1123 subdomain must start with '*.', followed by a valid DNS subdomain, which must consist of lower case alphanumeric characters, '-' or '.' and end with an alphanumeric character (e.g. '*.example.com', regex used for validation is '\*\.[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')"]);

        NameValidation.IsDns1123SubdomainWithUnderscore("_my_service.example.com").ShouldBeEmpty();
        NameValidation.IsDns1123SubdomainWithUnderscore("-x").ShouldBe(
            [@"a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '_', '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '_?[a-z0-9]([-_a-z0-9]*[a-z0-9])?(\._?[a-z0-9]([-_a-z0-9]*[a-z0-9])?)*')"]);
    }

    [Fact]
    public void Message_builders_match_upstream()
    {
        NameValidation.MaxLenError(253).ShouldBe("must be no more than 253 characters");
        NameValidation.MaxBytesError(63).ShouldBe("must be no more than 63 bytes");
        NameValidation.EmptyError().ShouldBe("must be non-empty");
        NameValidation.InclusiveRangeError(1, 65535).ShouldBe("must be between 1 and 65535, inclusive");
        NameValidation.RegexError("bad", "x+").ShouldBe("bad (regex used for validation is 'x+')");
        NameValidation.RegexError("bad", "x+", "x", "xx").ShouldBe("bad (e.g. 'x',  or 'xx', regex used for validation is 'x+')");
    }
}
