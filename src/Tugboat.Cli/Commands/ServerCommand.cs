using System.CommandLine;
using Microsoft.Extensions.Logging;
using Tugboat.ApiServer.Hosting;
using Tugboat.Storage;

namespace Tugboat.Cli.Commands;

/// <summary>`tug server`: API server, storage and (in later versions) the control plane and a node agent.</summary>
public static class ServerCommand
{
    public static Command Create()
    {
        var dataDir = new Option<string>("--data-dir") { Description = "Directory for state, certificates and the kubeconfig", DefaultValueFactory = _ => "/var/lib/tug" };
        var bindAddress = new Option<string>("--bind-address") { Description = "Address the API server listens on", DefaultValueFactory = _ => "127.0.0.1" };
        var httpsPort = new Option<int>("--https-port") { Description = "HTTPS port of the API server", DefaultValueFactory = _ => 6443 };
        var kubeconfig = new Option<string?>("--write-kubeconfig") { Description = "Where to write the admin kubeconfig (default <data-dir>/kubeconfig.yaml)" };
        var datastore = new Option<string>("--datastore") { Description = "sqlite (default) or etcd://host:port[,host:port]", DefaultValueFactory = _ => "sqlite" };
        var disableAgent = new Option<bool>("--disable-agent") { Description = "Run no node agent on this machine" };

        var command = new Command("server", "Run the API server, storage and control plane") { dataDir, bindAddress, httpsPort, kubeconfig, datastore, disableAgent };
        command.SetAction(async (parse, ct) =>
        {
            var store = parse.GetValue(datastore)!;
            if (store != "sqlite")
            {
                Console.Error.WriteLine(store.StartsWith("etcd://", StringComparison.Ordinal)
                    ? $"tug: --datastore {store}: etcd is not supported yet; use --datastore sqlite"
                    : $"tug: --datastore {store}: unknown datastore; use sqlite");
                return 2;
            }
            var options = new ApiServerOptions
            {
                DataDir = Path.GetFullPath(parse.GetValue(dataDir)!),
                BindAddress = parse.GetValue(bindAddress)!,
                HttpsPort = parse.GetValue(httpsPort),
                KubeconfigPath = parse.GetValue(kubeconfig),
            };
            return await RunAsync(options, ct);
        });
        return command;
    }

    private static async Task<int> RunAsync(ApiServerOptions options, CancellationToken ct)
    {
        using var logs = LoggerFactory.Create(b => b
            .AddSimpleConsole(o => { o.SingleLine = true; o.TimestampFormat = "HH:mm:ss.fff "; })
            .SetMinimumLevel(LogLevel.Information)
            .AddFilter("Microsoft", LogLevel.Warning));
        var log = logs.CreateLogger("tug");
        Directory.CreateDirectory(options.DataDir);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        using var sigterm = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, ctx =>
        {
            ctx.Cancel = true;
            stop.Cancel();
        });
        await using var store = new SqliteStore(Path.Combine(options.DataDir, "state.db"));
        await using var server = new ApiServerHost(options, store, logs);
        await server.StartAsync(stop.Token);
        Console.WriteLine($"tug: API server ready at {server.Url}; kubeconfig written to {options.KubeconfigOrDefault}");
        try { await Task.Delay(Timeout.Infinite, stop.Token); }
        catch (OperationCanceledException) { }
        log.LogInformation("tug: shutting down");
        return 0;
    }
}
