using Tugboat.Api.Scheduling.V1;

namespace Tugboat.ApiServer.Printers;

/// <summary>kubectl get priorityclasses: Name, Value, Global-Default, Age, PreemptionPolicy.</summary>
public sealed class PriorityClassPrinter : TablePrinter<PriorityClass>
{
    public static readonly PriorityClassPrinter Instance = new();

    public override IReadOnlyList<TableColumn> Columns { get; } =
    [
        Col.Name,
        Col.Integer("Value", "Priority of pods using the class."),
        Col.Boolean("Global-Default", "Whether pods without a class get this one."),
        Col.Age,
        Col.String("PreemptionPolicy", "Whether pods of the class may preempt others."),
    ];

    public override object?[] Row(PriorityClass pc, DateTimeOffset now) =>
    [
        Cells.NameOf(pc),
        (long)pc.Value,
        pc.GlobalDefault ?? false,
        Cells.AgeOf(pc, now),
        pc.PreemptionPolicy ?? "PreemptLowerPriority", // v1 default
    ];
}
