using System.Text;
using Tugboat.Api.Core.V1;

namespace Tugboat.ApiServer.Printers;

/// <summary>kubectl get quota: Name, Request ("pods: 1/10, requests.cpu: 500m/1"), Limit ("limits.cpu: 1/2"), Age.</summary>
public sealed class ResourceQuotaPrinter : TablePrinter<ResourceQuota>
{
    public static readonly ResourceQuotaPrinter Instance = new();

    public override IReadOnlyList<TableColumn> Columns { get; } =
    [
        Col.Name,
        Col.String("Request", "Used out of hard quota for every resource other than limits.*."),
        Col.String("Limit", "Used out of hard quota for the limits.* resources."),
        Col.Age,
    ];

    public override object?[] Row(ResourceQuota quota, DateTimeOffset now)
    {
        var hard = quota.Status?.Hard ?? [];
        var used = quota.Status?.Used;
        var request = new StringBuilder();
        var limit = new StringBuilder();
        foreach (var resource in hard.Keys.Order(StringComparer.Ordinal))
        {
            var pieces = resource.Split('.');
            var w = pieces.Length > 1 && pieces[0] == "limits" ? limit : request;
            w.Append(resource).Append(": ")
                .Append(Cells.Quantity(Cells.Lookup(used, resource))).Append('/')
                .Append(Cells.Quantity(hard[resource])).Append(", ");
        }
        return [Cells.NameOf(quota), TrimComma(request), TrimComma(limit), Cells.AgeOf(quota, now)];
    }

    private static string TrimComma(StringBuilder sb)
    {
        var s = sb.ToString();
        return s.EndsWith(", ", StringComparison.Ordinal) ? s[..^2] : s;
    }
}
