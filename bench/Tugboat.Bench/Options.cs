using System.Globalization;

namespace Tugboat.Bench;

/// <summary>Command-line options; every count and rate can be lowered for a quick smoke run.</summary>
internal sealed class Options
{
    public string Tug { get; private set; } = "out/tug.dll";
    public string? Server { get; private set; }
    public string? Kubeconfig { get; private set; }
    public int? ServerPid { get; private set; }
    public int Concurrency { get; private set; } = 32;
    public int ConfigMaps { get; private set; } = 10_000;
    public int Gets { get; private set; } = 20_000;
    public int Pods { get; private set; } = 10_000;
    public int ListRuns { get; private set; } = 10;
    public int Watchers { get; private set; } = 100;
    public int WatchEvents { get; private set; } = 1_000;
    public double WatchRate { get; private set; } = 100;
    public int IdleSeconds { get; private set; } = 10;
    public int Warmup { get; private set; } = 500;
    public int Solo { get; private set; } = 500;
    public bool SharedConnection { get; private set; }
    public bool Keep { get; private set; }
    public string? Out { get; private set; }
    public string? Command { get; private set; }

    public bool OwnServer => Server is null;

    public static Options Parse(string[] args)
    {
        var o = new Options();
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            int Int() => int.Parse(Next(), CultureInfo.InvariantCulture);
            switch (args[i])
            {
                case "--tug": o.Tug = Next(); break;
                case "--server": o.Server = Next(); break;
                case "--kubeconfig": o.Kubeconfig = Next(); break;
                case "--server-pid": o.ServerPid = Int(); break;
                case "--concurrency": o.Concurrency = Int(); break;
                case "--configmaps": o.ConfigMaps = Int(); break;
                case "--gets": o.Gets = Int(); break;
                case "--pods": o.Pods = Int(); break;
                case "--list-runs": o.ListRuns = Int(); break;
                case "--watchers": o.Watchers = Int(); break;
                case "--watch-events": o.WatchEvents = Int(); break;
                case "--watch-rate": o.WatchRate = double.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--idle-seconds": o.IdleSeconds = Int(); break;
                case "--warmup": o.Warmup = Int(); break;
                case "--solo": o.Solo = Int(); break;
                case "--shared-connection": o.SharedConnection = true; break;
                case "--keep": o.Keep = true; break;
                case "--out": o.Out = Next(); break;
                case "--command": o.Command = Next(); break;
                case "--quick":
                    o.ConfigMaps = 1_000; o.Gets = 2_000; o.Pods = 1_000; o.ListRuns = 3;
                    o.Watchers = 10; o.WatchEvents = 100; o.IdleSeconds = 2; o.Warmup = 100; o.Solo = 100;
                    break;
                case "-h" or "--help":
                    Console.WriteLine("""
                        tug-bench [--tug out/tug.dll | --server URL --kubeconfig PATH [--server-pid PID]]
                          [--concurrency 32] [--configmaps 10000] [--gets 20000] [--pods 10000] [--list-runs 10]
                          [--watchers 100] [--watch-events 1000] [--watch-rate 100] [--idle-seconds 10] [--warmup 500] [--solo 500]
                          [--shared-connection] [--keep] [--out FILE] [--quick]
                        Starts `dotnet <tug> server --disable-agent` on a fresh data dir (unless --server is given),
                        drives it over HTTPS/HTTP2 with the admin client certificate and prints a markdown report.
                        """);
                    Environment.Exit(0);
                    break;
                default: throw new ArgumentException($"unknown option {args[i]}");
            }
        }
        if ((o.Server is null) != (o.Kubeconfig is null)) throw new ArgumentException("--server and --kubeconfig go together");
        return o;
    }
}
