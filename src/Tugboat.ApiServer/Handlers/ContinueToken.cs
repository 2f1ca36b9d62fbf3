using System.Text;
using System.Text.Json;
using Tugboat.ApiServer.Http;

namespace Tugboat.ApiServer.Handlers;

/// <summary>The opaque `continue` of a paginated list: the revision of the first page and the key to resume after.</summary>
public sealed record ContinueToken(long Revision, string StartKey)
{
    public string Encode() =>
        Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object> { ["v"] = "meta.k8s.io/v1", ["rv"] = Revision, ["start"] = StartKey }))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static ContinueToken Decode(string token)
    {
        try
        {
            var b64 = token.Replace('-', '+').Replace('_', '/');
            b64 = b64.PadRight(b64.Length + (4 - b64.Length % 4) % 4, '=');
            using var doc = JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(b64)));
            var rv = doc.RootElement.GetProperty("rv").GetInt64();
            var start = doc.RootElement.GetProperty("start").GetString() ?? throw new FormatException();
            if (rv <= 0) throw new FormatException();
            return new ContinueToken(rv, start);
        }
        catch (Exception ex) when (ex is FormatException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw Errors.BadRequest("continue key is not valid: incorrect encoded start resourceVersion (version meta.k8s.io/v1)");
        }
    }
}
