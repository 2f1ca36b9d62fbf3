using System.Text;
using System.Text.Json;
using Tugboat.Api.Json;
using Tugboat.Api.Meta;
using Tugboat.ApiServer.Handlers;
using Tugboat.ApiServer.Http;
using Tugboat.ApiServer.Strategies;

namespace Tugboat.ApiServer.Tests.Strategies;

/// <summary>Runs a strategy the way the write handlers do, on objects written as YAML manifests.</summary>
internal static class StrategyFixture
{
    public static T Yaml<T>(string yaml) where T : IKubernetesObject =>
        YamlToJson.Parse(Encoding.UTF8.GetBytes(yaml)).Deserialize<T>(ApiJson.Options)!;

    /// <summary>Create: system fields, PrepareForCreate, ApplyDefaults, ValidateCreate.</summary>
    public static IReadOnlyList<FieldError> Create(IResourceStrategy strategy, IKubernetesObject obj, string? ns = "default")
    {
        obj.Metadata.Namespace ??= ns;
        ObjectMetaSystemFields.FillOnCreate(obj.Metadata);
        strategy.PrepareForCreate(obj);
        strategy.ApplyDefaults(obj);
        return strategy.ValidateCreate(obj);
    }

    /// <summary>Creates and asserts the object is valid; returns it defaulted.</summary>
    public static T Created<T>(IResourceStrategy strategy, T obj, string? ns = "default") where T : IKubernetesObject
    {
        var errors = Create(strategy, obj, ns);
        errors.Select(e => e.ToString()).ShouldBeEmpty();
        return obj;
    }

    /// <summary>Update of <paramref name="old"/> (as stored) to <paramref name="updated"/>: carry-over, prepare, defaults, validate.</summary>
    public static IReadOnlyList<FieldError> Update(IResourceStrategy strategy, IKubernetesObject old, IKubernetesObject updated)
    {
        updated.Metadata.Namespace ??= old.Metadata.Namespace;
        ObjectMetaSystemFields.CarryOverOnUpdate(updated.Metadata, old.Metadata);
        strategy.PrepareForUpdate(updated, old);
        strategy.ApplyDefaults(updated);
        return strategy.ValidateUpdate(updated, old);
    }

    /// <summary>A deep copy, to edit a stored object into an update.</summary>
    public static T Copy<T>(T obj) where T : IKubernetesObject => ApiJson.Deserialize<T>(ApiJson.Serialize(obj));

    /// <summary>The errors as kubectl prints them ("field: message").</summary>
    public static string[] Lines(IReadOnlyList<FieldError> errors) => errors.Select(e => e.ToString()).ToArray();

    /// <summary>The errors of a create, as lines.</summary>
    public static string[] CreateErrors(IResourceStrategy strategy, IKubernetesObject obj, string? ns = "default") => Lines(Create(strategy, obj, ns));

    public static string[] UpdateErrors(IResourceStrategy strategy, IKubernetesObject old, IKubernetesObject updated) => Lines(Update(strategy, old, updated));

    /// <summary>The object as JSON, to compare defaulted fields.</summary>
    public static JsonElement Json(object obj) => JsonSerializer.SerializeToElement(obj, obj.GetType(), ApiJson.Options);

    /// <summary>The JSON value at a dotted path ("spec.template.spec.dnsPolicy"; "containers.0.name" indexes lists).</summary>
    public static string? At(object obj, string path)
    {
        var e = Json(obj);
        foreach (var part in path.Split('.'))
        {
            if (e.ValueKind == JsonValueKind.Array && int.TryParse(part, out var i)) e = e[i];
            else if (e.ValueKind == JsonValueKind.Object && e.TryGetProperty(part, out var child)) e = child;
            else return null;
        }
        return e.ValueKind switch
        {
            JsonValueKind.String => e.GetString(),
            JsonValueKind.Null => null,
            _ => e.GetRawText(),
        };
    }
}
