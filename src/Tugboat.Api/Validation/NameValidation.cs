using System.Text;
using System.Text.RegularExpressions;

namespace Tugboat.Api.Validation;

/// <summary>
/// String-format checks of k8s.io/apimachinery/pkg/util/validation (and api/validate/content, which
/// label keys and values use since Kubernetes 1.35). Each returns the list of upstream error texts,
/// empty when the value is valid. Lengths are UTF-8 byte counts, as Go's len().
/// </summary>
public static partial class NameValidation
{
    public const int Dns1123LabelMaxLength = 63;
    public const int Dns1123SubdomainMaxLength = 253;
    public const int Dns1035LabelMaxLength = 63;
    public const int QualifiedNameMaxLength = 63;
    public const int LabelValueMaxLength = 63;
    public const int PortNameMaxLength = 15;

    private const string Dns1123LabelFmt = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";
    private const string Dns1123LabelErrMsg =
        "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character";
    private const string Dns1123SubdomainFmt = Dns1123LabelFmt + "(\\." + Dns1123LabelFmt + ")*";
    private const string Dns1123SubdomainErrMsg =
        "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character";
    private const string Dns1123LabelWithUnderscoreFmt = "_?[a-z0-9]([-_a-z0-9]*[a-z0-9])?";
    private const string Dns1123SubdomainWithUnderscoreFmt =
        Dns1123LabelWithUnderscoreFmt + "(\\." + Dns1123LabelWithUnderscoreFmt + ")*";
    private const string Dns1123SubdomainWithUnderscoreErrMsg =
        "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '_', '-' or '.', and must start and end with an alphanumeric character";
    private const string WildcardDns1123SubdomainFmt = "\\*\\." + Dns1123SubdomainFmt;
    private const string WildcardDns1123SubdomainErrMsg =
        "a wildcard DNS-1123 subdomain must start with '*.', followed by a valid DNS subdomain, which must consist of lower case alphanumeric characters, '-' or '.' and end with an alphanumeric character";
    private const string Dns1035LabelFmt = "[a-z]([-a-z0-9]*[a-z0-9])?";
    private const string Dns1035LabelErrMsg =
        "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character";
    private const string LabelKeyFmt = "([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]";
    private const string LabelKeyErrMsg =
        "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
    private const string LabelValueFmt = "(" + LabelKeyFmt + ")?";
    private const string LabelValueErrMsg =
        "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
    private const string CIdentifierFmt = "[A-Za-z_][A-Za-z0-9_]*";
    private const string CIdentifierErrMsg =
        "a valid C identifier must start with alphabetic character or '_', followed by a string of alphanumeric characters or '_'";
    private const string EnvVarNameFmt = "[-._a-zA-Z][-._a-zA-Z0-9]*";
    private const string EnvVarNameErrMsg =
        "a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit";
    private const string RelaxedEnvVarNameErrMsg =
        "a valid environment variable name must consist only of printable ASCII characters other than '='";
    private const string ConfigMapKeyFmt = "[-._a-zA-Z0-9]+";
    private const string ConfigMapKeyErrMsg = "a valid config key must consist of alphanumeric characters, '-', '_' or '.'";
    private const string PercentFmt = "[0-9]+%";
    private const string PercentErrMsg = "a valid percent string must be a numeric string followed by an ending '%'";
    private const string HttpHeaderNameFmt = "[-A-Za-z0-9]+";
    private const string HttpHeaderNameErrMsg = "a valid HTTP header must consist of alphanumeric characters or '-'";

    [GeneratedRegex("^" + Dns1123LabelFmt + @"\z")]
    private static partial Regex Dns1123LabelRegex();
    [GeneratedRegex("^" + Dns1123SubdomainFmt + @"\z")]
    private static partial Regex Dns1123SubdomainRegex();
    [GeneratedRegex("^" + Dns1123SubdomainWithUnderscoreFmt + @"\z")]
    private static partial Regex Dns1123SubdomainWithUnderscoreRegex();
    [GeneratedRegex("^" + WildcardDns1123SubdomainFmt + @"\z")]
    private static partial Regex WildcardDns1123SubdomainRegex();
    [GeneratedRegex("^" + Dns1035LabelFmt + @"\z")]
    private static partial Regex Dns1035LabelRegex();
    [GeneratedRegex("^" + LabelKeyFmt + @"\z")]
    private static partial Regex LabelKeyRegex();
    [GeneratedRegex("^" + LabelValueFmt + @"\z")]
    private static partial Regex LabelValueRegex();
    [GeneratedRegex("^" + CIdentifierFmt + @"\z")]
    private static partial Regex CIdentifierRegex();
    [GeneratedRegex("^" + EnvVarNameFmt + @"\z")]
    private static partial Regex EnvVarNameRegex();
    [GeneratedRegex("^" + ConfigMapKeyFmt + @"\z")]
    private static partial Regex ConfigMapKeyRegex();
    [GeneratedRegex("^" + PercentFmt + @"\z")]
    private static partial Regex PercentRegex();
    [GeneratedRegex("^" + HttpHeaderNameFmt + @"\z")]
    private static partial Regex HttpHeaderNameRegex();
    [GeneratedRegex(@"^[-a-z0-9]+\z")]
    private static partial Regex PortNameCharsetRegex();

    private static readonly IReadOnlyList<string> Valid = [];

    // ---------------------------------------------------------------- DNS names

    /// <summary>A lowercase RFC 1123 subdomain (most object names).</summary>
    public static IReadOnlyList<string> IsDns1123Subdomain(string value) =>
        Dns1123Subdomain(value, MaxLenError(Dns1123SubdomainMaxLength));

    /// <summary>A lowercase RFC 1123 label (e.g. namespace names).</summary>
    public static IReadOnlyList<string> IsDns1123Label(string value)
    {
        var errs = new List<string>();
        if (ByteLength(value) > Dns1123LabelMaxLength) errs.Add(MaxLenError(Dns1123LabelMaxLength));
        if (!Dns1123LabelRegex().IsMatch(value))
        {
            // a valid subdomain but not a valid label: since the length was checked already, it must be dots
            errs.Add(Dns1123SubdomainRegex().IsMatch(value)
                ? "must not contain dots"
                : RegexError(Dns1123LabelErrMsg, Dns1123LabelFmt, "my-name", "123-abc"));
        }
        return Result(errs);
    }

    /// <summary>An RFC 1123 subdomain that also allows '_' (IsDNS1123SubdomainWithUnderscore).</summary>
    public static IReadOnlyList<string> IsDns1123SubdomainWithUnderscore(string value)
    {
        var errs = new List<string>();
        if (ByteLength(value) > Dns1123SubdomainMaxLength) errs.Add(MaxLenError(Dns1123SubdomainMaxLength));
        if (!Dns1123SubdomainWithUnderscoreRegex().IsMatch(value))
            errs.Add(RegexError(Dns1123SubdomainWithUnderscoreErrMsg, Dns1123SubdomainWithUnderscoreFmt, "example.com"));
        return Result(errs);
    }

    /// <summary>A wildcard subdomain such as "*.example.com" (RFC 1034 section 4.3.3).</summary>
    public static IReadOnlyList<string> IsWildcardDns1123Subdomain(string value)
    {
        var errs = new List<string>();
        if (ByteLength(value) > Dns1123SubdomainMaxLength) errs.Add(MaxLenError(Dns1123SubdomainMaxLength));
        if (!WildcardDns1123SubdomainRegex().IsMatch(value))
            errs.Add(RegexError(WildcardDns1123SubdomainErrMsg, WildcardDns1123SubdomainFmt, "*.example.com"));
        return Result(errs);
    }

    /// <summary>An RFC 1035 label (e.g. service names).</summary>
    public static IReadOnlyList<string> IsDns1035Label(string value)
    {
        var errs = new List<string>();
        if (ByteLength(value) > Dns1035LabelMaxLength) errs.Add(MaxLenError(Dns1035LabelMaxLength));
        if (!Dns1035LabelRegex().IsMatch(value))
            errs.Add(RegexError(Dns1035LabelErrMsg, Dns1035LabelFmt, "my-name", "abc-123"));
        return Result(errs);
    }

    // ---------------------------------------------------------------- labels and annotations

    /// <summary>A qualified name: a label key or annotation key, "[prefix/]name" (content.IsLabelKey).</summary>
    public static IReadOnlyList<string> IsQualifiedName(string value)
    {
        var errs = new List<string>();
        var parts = value.Split('/');
        string name;
        switch (parts.Length)
        {
            case 1:
                name = parts[0];
                break;
            case 2:
                var prefix = parts[0];
                name = parts[1];
                if (prefix.Length == 0)
                    errs.Add("prefix part " + EmptyError());
                else
                    errs.AddRange(Dns1123Subdomain(prefix, MaxBytesError(Dns1123SubdomainMaxLength)).Select(msg => "prefix part " + msg));
                break;
            default:
                return
                [
                    "a valid label key " + RegexError(LabelKeyErrMsg, LabelKeyFmt, "MyName", "my.name", "123-abc") +
                    " with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')",
                ];
        }

        if (name.Length == 0)
            errs.Add("name part " + EmptyError());
        else if (ByteLength(name) > QualifiedNameMaxLength)
            errs.Add("name part " + MaxBytesError(QualifiedNameMaxLength));
        if (!LabelKeyRegex().IsMatch(name))
            errs.Add("name part " + RegexError(LabelKeyErrMsg, LabelKeyFmt, "MyName", "my.name", "123-abc"));
        return Result(errs);
    }

    /// <summary>A label key: the same format as <see cref="IsQualifiedName"/>.</summary>
    public static IReadOnlyList<string> IsLabelKey(string value) => IsQualifiedName(value);

    /// <summary>A label value: empty, or up to 63 alphanumerics, '-', '_' and '.', alphanumeric at both ends.</summary>
    public static IReadOnlyList<string> IsValidLabelValue(string value)
    {
        var errs = new List<string>();
        if (ByteLength(value) > LabelValueMaxLength) errs.Add(MaxBytesError(LabelValueMaxLength));
        if (!LabelValueRegex().IsMatch(value))
            errs.Add(RegexError(LabelValueErrMsg, LabelValueFmt, "MyValue", "my_value", "12345"));
        return Result(errs);
    }

    // ---------------------------------------------------------------- identifiers and keys

    /// <summary>A C identifier (format only, not length).</summary>
    public static IReadOnlyList<string> IsCIdentifier(string value) =>
        CIdentifierRegex().IsMatch(value) ? Valid : [RegexError(CIdentifierErrMsg, CIdentifierFmt, "my_name", "MY_NAME", "MyName")];

    /// <summary>An environment variable name (IsEnvVarName).</summary>
    public static IReadOnlyList<string> IsEnvVarName(string value)
    {
        var errs = new List<string>();
        if (!EnvVarNameRegex().IsMatch(value))
            errs.Add(RegexError(EnvVarNameErrMsg, EnvVarNameFmt, "my.env-name", "MY_ENV.NAME", "MyEnvName1"));
        errs.AddRange(ChDirPrefixErrors(value));
        return Result(errs);
    }

    /// <summary>An environment variable name under RelaxedEnvironmentVariableValidation.</summary>
    public static IReadOnlyList<string> IsRelaxedEnvVarName(string value)
    {
        var errs = new List<string>();
        if (value.Length == 0) errs.Add("environment variable name " + EmptyError());
        foreach (var c in value)
        {
            if (c > 0x7f || c < 0x20 || c == 0x7f || c == '=')
            {
                errs.Add(RelaxedEnvVarNameErrMsg);
                break;
            }
        }
        return Result(errs);
    }

    /// <summary>A ConfigMap or Secret key.</summary>
    public static IReadOnlyList<string> IsConfigMapKey(string value)
    {
        var errs = new List<string>();
        if (ByteLength(value) > Dns1123SubdomainMaxLength) errs.Add(MaxLenError(Dns1123SubdomainMaxLength));
        if (!ConfigMapKeyRegex().IsMatch(value))
            errs.Add(RegexError(ConfigMapKeyErrMsg, ConfigMapKeyFmt, "key.name", "KEY_NAME", "key-name"));
        errs.AddRange(ChDirPrefixErrors(value));
        return Result(errs);
    }

    /// <summary>An HTTP header name as Go's HTTP library accepts it.</summary>
    public static IReadOnlyList<string> IsHttpHeaderName(string value) =>
        HttpHeaderNameRegex().IsMatch(value) ? Valid : [RegexError(HttpHeaderNameErrMsg, HttpHeaderNameFmt, "X-Header-Name")];

    /// <summary>A percentage string such as "25%".</summary>
    public static IReadOnlyList<string> IsValidPercent(string value) =>
        PercentRegex().IsMatch(value) ? Valid : [RegexError(PercentErrMsg, PercentFmt, "1%", "93%")];

    // ---------------------------------------------------------------- ports and numbers

    /// <summary>An IANA_SVC_NAME: up to 15 of [-a-z0-9], at least one letter, no leading, trailing or doubled '-'.</summary>
    public static IReadOnlyList<string> IsValidPortName(string port)
    {
        var errs = new List<string>();
        if (ByteLength(port) > PortNameMaxLength) errs.Add(MaxLenError(PortNameMaxLength));
        if (!PortNameCharsetRegex().IsMatch(port))
            errs.Add("must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)");
        if (!port.Any(c => c is >= 'a' and <= 'z'))
            errs.Add("must contain at least one letter (a-z)");
        if (port.Contains("--", StringComparison.Ordinal))
            errs.Add("must not contain consecutive hyphens");
        if (port.Length > 0 && (port[0] == '-' || port[^1] == '-'))
            errs.Add("must not begin or end with a hyphen");
        return Result(errs);
    }

    /// <summary>A valid, non-zero port number (1-65535).</summary>
    public static IReadOnlyList<string> IsValidPortNum(int port) => IsInRange(port, 1, 65535);

    /// <summary>min &lt;= value &lt;= max.</summary>
    public static IReadOnlyList<string> IsInRange(long value, long min, long max) =>
        value >= min && value <= max ? Valid : [InclusiveRangeError(min, max)];

    /// <summary>A Unix UID (0 to 2^31-1).</summary>
    public static IReadOnlyList<string> IsValidUserId(long uid) => IsInRange(uid, 0, int.MaxValue);

    /// <summary>A Unix GID (0 to 2^31-1).</summary>
    public static IReadOnlyList<string> IsValidGroupId(long gid) => IsInRange(gid, 0, int.MaxValue);

    // ---------------------------------------------------------------- message builders

    /// <summary>"must be no more than N characters" (util/validation.MaxLenError).</summary>
    public static string MaxLenError(int length) => $"must be no more than {length} characters";

    /// <summary>"must be no more than N bytes" (api/validate/content.MaxLenError, used for label keys and values).</summary>
    public static string MaxBytesError(int length) => $"must be no more than {length} bytes";

    public static string EmptyError() => "must be non-empty";

    public static string InclusiveRangeError(long lo, long hi) => $"must be between {lo} and {hi}, inclusive";

    /// <summary>upstream RegexError: the message, optional examples, and the regex shown to the user.</summary>
    public static string RegexError(string message, string regex, params string[] examples)
    {
        if (examples.Length == 0) return message + " (regex used for validation is '" + regex + "')";
        var text = new StringBuilder(message).Append(" (e.g. ");
        for (var i = 0; i < examples.Length; i++)
        {
            if (i > 0) text.Append(" or ");
            text.Append('\'').Append(examples[i]).Append("', ");
        }
        return text.Append("regex used for validation is '").Append(regex).Append("')").ToString();
    }

    // ---------------------------------------------------------------- helpers

    private static IReadOnlyList<string> Dns1123Subdomain(string value, string tooLongMessage)
    {
        var errs = new List<string>();
        if (ByteLength(value) > Dns1123SubdomainMaxLength) errs.Add(tooLongMessage);
        if (!Dns1123SubdomainRegex().IsMatch(value))
            errs.Add(RegexError(Dns1123SubdomainErrMsg, Dns1123SubdomainFmt, "example.com"));
        return Result(errs);
    }

    private static IEnumerable<string> ChDirPrefixErrors(string value)
    {
        if (value == ".") yield return "must not be '.'";
        else if (value == "..") yield return "must not be '..'";
        else if (value.StartsWith("..", StringComparison.Ordinal)) yield return "must not start with '..'";
    }

    private static int ByteLength(string value) => Encoding.UTF8.GetByteCount(value);

    private static IReadOnlyList<string> Result(List<string> errs) => errs.Count == 0 ? Valid : errs;
}
