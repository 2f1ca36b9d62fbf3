using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Tugboat.ApiServer.Http;

/// <summary>Reads a request body (JSON or YAML) into a JsonNode, enforcing kube-apiserver's 3 MiB limit.</summary>
public static class BodyReader
{
    public const long MaxBodyBytes = 3 * 1024 * 1024;

    public static async Task<byte[]> ReadBytesAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentLength > MaxBodyBytes) throw Errors.TooLarge(MaxBodyBytes);
        using var buffer = new MemoryStream(request.ContentLength is long n and > 0 ? (int)n : 4096);
        var chunk = new byte[16384];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes) throw Errors.TooLarge(MaxBodyBytes);
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    /// <param name="duplicates">Receives the paths of repeated keys (the last value is kept); null to ignore them.</param>
    public static JsonNode ParseObject(byte[] body, string? contentType, string what, List<string>? duplicates = null)
    {
        var media = (contentType ?? "application/json").Split(';')[0].Trim();
        if (media is not ("application/json" or "application/yaml" or "application/apply-patch+yaml" or "text/yaml" or "application/merge-patch+json"
            or "application/strategic-merge-patch+json" or "application/json-patch+json" or "*/*" or ""))
            throw Errors.UnsupportedMediaType(contentType ?? "");
        if (media is "application/yaml" or "application/apply-patch+yaml" or "text/yaml")
            return YamlToJson.Parse(body);
        try
        {
            var repeated = DuplicateFields.Find(body);
            duplicates?.AddRange(repeated);
            var node = repeated.Count > 0
                ? DuplicateFields.LastWins(body)
                : JsonNode.Parse(body, documentOptions: new JsonDocumentOptions { MaxDepth = 1000 });
            return node ?? throw Errors.BadRequest($"{what}: the body is null");
        }
        catch (JsonException ex)
        {
            throw Errors.BadRequest($"{what}: {Describe(ex)}");
        }
    }

    private static string Describe(JsonException ex)
    {
        var where = ex.LineNumber is long line ? $" at line {line + 1}, column {(ex.BytePositionInLine ?? 0) + 1}" : "";
        var reason = ex.Message.Split(" Path:")[0].Split(" LineNumber:")[0];
        return $"invalid JSON{where}: {reason}";
    }
}
