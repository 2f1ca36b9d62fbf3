using System.Net;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json.Nodes;

namespace Tugboat.E2E;

/// <summary>
/// Talks HTTPS to a test server directly, for what kubectl cannot send (malformed bodies, huge bodies, no credentials)
/// and for speed (many concurrent writes). Trusts the CA and presents the admin client certificate of a kubeconfig.
/// </summary>
public sealed class ApiClient : IDisposable
{
    public sealed record Response(HttpStatusCode Status, string Body)
    {
        public int Code => (int)Status;
        public JsonNode Json => JsonNode.Parse(Body) ?? throw new InvalidOperationException("empty body");
        public override string ToString() => $"{Code} {Body}";
    }

    private readonly HttpClient _http;

    public Uri Server { get; }

    private ApiClient(HttpClient http, Uri server)
    {
        _http = http;
        Server = server;
    }

    /// <summary>A client from a kubeconfig written by tug; without the client certificate when <paramref name="authenticate"/> is false.</summary>
    public static ApiClient FromKubeconfig(string path, bool authenticate = true, int maxConnections = 64)
    {
        var fields = ReadKubeconfig(path);
        var ca = X509Certificate2.CreateFromPem(Pem(fields["certificate-authority-data"]));
        X509Certificate2? client = null;
        if (authenticate)
        {
            using var ephemeral = X509Certificate2.CreateFromPem(Pem(fields["client-certificate-data"]), Pem(fields["client-key-data"]));
            // Round-trip through PKCS#12 so the private key is usable by SslStream on every platform.
            client = X509CertificateLoader.LoadPkcs12(ephemeral.Export(X509ContentType.Pkcs12), null);
        }
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = maxConnections,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            SslOptions = new SslClientAuthenticationOptions
            {
                RemoteCertificateValidationCallback = (_, certificate, _, _) =>
                {
                    if (certificate is null) return false;
                    using var chain = new X509Chain();
                    chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
                    chain.ChainPolicy.CustomTrustStore.Add(ca);
                    chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
                    return chain.Build(certificate as X509Certificate2 ?? X509CertificateLoader.LoadCertificate(certificate.GetRawCertData()));
                },
                LocalCertificateSelectionCallback = client is null ? null : (_, _, _, _, _) => client,
                ClientCertificates = client is null ? null : new X509CertificateCollection { client },
            },
        };
        var http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(60) };
        return new ApiClient(http, new Uri(fields["server"]));
    }

    public Task<Response> GetAsync(string path) => SendAsync(HttpMethod.Get, path);

    public Task<Response> PostAsync(string path, string body, string contentType = "application/json") =>
        SendAsync(HttpMethod.Post, path, Encoding.UTF8.GetBytes(body), contentType);

    public Task<Response> PutAsync(string path, string body, string contentType = "application/json") =>
        SendAsync(HttpMethod.Put, path, Encoding.UTF8.GetBytes(body), contentType);

    public Task<Response> PatchAsync(string path, string body, string contentType) =>
        SendAsync(HttpMethod.Patch, path, Encoding.UTF8.GetBytes(body), contentType);

    public async Task<Response> SendAsync(HttpMethod method, string path, byte[]? body = null, string contentType = "application/json", CancellationToken ct = default)
    {
        using var request = new HttpRequestMessage(method, new Uri(Server, path));
        request.Headers.Accept.ParseAdd("application/json");
        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);
        }
        using var response = await _http.SendAsync(request, ct);
        return new Response(response.StatusCode, await response.Content.ReadAsStringAsync(ct));
    }

    public void Dispose() => _http.Dispose();

    private static string Pem(string base64) => Encoding.UTF8.GetString(Convert.FromBase64String(base64));

    /// <summary>Reads the few scalar fields of a (single-cluster, single-user) kubeconfig.</summary>
    private static Dictionary<string, string> ReadKubeconfig(string path)
    {
        var fields = new Dictionary<string, string>();
        foreach (var raw in File.ReadAllLines(path))
        {
            var line = raw.Trim();
            var colon = line.IndexOf(':');
            if (colon <= 0) continue;
            var key = line[..colon].TrimStart('-', ' ');
            var value = line[(colon + 1)..].Trim().Trim('"');
            if (key is "certificate-authority-data" or "client-certificate-data" or "client-key-data" or "server")
                fields.TryAdd(key, value);
        }
        return fields;
    }
}
