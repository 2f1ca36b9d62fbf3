using Tugboat.Api.Meta;

namespace Tugboat.ApiServer.Printers;

/// <summary>The table for kinds without a printer of their own: name and age.</summary>
public sealed class DefaultTablePrinter : ITablePrinter
{
    public static readonly DefaultTablePrinter Instance = new();

    public IReadOnlyList<TableColumn> Columns { get; } =
    [
        new("Name", "string", "name", "Name must be unique within a namespace."),
        new("Age", "string", "", "CreationTimestamp is a timestamp representing the server time when this object was created."),
    ];

    public object?[] Row(IKubernetesObject obj, DateTimeOffset now) =>
        [obj.Metadata.Name, Age.Since(obj.Metadata.CreationTimestamp, now)];
}
