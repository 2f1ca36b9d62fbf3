using Tugboat.Api.Apps.V1;

namespace Tugboat.ApiServer.Printers;

/// <summary>kubectl get controllerrevisions: Name, Controller ("statefulset.apps/web"), Revision, Age.</summary>
public sealed class ControllerRevisionPrinter : TablePrinter<ControllerRevision>
{
    public static readonly ControllerRevisionPrinter Instance = new();

    public override IReadOnlyList<TableColumn> Columns { get; } =
    [
        Col.Name,
        Col.String("Controller", "The object controlling the revision, as kind.group/name."),
        Col.String("Revision", "Sequence number of the revision."),
        Col.Age,
    ];

    public override object?[] Row(ControllerRevision cr, DateTimeOffset now)
    {
        var controller = Cells.None;
        var owner = cr.Metadata.OwnerReferences?.FirstOrDefault(o => o.Controller == true);
        if (owner is not null)
        {
            // schema.ParseGroupVersion: "apps/v1" has group apps, "v1" the core group.
            var slash = owner.ApiVersion.IndexOf('/');
            var group = slash >= 0 ? owner.ApiVersion[..slash] : "";
            var groupKind = group.Length == 0 ? owner.Kind : owner.Kind + "." + group;
            controller = groupKind.Length == 0 ? owner.Name : groupKind.ToLowerInvariant() + "/" + owner.Name;
        }
        return [Cells.NameOf(cr), controller, cr.Revision, Cells.AgeOf(cr, now)];
    }
}
