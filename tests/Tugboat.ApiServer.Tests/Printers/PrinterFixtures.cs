using Tugboat.Api.Meta;
using Tugboat.ApiServer.Printers;

namespace Tugboat.ApiServer.Tests.Printers;

/// <summary>A fixed clock and helpers to read a printer's cells by column name.</summary>
internal static class PrinterFixtures
{
    public static readonly DateTimeOffset Now = new(2024, 5, 1, 12, 0, 0, TimeSpan.Zero);

    public static DateTimeOffset Ago(TimeSpan d) => Now - d;
    public static DateTimeOffset SecondsAgo(int s) => Now.AddSeconds(-s);
    public static DateTimeOffset MinutesAgo(int m) => Now.AddMinutes(-m);
    public static DateTimeOffset HoursAgo(int h) => Now.AddHours(-h);
    public static DateTimeOffset DaysAgo(int d) => Now.AddDays(-d);

    public static ObjectMeta Meta(string name, DateTimeOffset? created = null, string? ns = "default") =>
        new() { Name = name, Namespace = ns, CreationTimestamp = created ?? DaysAgo(3) };

    /// <summary>The row through the ITablePrinter interface, checked to have one cell per column.</summary>
    public static object?[] Row(ITablePrinter printer, IKubernetesObject obj)
    {
        var row = printer.Row(obj, Now);
        row.Length.ShouldBe(printer.Columns.Count, $"{printer.GetType().Name} returned {row.Length} cells for {printer.Columns.Count} columns");
        return row;
    }

    /// <summary>The row as a column name to cell map.</summary>
    public static Dictionary<string, object?> Cells(ITablePrinter printer, IKubernetesObject obj)
    {
        var row = Row(printer, obj);
        return printer.Columns.Select((c, i) => (c.Name, Cell: row[i])).ToDictionary(x => x.Name, x => x.Cell);
    }

    public static object? Cell(ITablePrinter printer, IKubernetesObject obj, string column) => Cells(printer, obj)[column];

    public static string[] ColumnNames(ITablePrinter printer) => printer.Columns.Select(c => c.Name).ToArray();

    public static string[] WideColumnNames(ITablePrinter printer) => printer.Columns.Where(c => c.Priority == 1).Select(c => c.Name).ToArray();
}
