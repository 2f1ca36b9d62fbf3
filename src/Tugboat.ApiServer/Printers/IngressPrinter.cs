using Tugboat.Api.Networking.V1;

namespace Tugboat.ApiServer.Printers;

/// <summary>kubectl get ingresses: Name, Class, Hosts, Address, Ports ("80" or "80, 443"), Age.</summary>
public sealed class IngressPrinter : TablePrinter<Ingress>
{
    public static readonly IngressPrinter Instance = new();

    public override IReadOnlyList<TableColumn> Columns { get; } =
    [
        Col.Name,
        Col.String("Class", "The IngressClass handling the ingress."),
        Col.String("Hosts", "Hosts the rules match; the first three, then a count of the rest."),
        Col.String("Address", "Addresses of the load balancer serving the ingress."),
        Col.String("Ports", "80, plus 443 when TLS is configured."),
        Col.Age,
    ];

    public override object?[] Row(Ingress ing, DateTimeOffset now)
    {
        var spec = ing.Spec ?? new IngressSpec();
        return
        [
            Cells.NameOf(ing),
            spec.IngressClassName ?? Cells.None,
            Hosts(spec.Rules),
            Cells.LoadBalancerAddresses(ing.Status?.LoadBalancer?.Ingress?.Select(i => (i.Ip, i.Hostname))),
            spec.Tls is { Count: > 0 } ? "80, 443" : "80",
            Cells.AgeOf(ing, now),
        ];
    }

    /// <summary>formatHosts: "*" when no rule names a host.</summary>
    internal static string Hosts(List<IngressRule>? rules)
    {
        rules ??= [];
        const int max = 3;
        var list = new List<string>();
        var more = false;
        foreach (var rule in rules)
        {
            if (list.Count == max) more = true;
            if (!more && !string.IsNullOrEmpty(rule.Host)) list.Add(rule.Host);
        }
        if (list.Count == 0) return "*";
        var ret = string.Join(",", list);
        return more ? $"{ret} + {rules.Count - max} more..." : ret;
    }
}
