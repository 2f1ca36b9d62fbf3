using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Tugboat.Api.Schema;
using Tugboat.ApiServer.Registry;

namespace Tugboat.ApiServer.OpenApi;

/// <summary>
/// Serves /openapi/v3 (the root: one serverRelativeURL with a hash per document) and /openapi/v3/&lt;path&gt;
/// (the OpenAPI 3.0 document of a group/version, or of "api", "apis", "apis/&lt;group&gt;"), as kube-apiserver does.
/// Documents are built on first request and kept as JSON bytes. A document's hash (its ETag and the ?hash= of its
/// URL) is known without building it: it digests everything the document is made from (the catalog, this build of
/// the API types and of the generator), so the root costs nothing and a changed document always gets a new URL.
/// </summary>
public sealed class OpenApiDocuments : IOpenApiDocuments
{
    private const string Prefix = "/openapi/v3";

    /// <summary>Bumped whenever the generator's output changes in a way the assembly versions would not show.</summary>
    private const string GeneratorVersion = "tugboat-openapi-v3/1";

    private sealed class Document(string hash, Func<byte[]> build)
    {
        public string Hash { get; } = hash;
        public string ETag { get; } = "\"" + hash + "\"";
        public Lazy<byte[]> Json { get; } = new(build, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    private readonly SortedDictionary<string, Document> _documents = new(StringComparer.Ordinal);
    private readonly Lazy<(byte[] Json, string ETag)> _root;

    /// <param name="catalog">The served resources.</param>
    /// <param name="kubernetesVersion">The info.version of the documents (upstream writes the server's git version there).</param>
    public OpenApiDocuments(ResourceCatalog catalog, string kubernetesVersion = "unversioned")
    {
        var fingerprint = Fingerprint(catalog, kubernetesVersion);
        void Add(string key, Func<byte[]> build) => _documents[key] = new Document(Hash(fingerprint, key), build);

        foreach (var groupVersions in catalog.GroupVersions)
        {
            var group = groupVersions.Group;
            if (group.Length == 0) Add("api", () => OpenApiDocumentBuilder.CoreVersions(kubernetesVersion));
            else Add($"apis/{group}", () => OpenApiDocumentBuilder.Group(kubernetesVersion, group));
            foreach (var version in groupVersions.Versions)
            {
                var resources = catalog.InGroupVersion(group, version).ToList();
                Add(OpenApiNames.GroupVersionKey(group, version),
                    () => OpenApiDocumentBuilder.GroupVersion(resources, group, version, kubernetesVersion));
            }
        }
        Add("apis", () => OpenApiDocumentBuilder.Groups(kubernetesVersion));
        _root = new Lazy<(byte[], string)>(BuildRoot);
    }

    /// <summary>The paths listed by the root ("api/v1", "apis/apps/v1", "apis/apps", "apis", ...).</summary>
    public IReadOnlyCollection<string> Paths => _documents.Keys;

    /// <summary>The JSON of the root discovery document.</summary>
    public byte[] Root => _root.Value.Json;

    /// <summary>The JSON of one document ("api/v1", "apis/apps/v1"), or null when there is none.</summary>
    public byte[]? Get(string path) => _documents.TryGetValue(path, out var document) ? document.Json.Value : null;

    /// <summary>The hash in the URL of one document, or null when there is none.</summary>
    public string? HashOf(string path) => _documents.GetValueOrDefault(path)?.Hash;

    public async Task ServeAsync(HttpContext ctx, string path)
    {
        var request = ctx.Request;
        var response = ctx.Response;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.Headers.Allow = "GET, HEAD";
            await WriteStatusAsync(ctx, 405, "MethodNotAllowed", $"the server does not allow this method on the requested resource");
            return;
        }

        string key;
        if (path == Prefix || path == Prefix + "/") key = "";
        else if (path.StartsWith(Prefix + "/", StringComparison.Ordinal)) key = path[(Prefix.Length + 1)..].TrimEnd('/');
        else
        {
            await WriteStatusAsync(ctx, 404, "NotFound", "the server could not find the requested resource");
            return;
        }

        if (key.Length == 0)
        {
            var (json, etag) = _root.Value;
            await WriteDocumentAsync(ctx, json, etag);
            return;
        }
        if (!_documents.TryGetValue(key, out var document))
        {
            await WriteStatusAsync(ctx, 404, "NotFound", "the server could not find the requested resource");
            return;
        }

        // The JSON is the same whatever the Accept header asks for (kubectl reads JSON; a client asking for the
        // protobuf encoding gets JSON with a JSON Content-Type).
        response.Headers.Vary = "Accept";
        var hash = request.Query["hash"].ToString();
        if (hash.Length > 0)
        {
            if (hash != document.Hash)
            {
                response.StatusCode = StatusCodes.Status301MovedPermanently;
                response.Headers.Location = ServerRelativeUrl(key, document.Hash);
                return;
            }
            response.Headers.CacheControl = "public, immutable";
            response.Headers.Expires = DateTimeOffset.UtcNow.AddYears(1).ToString("R");
        }
        await WriteDocumentAsync(ctx, document.Json.Value, document.ETag);
    }

    private static async Task WriteDocumentAsync(HttpContext ctx, byte[] json, string etag)
    {
        var response = ctx.Response;
        response.Headers.ETag = etag;
        if (Matches(ctx.Request.Headers.IfNoneMatch.ToString(), etag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json";
        response.ContentLength = json.Length;
        if (HttpMethods.IsHead(ctx.Request.Method)) return;
        await response.Body.WriteAsync(json, ctx.RequestAborted);
    }

    /// <summary>If-None-Match: "*", or a comma-separated list of (possibly weak) entity tags.</summary>
    private static bool Matches(string ifNoneMatch, string etag)
    {
        if (ifNoneMatch.Length == 0) return false;
        foreach (var candidate in ifNoneMatch.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (candidate == "*") return true;
            var tag = candidate.StartsWith("W/", StringComparison.Ordinal) ? candidate[2..] : candidate;
            if (tag == etag) return true;
        }
        return false;
    }

    private (byte[], string) BuildRoot()
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream))
        {
            w.WriteStartObject();
            w.WriteStartObject("paths");
            foreach (var (key, document) in _documents)
            {
                w.WriteStartObject(key);
                w.WriteString("serverRelativeURL", ServerRelativeUrl(key, document.Hash));
                w.WriteEndObject();
            }
            w.WriteEndObject();
            w.WriteEndObject();
        }
        var json = stream.ToArray();
        return (json, "\"" + Convert.ToHexString(SHA512.HashData(json)) + "\"");
    }

    private static string ServerRelativeUrl(string key, string hash) => $"{Prefix}/{key}?hash={hash}";

    private static string Hash(string fingerprint, string key) =>
        Convert.ToHexString(SHA512.HashData(Encoding.UTF8.GetBytes(key + "\n" + fingerprint)));

    /// <summary>Everything a document is derived from: the generator, the compiled API types, and the served resources.</summary>
    private static string Fingerprint(ResourceCatalog catalog, string kubernetesVersion)
    {
        var sb = new StringBuilder();
        sb.Append(GeneratorVersion).Append('\n');
        sb.Append(kubernetesVersion).Append('\n');
        sb.Append(typeof(SchemaNode).Assembly.ManifestModule.ModuleVersionId).Append('\n');
        sb.Append(typeof(OpenApiDocuments).Assembly.ManifestModule.ModuleVersionId).Append('\n');
        foreach (var r in catalog.All)
        {
            sb.Append(r.Group).Append('|').Append(r.Version).Append('|').Append(r.Resource).Append('|').Append(r.Kind).Append('|')
                .Append(r.Namespaced).Append('|').Append(r.ClrType.AssemblyQualifiedName).Append('|')
                .AppendJoin(',', r.Verbs).Append('|').AppendJoin(',', r.Subresources).Append('\n');
        }
        return sb.ToString();
    }

    private static async Task WriteStatusAsync(HttpContext ctx, int code, string reason, string message)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream))
        {
            w.WriteStartObject();
            w.WriteString("kind", "Status");
            w.WriteString("apiVersion", "v1");
            w.WriteStartObject("metadata");
            w.WriteEndObject();
            w.WriteString("status", "Failure");
            w.WriteString("message", message);
            w.WriteString("reason", reason);
            w.WriteStartObject("details");
            w.WriteEndObject();
            w.WriteNumber("code", code);
            w.WriteEndObject();
        }
        ctx.Response.StatusCode = code;
        ctx.Response.ContentType = "application/json";
        ctx.Response.ContentLength = stream.Length;
        if (!HttpMethods.IsHead(ctx.Request.Method)) await ctx.Response.Body.WriteAsync(stream.ToArray(), ctx.RequestAborted);
    }
}
