using System.Net;
using System.Security.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.Server.Kestrel.Https;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Tugboat.ApiServer.Admission;
using Tugboat.ApiServer.Caching;
using Tugboat.ApiServer.Discovery;
using Tugboat.ApiServer.Handlers;
using Tugboat.ApiServer.Http;
using Tugboat.ApiServer.Metrics;
using Tugboat.ApiServer.OpenApi;
using Tugboat.ApiServer.Printers;
using Tugboat.ApiServer.Registry;
using Tugboat.ApiServer.Security;
using Tugboat.ApiServer.Strategies;
using Tugboat.Storage;

namespace Tugboat.ApiServer.Hosting;

/// <summary>Builds the API server from its parts and serves it over HTTPS (HTTP/2 and HTTP/1.1) with client-certificate auth.</summary>
public sealed class ApiServerHost : IAsyncDisposable
{
    private readonly ApiServerOptions _options;
    private readonly IStore _store;
    private readonly ILoggerFactory _logs;
    private readonly ILogger _log;
    private CacheDispatcher? _dispatcher;
    private WebApplication? _app;
    private volatile bool _ready;
    private volatile bool _stopping;

    public ApiServerHost(ApiServerOptions options, IStore store, ILoggerFactory logs)
    {
        _options = options;
        _store = store;
        _logs = logs;
        _log = logs.CreateLogger("apiserver");
    }

    public ClusterCertificates? Certificates { get; private set; }
    public string Url => $"https://{(_options.BindAddress is "0.0.0.0" or "::" ? "127.0.0.1" : _options.BindAddress)}:{_options.HttpsPort}";

    public async Task StartAsync(CancellationToken ct)
    {
        Certificates = ClusterCertificates.LoadOrCreate(_options.DataDir, [_options.BindAddress]);
        var catalog = new ResourceCatalog(BuiltinResources.All);
        var caches = catalog.All
            .GroupBy(r => r.StoragePrefix)
            .ToDictionary(g => g.Key, g => new ResourceCache(g.Key, catalog.StorageResourceOf(g.First()).ClrType));
        _dispatcher = new CacheDispatcher(_store, caches.Values, _logs.CreateLogger("cache"));
        await _dispatcher.StartAsync(ct);

        var endpoints = catalog.All.ToDictionary(r => r, r => new ResourceEndpoint(
            r, caches[r.StoragePrefix], StrategyRegistry.For(catalog.StorageResourceOf(r), prefix => caches[prefix]), PrinterRegistry.For(r.ClrType)));
        var namespaces = endpoints[catalog.Find("", "v1", "namespaces")!];
        var writer = new ObjectWriter(_store, _dispatcher);
        var admission = new AdmissionChain([new NamespaceLifecycle(namespaces.Cache)]);
        var reads = new ReadHandler(_dispatcher, _store);
        var patches = new PatchHandler();
        var writes = new WriteHandler(writer, admission, patches);
        var dispatcher = new ApiDispatcher(
            catalog, endpoints,
            new DiscoveryDocuments(catalog, $"{_options.BindAddress}:{_options.HttpsPort}"),
            new OpenApiDocuments(catalog, VersionInfo.Current.GitVersion),
            new Authenticator(),
            new RequestMetrics(),
            reads,
            new WatchHandler(_dispatcher),
            writes,
            new DeleteHandler(writer, _dispatcher),
            new SubresourceHandler(reads, writes, writer, _dispatcher),
            new HealthEndpoints(() => _ready, () => !_stopping),
            _log);

        await new Bootstrap(writer, endpoints, catalog, _options).RunAsync(ct);

        _app = BuildWebApp(dispatcher);
        await _app.StartAsync(ct);
        KubeconfigWriter.Write(_options.KubeconfigOrDefault, Url, Certificates.Ca, Certificates.Admin);
        _ready = true;
    }

    private WebApplication BuildWebApp(ApiDispatcher dispatcher)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = null; // the dispatcher enforces kube-apiserver's 3 MiB with a Status
            kestrel.Limits.Http2.MaxStreamsPerConnection = 1000;
            kestrel.AddServerHeader = false;
            var address = IPAddress.Parse(_options.BindAddress);
            kestrel.Listen(address, _options.HttpsPort, listen =>
            {
                listen.Protocols = HttpProtocols.Http1AndHttp2;
                listen.UseHttps(https =>
                {
                    https.ServerCertificate = Certificates!.Serving;
                    https.SslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13;
                    https.ClientCertificateMode = ClientCertificateMode.AllowCertificate;
                    https.ClientCertificateValidation = (cert, _, _) => Certificates.IsTrusted(cert);
                });
            });
        });
        var app = builder.Build();
        app.Run(dispatcher.HandleAsync);
        return app;
    }

    public async ValueTask DisposeAsync()
    {
        _ready = false;
        _stopping = true;
        if (_app is not null)
        {
            using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5))) await _app.StopAsync(timeout.Token);
            await _app.DisposeAsync();
        }
        if (_dispatcher is not null) await _dispatcher.DisposeAsync();
    }
}
