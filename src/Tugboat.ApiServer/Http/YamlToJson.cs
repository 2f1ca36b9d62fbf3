using System.Globalization;
using System.Text.Json.Nodes;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Tugboat.ApiServer.Http;

/// <summary>Converts one YAML document into JSON with YAML 1.1-ish scalar typing as Kubernetes' sigs.k8s.io/yaml does.</summary>
public static class YamlToJson
{
    public static JsonNode Parse(byte[] body)
    {
        var stream = new YamlStream();
        try
        {
            using var reader = new StringReader(System.Text.Encoding.UTF8.GetString(body));
            stream.Load(reader);
        }
        catch (YamlException ex)
        {
            throw Errors.BadRequest($"error converting YAML to JSON: yaml: line {ex.Start.Line}: {ex.InnerException?.Message ?? ex.Message}");
        }
        if (stream.Documents.Count == 0) throw Errors.BadRequest("error converting YAML to JSON: empty document");
        return Convert(stream.Documents[0].RootNode) ?? throw Errors.BadRequest("the body is null");
    }

    public static JsonNode? Convert(YamlNode node) => node switch
    {
        YamlMappingNode map => ConvertMap(map),
        YamlSequenceNode seq => new JsonArray(seq.Children.Select(Convert).ToArray()),
        YamlScalarNode scalar => ConvertScalar(scalar),
        _ => null,
    };

    private static JsonObject ConvertMap(YamlMappingNode map)
    {
        var obj = new JsonObject();
        foreach (var (key, value) in map.Children)
        {
            var name = key is YamlScalarNode s ? s.Value ?? "" : key.ToString();
            obj[name] = Convert(value);
        }
        return obj;
    }

    private static JsonNode? ConvertScalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? "";
        if (scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted or ScalarStyle.Literal or ScalarStyle.Folded)
            return JsonValue.Create(text);
        if (!scalar.Tag.IsEmpty && !scalar.Tag.IsNonSpecific && scalar.Tag.Value == "tag:yaml.org,2002:str") return JsonValue.Create(text);
        switch (text)
        {
            case "" or "~" or "null" or "Null" or "NULL": return null;
            case "true" or "True" or "TRUE" or "yes" or "Yes" or "YES" or "on" or "On" or "ON": return JsonValue.Create(true);
            case "false" or "False" or "FALSE" or "no" or "No" or "NO" or "off" or "Off" or "OFF": return JsonValue.Create(false);
        }
        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l)) return JsonValue.Create(l);
        if (text.StartsWith("0x", StringComparison.Ordinal) && long.TryParse(text.AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var hex))
            return JsonValue.Create(hex);
        if (LooksNumeric(text) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)) return JsonValue.Create(d);
        return JsonValue.Create(text);
    }

    private static bool LooksNumeric(string text) =>
        text.Length > 0 && (char.IsDigit(text[0]) || text[0] is '-' or '+' or '.') && text.Any(char.IsDigit) &&
        text.All(c => char.IsDigit(c) || c is '.' or 'e' or 'E' or '-' or '+');
}
