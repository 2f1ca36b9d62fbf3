using Tugboat.Api.Storage.V1;

namespace Tugboat.ApiServer.Printers;

/// <summary>kubectl get csidrivers: Name, AttachRequired, PodInfoOnMount, StorageCapacity, TokenRequests, RequiresRepublish, Modes, Age.</summary>
public sealed class CSIDriverPrinter : TablePrinter<CSIDriver>
{
    public static readonly CSIDriverPrinter Instance = new();

    public override IReadOnlyList<TableColumn> Columns { get; } =
    [
        Col.Name,
        Col.Boolean("AttachRequired", "Whether volumes need an attach step."),
        Col.Boolean("PodInfoOnMount", "Whether the driver gets pod information on mount."),
        Col.Boolean("StorageCapacity", "Whether the driver reports storage capacity."),
        Col.String("TokenRequests", "Audiences of the service account tokens given to the driver."),
        Col.Boolean("RequiresRepublish", "Whether volumes are republished periodically."),
        Col.String("Modes", "Volume lifecycle modes: Persistent and/or Ephemeral."),
        Col.Age,
    ];

    public override object?[] Row(CSIDriver driver, DateTimeOffset now)
    {
        var spec = driver.Spec;
        // v1 defaulting: attachRequired true, the rest false, lifecycle modes [Persistent].
        var modes = spec.VolumeLifecycleModes is { Count: > 0 } m ? string.Join(",", m) : "Persistent";
        var tokenRequests = spec.TokenRequests is { } requests ? string.Join(",", requests.Select(t => t.Audience)) : Cells.Unset;
        return
        [
            Cells.NameOf(driver),
            spec.AttachRequired ?? true,
            spec.PodInfoOnMount ?? false,
            spec.StorageCapacity ?? false,
            tokenRequests,
            spec.RequiresRepublish ?? false,
            modes,
            Cells.AgeOf(driver, now),
        ];
    }
}
