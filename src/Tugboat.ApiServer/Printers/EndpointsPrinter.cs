using Tugboat.Api.Core.V1;

namespace Tugboat.ApiServer.Printers;

/// <summary>kubectl get endpoints: Name, Endpoints ("10.0.0.1:80,10.0.0.2:80 + 3 more..."), Age.</summary>
public sealed class EndpointsPrinter : TablePrinter<Endpoints>
{
    public static readonly EndpointsPrinter Instance = new();

    public override IReadOnlyList<TableColumn> Columns { get; } =
    [
        Col.Name,
        Col.String("Endpoints", "Ready addresses with their ports; the first three, then a count of the rest."),
        Col.Age,
    ];

    public override object?[] Row(Endpoints ep, DateTimeOffset now) =>
        [Cells.NameOf(ep), Format(ep), Cells.AgeOf(ep, now)];

    /// <summary>formatEndpoints with every port.</summary>
    internal static string Format(Endpoints ep)
    {
        var subsets = ep.Subsets ?? [];
        if (subsets.Count == 0) return Cells.None;
        const int max = 3;
        var list = new List<string>();
        var more = false;
        var count = 0;
        foreach (var subset in subsets)
        {
            var addresses = subset.Addresses ?? [];
            var ports = subset.Ports ?? [];
            if (ports.Count == 0)
            {
                // headless services may have no ports
                count += addresses.Count;
                foreach (var address in addresses)
                {
                    if (list.Count == max) { more = true; break; }
                    list.Add(address.IP);
                }
                continue;
            }
            foreach (var port in ports)
            {
                count += addresses.Count;
                foreach (var address in addresses)
                {
                    if (list.Count == max) { more = true; break; }
                    list.Add(Cells.JoinHostPort(address.IP, port.Port));
                }
            }
        }
        var ret = string.Join(",", list);
        return more ? $"{ret} + {count - max} more..." : ret;
    }
}
