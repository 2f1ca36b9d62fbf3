using System.Text;
using System.Text.Json;
using Tugboat.Api.Core.V1;
using Tugboat.Api.Meta;
using Tugboat.Api.Validation;
using Tugboat.ApiServer.Http;
using Tugboat.ApiServer.Validation;

namespace Tugboat.ApiServer.Strategies;

/// <summary>
/// Secrets: type Opaque by default, stringData merged into data (v1 conversion), key names, the 1 MiB limit, the
/// keys each built-in type needs; the type never changes and the data is frozen once immutable.
/// </summary>
public sealed class SecretStrategy() : GenericStrategy(hasStatus: false, namespaced: true)
{
    public override void ApplyDefaults(IKubernetesObject obj)
    {
        var secret = (Secret)obj;
        if (string.IsNullOrEmpty(secret.Type)) secret.Type = "Opaque";
        if (secret.StringData is { Count: > 0 } stringData)
        {
            secret.Data ??= [];
            foreach (var (key, value) in stringData) secret.Data[key] = Encoding.UTF8.GetBytes(value);
        }
        secret.StringData = null;
    }

    public override IReadOnlyList<FieldError> ValidateCreate(IKubernetesObject obj)
    {
        var errors = new List<FieldError>(base.ValidateCreate(obj));
        Validate((Secret)obj, errors);
        return errors;
    }

    public override IReadOnlyList<FieldError> ValidateUpdate(IKubernetesObject obj, IKubernetesObject old)
    {
        var errors = new List<FieldError>(base.ValidateUpdate(obj, old));
        var secret = (Secret)obj;
        var previous = (Secret)old;
        Checks.Immutable(secret.Type, previous.Type, "type", errors);
        if (previous.Immutable == true)
        {
            if (secret.Immutable != true) errors.Add(FieldError.Forbidden("immutable", ConfigMapStrategy.ImmutableMessage));
            if (!Checks.SameValue(secret.Data, previous.Data)) errors.Add(FieldError.Forbidden("data", ConfigMapStrategy.ImmutableMessage));
        }
        Validate(secret, errors);
        return errors;
    }

    private static void Validate(Secret secret, List<FieldError> errors)
    {
        var data = secret.Data ?? [];
        long total = 0;
        foreach (var (key, value) in data)
        {
            foreach (var m in NameValidation.IsConfigMapKey(key)) errors.Add(FieldError.Invalid($"data[{key}]", key, m));
            total += value.Length;
        }
        if (total > ConfigMapStrategy.MaxSize) errors.Add(FieldError.TooLong("data", ConfigMapStrategy.MaxSize));

        switch (secret.Type)
        {
            case "kubernetes.io/service-account-token":
                if (secret.Metadata.Annotations?.GetValueOrDefault("kubernetes.io/service-account.name") is not { Length: > 0 })
                    errors.Add(FieldError.Required("metadata.annotations[kubernetes.io/service-account.name]"));
                break;
            case "kubernetes.io/dockercfg":
                JsonKey(data, ".dockercfg", errors);
                break;
            case "kubernetes.io/dockerconfigjson":
                JsonKey(data, ".dockerconfigjson", errors);
                break;
            case "kubernetes.io/basic-auth":
                if (!data.ContainsKey("username") && !data.ContainsKey("password"))
                {
                    errors.Add(FieldError.Required("data[username]"));
                    errors.Add(FieldError.Required("data[password]"));
                }
                break;
            case "kubernetes.io/ssh-auth":
                if (data.GetValueOrDefault("ssh-privatekey") is not { Length: > 0 }) errors.Add(FieldError.Required("data[ssh-privatekey]"));
                break;
            case "kubernetes.io/tls":
                if (!data.ContainsKey("tls.crt")) errors.Add(FieldError.Required("data[tls.crt]"));
                if (!data.ContainsKey("tls.key")) errors.Add(FieldError.Required("data[tls.key]"));
                break;
        }
    }

    private static void JsonKey(Dictionary<string, byte[]> data, string key, List<FieldError> errors)
    {
        if (!data.TryGetValue(key, out var bytes))
        {
            errors.Add(FieldError.Required($"data[{key}]"));
            return;
        }
        if (JsonObjectError(bytes) is { } error) errors.Add(FieldError.Invalid($"data[{key}]", "<secret contents redacted>", error));
    }

    /// <summary>What Go's json.Unmarshal into a map says about bytes that are not a JSON object (approximately).</summary>
    private static string? JsonObjectError(byte[] bytes)
    {
        try
        {
            using var doc = JsonDocument.Parse(bytes);
            return doc.RootElement.ValueKind switch
            {
                JsonValueKind.Object or JsonValueKind.Null => null,
                var kind => $"json: cannot unmarshal {GoKind(kind)} into Go value of type map[string]interface {{}}",
            };
        }
        catch (JsonException)
        {
            var text = Encoding.UTF8.GetString(bytes).TrimStart();
            if (text.Length == 0) return "unexpected end of JSON input";
            return text[0] is '{' or '[' or '"' or '-' or 't' or 'f' or 'n' || char.IsAsciiDigit(text[0])
                ? "unexpected end of JSON input"
                : $"invalid character '{text[0]}' looking for beginning of value";
        }
    }

    private static string GoKind(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "array",
        JsonValueKind.String => "string",
        JsonValueKind.Number => "number",
        _ => "bool",
    };
}
