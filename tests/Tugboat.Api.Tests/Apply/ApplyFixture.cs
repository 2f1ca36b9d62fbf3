using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Tugboat.Api.Apply;
using Tugboat.Api.Json;
using Tugboat.Api.Meta;

namespace Tugboat.Api.Tests.Apply;

/// <summary>Drives <see cref="FieldManager"/> the way the API server does, on typed objects written as JSON.</summary>
internal sealed class ApplyFixture<T>(string apiVersion, string? subresource = null, bool hasStatusSubresource = true)
    where T : class, IKubernetesObject
{
    public static readonly DateTimeOffset T0 = new(2024, 5, 1, 10, 0, 0, TimeSpan.Zero);

    public FieldManager Manager { get; } = new(typeof(T), apiVersion, subresource, hasStatusSubresource);

    public DateTimeOffset Now { get; set; } = T0;

    public static T Parse(string json) => ApiJson.Deserialize<T>(Encoding.UTF8.GetBytes(json));

    public static JsonObject Json(string json) => (JsonObject)JsonNode.Parse(json)!;

    /// <summary>A create (live null) or update by an ordinary client; returns the stored object.</summary>
    public T Write(T? live, string json, string manager) => Write(live, Parse(json), manager);

    public T Write(T? live, T updated, string manager)
    {
        updated.Metadata.ManagedFields = Manager.Update(live, updated, updated.Metadata.ManagedFields, manager, Tick());
        return updated;
    }

    /// <summary>Server-side apply; returns the stored object.</summary>
    public T Apply(T? live, string config, string manager, bool force = false) => ApplyResult(live, config, manager, force).Object;

    public (T Object, ApplyResult Result) ApplyResult(T? live, string config, string manager, bool force = false)
    {
        var result = Manager.Apply(live, Json(config), manager, force, merged => FieldManager.ToJson(Decode(merged)), Tick());
        var obj = Decode(result.Object);
        obj.Metadata.ManagedFields = result.ManagedFields;
        return (obj, result);
    }

    private DateTimeOffset Tick()
    {
        var now = Now;
        Now = Now.AddSeconds(1);
        return now;
    }

    private static T Decode(JsonObject json) => ApiJson.Deserialize<T>(Encoding.UTF8.GetBytes(json.ToJsonString()));

    /// <summary>The FieldsV1 of the entry of <paramref name="manager"/> (and operation), as compact JSON.</summary>
    public static string Fields(T obj, string manager, string? operation = null) =>
        Entry(obj, manager, operation).FieldsV1!.ToJsonString(Relaxed);

    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static ManagedFieldsEntry Entry(T obj, string manager, string? operation = null) =>
        obj.Metadata.ManagedFields?.SingleOrDefault(e => e.Manager == manager && (operation is null || e.Operation == operation))
        ?? throw new ShouldAssertException($"no managedFields entry for {manager} {operation}: {Managers(obj)}");

    public static string Managers(T obj) =>
        string.Join(", ", (obj.Metadata.ManagedFields ?? []).Select(e => $"{e.Manager}/{e.Operation}{(e.Subresource is null ? "" : "/" + e.Subresource)}"));

    public static string ToJson(T obj)
    {
        return FieldManager.ToJson(obj).ToJsonString(Relaxed);
    }

    /// <summary>JSON text in the compact form <see cref="Fields"/> returns.</summary>
    public static string J(string json) => JsonNode.Parse(json)!.ToJsonString(Relaxed);
}
