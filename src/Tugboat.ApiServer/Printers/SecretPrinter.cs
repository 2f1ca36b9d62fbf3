using Tugboat.Api.Core.V1;

namespace Tugboat.ApiServer.Printers;

/// <summary>kubectl get secrets: Name, Type, Data (number of keys), Age.</summary>
public sealed class SecretPrinter : TablePrinter<Secret>
{
    public static readonly SecretPrinter Instance = new();

    public override IReadOnlyList<TableColumn> Columns { get; } =
    [
        Col.Name,
        Col.String("Type", "Type of the secret's contents, e.g. Opaque or kubernetes.io/tls."),
        Col.String("Data", "Number of keys in the secret."),
        Col.Age,
    ];

    public override object?[] Row(Secret secret, DateTimeOffset now)
    {
        // Converting to the internal version merges stringData into data; v1 defaulting makes the type Opaque.
        var keys = new HashSet<string>(secret.Data?.Keys ?? Enumerable.Empty<string>(), StringComparer.Ordinal);
        keys.UnionWith(secret.StringData?.Keys ?? Enumerable.Empty<string>());
        return [Cells.NameOf(secret), string.IsNullOrEmpty(secret.Type) ? "Opaque" : secret.Type, (long)keys.Count, Cells.AgeOf(secret, now)];
    }
}
