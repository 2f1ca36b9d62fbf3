using Tugboat.Api.Networking.V1;

namespace Tugboat.ApiServer.Printers;

/// <summary>kubectl get ingressclasses: Name, Controller, Parameters ("Kind.group/name"), Age.</summary>
public sealed class IngressClassPrinter : TablePrinter<IngressClass>
{
    public static readonly IngressClassPrinter Instance = new();

    public override IReadOnlyList<TableColumn> Columns { get; } =
    [
        Col.Name,
        Col.String("Controller", "The controller that implements the class."),
        Col.String("Parameters", "The resource holding extra parameters for the class."),
        Col.Age,
    ];

    public override object?[] Row(IngressClass ic, DateTimeOffset now)
    {
        var parameters = Cells.None;
        if (ic.Spec?.Parameters is { } p)
        {
            parameters = p.Kind;
            if (p.ApiGroup is not null) parameters += "." + p.ApiGroup;
            parameters += "/" + p.Name;
        }
        return [Cells.NameOf(ic), ic.Spec?.Controller ?? "", parameters, Cells.AgeOf(ic, now)];
    }
}
