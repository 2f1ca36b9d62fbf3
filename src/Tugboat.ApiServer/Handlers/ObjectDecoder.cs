using System.Text.Json;
using System.Text.Json.Nodes;
using Tugboat.Api.Json;
using Tugboat.Api.Meta;
using Tugboat.Api.Protobuf;
using Tugboat.Api.Schema;
using Tugboat.ApiServer.Http;
using Tugboat.ApiServer.Registry;

namespace Tugboat.ApiServer.Handlers;

/// <summary>fieldValidation query parameter: what to do with fields the schema does not know.</summary>
public enum FieldValidation { Ignore, Warn, Strict }

/// <summary>Turns a request body into a typed object of the addressed resource, checking kind and unknown fields.</summary>
public static class ObjectDecoder
{
    public static FieldValidation ParseFieldValidation(string? value) => value switch
    {
        null or "" or "Warn" => FieldValidation.Warn,
        "Strict" => FieldValidation.Strict,
        "Ignore" => FieldValidation.Ignore,
        _ => throw Errors.BadRequest($"fieldValidation parameter unsupported: {value}"),
    };

    /// <param name="warnings">Receives "unknown field" warnings in Warn mode.</param>
    public static IKubernetesObject Decode(JsonNode body, ResourceInfo resource, FieldValidation validation, List<string> warnings,
        IReadOnlyList<string>? duplicates = null)
    {
        if (body is not JsonObject obj) throw Errors.BadRequest($"{resource.Kind} in version \"{resource.Version}\" cannot be handled as a {resource.Kind}: the body must be a JSON object");
        CheckKind(obj, resource);
        var schema = SchemaRegistry.For(resource.ClrType);
        if (validation != FieldValidation.Ignore)
        {
            var problems = (duplicates ?? []).Select(d => $"duplicate field \"{d}\"")
                .Concat(UnknownFields.Find(obj, schema).Select(u => $"unknown field \"{u}\""))
                .ToList();
            if (problems.Count > 0)
            {
                if (validation == FieldValidation.Strict)
                    throw Errors.BadRequest($"{resource.Kind} in version \"{resource.Version}\" cannot be handled as a {resource.Kind}: strict decoding error: {string.Join(", ", problems)}");
                warnings.AddRange(problems);
            }
        }
        try
        {
            var value = (IKubernetesObject)(obj.Deserialize(resource.ClrType, ApiJson.Options) ?? throw new JsonException("null object"));
            value.ApiVersion = resource.ApiVersion;
            value.Kind = resource.Kind;
            value.Metadata ??= new ObjectMeta();
            return value;
        }
        catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException)
        {
            throw Errors.BadRequest($"{resource.Kind} in version \"{resource.Version}\" cannot be handled as a {resource.Kind}: {DescribeDecodeError(ex)}");
        }
    }

    /// <summary>A body in Kubernetes' protobuf envelope, as kubectl's typed generators send it.</summary>
    public static IKubernetesObject DecodeProtobuf(byte[] body, ResourceInfo resource)
    {
        if (!KubernetesProtobuf.TryReadTypeMeta(body, out var apiVersion, out var kind))
            throw Errors.BadRequest($"{resource.Kind} in version \"{resource.Version}\" cannot be handled as a {resource.Kind}: provided data does not appear to be a protobuf message, expected prefix [107 56 115 0]");
        CheckKind(apiVersion.Length == 0 ? null : apiVersion, kind.Length == 0 ? null : kind, "", resource);
        try
        {
            var value = (IKubernetesObject)KubernetesProtobuf.Decode(body, resource.ClrType);
            value.ApiVersion = resource.ApiVersion;
            value.Kind = resource.Kind;
            value.Metadata ??= new ObjectMeta();
            return value;
        }
        catch (FormatException ex)
        {
            throw Errors.BadRequest($"{resource.Kind} in version \"{resource.Version}\" cannot be handled as a {resource.Kind}: {ex.Message}");
        }
    }

    private static void CheckKind(JsonObject obj, ResourceInfo resource)
    {
        var apiVersion = obj["apiVersion"]?.GetValueKind() == JsonValueKind.String ? obj["apiVersion"]!.GetValue<string>() : null;
        var kind = obj["kind"]?.GetValueKind() == JsonValueKind.String ? obj["kind"]!.GetValue<string>() : null;
        CheckKind(apiVersion, kind, Truncate(obj.ToJsonString()), resource);
    }

    private static void CheckKind(string? apiVersion, string? kind, string body, ResourceInfo resource)
    {
        if (string.IsNullOrEmpty(kind) && string.IsNullOrEmpty(apiVersion)) return; // kubectl always sends both; raw clients may omit them
        if (string.IsNullOrEmpty(kind)) throw Errors.BadRequest("Object 'Kind' is missing in '" + body + "'");
        if (apiVersion is not null && apiVersion != resource.ApiVersion)
            throw Errors.BadRequest($"the API version in the data ({apiVersion}) does not match the expected API version ({resource.ApiVersion})");
        if (kind != resource.Kind)
            throw Errors.BadRequest($"the kind in the data ({kind}) does not match the expected kind ({resource.Kind})");
    }

    private static string DescribeDecodeError(Exception ex)
    {
        var message = ex.Message;
        if (ex is JsonException { Path: { } path })
        {
            var field = path.TrimStart('$', '.');
            var reason = message.Split(" Path:")[0];
            return $"json: cannot unmarshal into field \"{field}\": {reason}";
        }
        return message;
    }

    private static string Truncate(string s) => s.Length > 200 ? s[..200] + "..." : s;
}
