using Tugboat.Api.Meta;

namespace Tugboat.ApiServer.Printers;

/// <summary>A column of a Table response (metav1.TableColumnDefinition). Priority 0 shows by default, 1 with -o wide.</summary>
public sealed record TableColumn(string Name, string Type, string Format, string Description, int Priority = 0);

/// <summary>Turns objects of one kind into Table rows with the same columns as upstream's pkg/printers/internalversion.</summary>
public interface ITablePrinter
{
    IReadOnlyList<TableColumn> Columns { get; }

    /// <summary>The cells of the object's row, one per column, as strings, integers or booleans.</summary>
    object?[] Row(IKubernetesObject obj, DateTimeOffset now);
}
