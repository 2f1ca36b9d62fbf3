using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Tugboat.Api.Json;
using Tugboat.Api.Meta;

namespace Tugboat.ApiServer.Http;

/// <summary>Writes API responses as JSON, or YAML when the client asked for it.</summary>
public static class ResponseWriter
{
    public static Task WriteStatusAsync(HttpContext ctx, ApiException error) =>
        WriteObjectAsync(ctx, error.Code, error.Status, ResponseFormat.Json);

    public static Task WriteObjectAsync(HttpContext ctx, int code, object value, ResponseFormat format) =>
        WriteJsonAsync(ctx, code, JsonSerializer.SerializeToUtf8Bytes(value, value.GetType(), ApiJson.Options), format);

    public static async Task WriteJsonAsync(HttpContext ctx, int code, byte[] json, ResponseFormat format)
    {
        ctx.Response.StatusCode = code;
        if (format.Yaml)
        {
            ctx.Response.ContentType = "application/yaml";
            await ctx.Response.WriteAsync(JsonToYaml.Convert(JsonNode.Parse(json)), ctx.RequestAborted);
            return;
        }
        ctx.Response.ContentType = "application/json";
        ctx.Response.ContentLength = json.Length;
        await ctx.Response.Body.WriteAsync(json, ctx.RequestAborted);
    }

    /// <summary>A list response: items are pre-serialized objects, written without re-encoding.</summary>
    public static async Task WriteListAsync(HttpContext ctx, string apiVersion, string listKind, ListMeta meta, IEnumerable<byte[]> items, ResponseFormat format)
    {
        var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("kind", listKind);
            w.WriteString("apiVersion", apiVersion);
            w.WritePropertyName("metadata");
            JsonSerializer.Serialize(w, meta, ApiJson.Options);
            w.WriteStartArray("items");
            foreach (var item in items) w.WriteRawValue(item, skipInputValidation: true);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        await WriteJsonAsync(ctx, 200, buffer.ToArray(), format);
    }
}
