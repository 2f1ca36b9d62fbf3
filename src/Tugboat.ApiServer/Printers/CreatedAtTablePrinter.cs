using System.Globalization;
using Tugboat.Api.Meta;

namespace Tugboat.ApiServer.Printers;

/// <summary>
/// The apiserver's default table (rest.NewDefaultTableConvertor), used upstream for kinds without a printer of their own
/// such as roles, clusterroles, limitranges and customresourcedefinitions: Name and "Created At" as an RFC 3339 UTC time.
/// </summary>
public sealed class CreatedAtTablePrinter : ITablePrinter
{
    public static readonly CreatedAtTablePrinter Instance = new();

    public IReadOnlyList<TableColumn> Columns { get; } =
    [
        Col.Name,
        new("Created At", "date", "", "When the object was created (metadata.creationTimestamp)."),
    ];

    public object?[] Row(IKubernetesObject obj, DateTimeOffset now) => [Cells.NameOf(obj), Rfc3339(obj.Metadata.CreationTimestamp)];

    /// <summary>time.Time.UTC().Format(time.RFC3339) at second precision; a missing time is Go's zero time.</summary>
    internal static string Rfc3339(DateTimeOffset? time) =>
        (time ?? default).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
