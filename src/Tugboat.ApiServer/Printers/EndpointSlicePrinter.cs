using Tugboat.Api.Discovery.V1;

namespace Tugboat.ApiServer.Printers;

/// <summary>kubectl get endpointslices: Name, AddressType, Ports, Endpoints, Age.</summary>
public sealed class EndpointSlicePrinter : TablePrinter<EndpointSlice>
{
    public static readonly EndpointSlicePrinter Instance = new();

    public override IReadOnlyList<TableColumn> Columns { get; } =
    [
        Col.Name,
        Col.String("AddressType", "IPv4, IPv6 or FQDN."),
        Col.String("Ports", "Port numbers (or names) offered by the endpoints."),
        Col.String("Endpoints", "Endpoint addresses; the first three, then a count of the rest."),
        Col.Age,
    ];

    public override object?[] Row(EndpointSlice slice, DateTimeOffset now) =>
        [Cells.NameOf(slice), slice.AddressType, Ports(slice.Ports), Addresses(slice.Endpoints), Cells.AgeOf(slice, now)];

    private const int Max = 3;

    /// <summary>formatDiscoveryPorts.</summary>
    internal static string Ports(IEnumerable<EndpointPort>? ports)
    {
        var list = new List<string>();
        var more = false;
        var count = 0;
        foreach (var port in ports ?? [])
        {
            if (list.Count < Max) list.Add(port.Port is int n ? Cells.Int(n) : port.Name ?? "*");
            else if (list.Count == Max) more = true;
            count++;
        }
        return Cells.ListWithMore(list, more, count, Max);
    }

    /// <summary>formatDiscoveryEndpoints.</summary>
    internal static string Addresses(IEnumerable<Endpoint>? endpoints)
    {
        var list = new List<string>();
        var more = false;
        var count = 0;
        foreach (var endpoint in endpoints ?? [])
        {
            foreach (var address in endpoint.Addresses ?? [])
            {
                if (list.Count < Max) list.Add(address);
                else if (list.Count == Max) more = true;
                count++;
            }
        }
        return Cells.ListWithMore(list, more, count, Max);
    }
}
