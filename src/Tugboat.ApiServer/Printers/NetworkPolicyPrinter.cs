using Tugboat.Api.Networking.V1;

namespace Tugboat.ApiServer.Printers;

/// <summary>kubectl get networkpolicies: Name, Pod-Selector, Age.</summary>
public sealed class NetworkPolicyPrinter : TablePrinter<NetworkPolicy>
{
    public static readonly NetworkPolicyPrinter Instance = new();

    public override IReadOnlyList<TableColumn> Columns { get; } =
    [
        Col.Name,
        Col.String("Pod-Selector", "The pods the policy applies to."),
        Col.Age,
    ];

    public override object?[] Row(NetworkPolicy np, DateTimeOffset now) =>
        [Cells.NameOf(np), LabelSelectors.Format(np.Spec?.PodSelector ?? new()), Cells.AgeOf(np, now)];
}
