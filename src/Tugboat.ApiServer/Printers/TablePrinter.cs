using Tugboat.Api.Meta;

namespace Tugboat.ApiServer.Printers;

/// <summary>
/// Base of the per-kind printers: checks the object's type once and hands the typed object to <see cref="Row(T, DateTimeOffset)"/>.
/// Cells are always computed as upstream does with <c>GenerateOptions{Wide: true}</c>, which is how the API server prints tables:
/// every column, including the priority 1 (-o wide) ones, has a cell.
/// </summary>
public abstract class TablePrinter<T> : ITablePrinter where T : class, IKubernetesObject
{
    public abstract IReadOnlyList<TableColumn> Columns { get; }

    public abstract object?[] Row(T obj, DateTimeOffset now);

    object?[] ITablePrinter.Row(IKubernetesObject obj, DateTimeOffset now) =>
        obj is T typed
            ? Row(typed, now)
            : throw new ArgumentException($"{GetType().Name} prints {typeof(T).Name} objects, not {obj.GetType().Name}.", nameof(obj));
}
