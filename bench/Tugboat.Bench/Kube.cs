using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Tugboat.Bench;

/// <summary>The parts of an admin kubeconfig the benchmark needs: server URL, CA and client certificate (base64 PEM data fields).</summary>
internal sealed class Kubeconfig
{
    public required Uri Server { get; init; }
    public required X509Certificate2 Ca { get; init; }
    public required X509Certificate2 Client { get; init; }

    public static Kubeconfig Load(string path)
    {
        var text = File.ReadAllText(path);
        string Field(string name)
        {
            var m = Regex.Match(text, $@"^\s*{Regex.Escape(name)}:\s*""?([^\s""]+)""?\s*$", RegexOptions.Multiline);
            return m.Success ? m.Groups[1].Value : throw new InvalidDataException($"{path}: no {name}");
        }
        string Pem(string name) => Encoding.ASCII.GetString(Convert.FromBase64String(Field(name)));
        var ca = X509Certificate2.CreateFromPem(Pem("certificate-authority-data"));
        using var ephemeral = X509Certificate2.CreateFromPem(Pem("client-certificate-data"), Pem("client-key-data"));
        // An ephemeral key cannot always be used by TLS; a PKCS#12 round trip gives a persisted one.
        var client = X509CertificateLoader.LoadPkcs12(ephemeral.Export(X509ContentType.Pkcs12), null);
        return new Kubeconfig { Server = new Uri(Field("server")), Ca = ca, Client = client };
    }
}

/// <summary>HttpClients as the brief asks: SocketsHttpHandler, HTTP/2 (or higher), admin client cert, trusting only the kubeconfig's CA.</summary>
internal static class Clients
{
    public static HttpClient Create(Kubeconfig kc, TimeSpan? timeout = null)
    {
        var handler = new SocketsHttpHandler
        {
            ConnectTimeout = TimeSpan.FromSeconds(10),
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(10),
            EnableMultipleHttp2Connections = false,
            AutomaticDecompression = DecompressionMethods.None,
            SslOptions = new SslClientAuthenticationOptions
            {
                ClientCertificates = [kc.Client],
                LocalCertificateSelectionCallback = (_, _, _, _, _) => kc.Client,
                RemoteCertificateValidationCallback = (_, cert, _, errors) => Trusted(cert, errors, kc.Ca),
            },
        };
        return new HttpClient(handler)
        {
            BaseAddress = kc.Server,
            DefaultRequestVersion = HttpVersion.Version20,
            DefaultVersionPolicy = HttpVersionPolicy.RequestVersionOrHigher,
            Timeout = timeout ?? TimeSpan.FromSeconds(60),
        };
    }

    /// <summary>For /readyz before the kubeconfig exists: no client certificate, any server certificate (nothing secret is sent).</summary>
    public static HttpClient CreateProbe(Uri server) => new(new SocketsHttpHandler
    {
        ConnectTimeout = TimeSpan.FromSeconds(2),
        SslOptions = new SslClientAuthenticationOptions { RemoteCertificateValidationCallback = (_, _, _, _) => true },
    })
    {
        BaseAddress = server,
        DefaultRequestVersion = HttpVersion.Version20,
        DefaultVersionPolicy = HttpVersionPolicy.RequestVersionOrHigher,
        Timeout = TimeSpan.FromSeconds(2),
    };

    private static bool Trusted(X509Certificate? cert, SslPolicyErrors errors, X509Certificate2 ca)
    {
        if (cert is null || (errors & ~SslPolicyErrors.RemoteCertificateChainErrors) != 0) return false;
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(ca);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        using var leaf = X509CertificateLoader.LoadCertificate(cert.GetRawCertData());
        return chain.Build(leaf);
    }
}

/// <summary>One request's outcome, with the latency to the last byte of the body.</summary>
internal readonly record struct Reply(int Status, byte[] Body, Version Version, long Ticks)
{
    public bool Ok => Status is >= 200 and < 300;
    public double Ms => Ticks * 1000.0 / Stopwatch.Frequency;
    public string Text => Encoding.UTF8.GetString(Body);
}

internal static class Api
{
    public static async Task<Reply> SendAsync(HttpClient client, HttpMethod method, string path, byte[]? body = null, string? accept = null, CancellationToken ct = default)
    {
        using var request = Request(client, method, path);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }
        request.Headers.Accept.ParseAdd(accept ?? "application/json");
        var started = Stopwatch.GetTimestamp();
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct);
        var bytes = await response.Content.ReadAsByteArrayAsync(ct);
        var elapsed = Stopwatch.GetTimestamp() - started;
        return new Reply((int)response.StatusCode, bytes, response.Version, elapsed);
    }

    /// <summary>A request with the client's default version and policy (a new HttpRequestMessage would otherwise be HTTP/1.1).</summary>
    public static HttpRequestMessage Request(HttpClient client, HttpMethod method, string path) =>
        new(method, path) { Version = client.DefaultRequestVersion, VersionPolicy = client.DefaultVersionPolicy };

    public static async Task EnsureNamespaceAsync(HttpClient client, string name)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(new { apiVersion = "v1", kind = "Namespace", metadata = new { name } });
        var reply = await SendAsync(client, HttpMethod.Post, "/api/v1/namespaces", body);
        if (!reply.Ok && reply.Status != 409) throw new InvalidOperationException($"create namespace {name}: {reply.Status} {reply.Text}");
    }

    public static string ConfigMapName(int i) => $"cm-{i:D5}";
    public static string PodName(int i) => $"pod-{i:D5}";

    public static byte[] ConfigMap(string name, string payload) =>
        Encoding.UTF8.GetBytes($$$"""{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"{{{name}}}"},"data":{"payload":"{{{payload}}}"}}""");

    public static byte[] Pod(string name) =>
        Encoding.UTF8.GetBytes($$$"""{"apiVersion":"v1","kind":"Pod","metadata":{"name":"{{{name}}}","labels":{"app":"bench"}},"spec":{"containers":[{"name":"app","image":"localhost/tug/app:v1"}]}}""");
}
