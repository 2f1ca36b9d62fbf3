using Tugboat.Api.Meta;
using Tugboat.ApiServer.Printers;
using static Tugboat.ApiServer.Tests.Printers.PrinterFixtures;

namespace Tugboat.ApiServer.Tests.Printers;

public class PrinterRegistryTests
{
    public static TheoryData<Type> Kinds()
    {
        var data = new TheoryData<Type>();
        Type[][] groups =
        [
            Tugboat.Api.Core.V1.CoreV1Kinds.All,
            Tugboat.Api.Apps.V1.AppsV1Kinds.All,
            Tugboat.Api.Batch.V1.BatchV1Kinds.All,
            Tugboat.Api.Networking.V1.NetworkingV1Kinds.All,
            Tugboat.Api.Autoscaling.V2.AutoscalingV2Kinds.All,
            Tugboat.Api.Autoscaling.V1.AutoscalingV1Kinds.All,
            Tugboat.Api.Policy.V1.PolicyV1Kinds.All,
            Tugboat.Api.Rbac.V1.RbacV1Kinds.All,
            Tugboat.Api.Storage.V1.StorageV1Kinds.All,
            Tugboat.Api.Scheduling.V1.SchedulingV1Kinds.All,
            Tugboat.Api.Coordination.V1.CoordinationV1Kinds.All,
            Tugboat.Api.Discovery.V1.DiscoveryV1Kinds.All,
            Tugboat.Api.Events.V1.EventsV1Kinds.All,
            Tugboat.Api.ApiExtensions.V1.ApiExtensionsV1Kinds.All,
        ];
        foreach (var t in groups.SelectMany(g => g).Distinct()) data.Add(t);
        return data;
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_printer_prints_a_bare_object(Type kind)
    {
        var printer = PrinterRegistry.For(kind);
        var obj = (IKubernetesObject)Activator.CreateInstance(kind)!;
        obj.Metadata = new ObjectMeta { Name = "x", CreationTimestamp = MinutesAgo(5) };
        var row = Row(printer, obj);
        row.ShouldAllBe(cell => cell is string || cell is long || cell is bool);
        printer.Columns.Count(c => c.Name == "Name").ShouldBe(1);
        printer.Columns.ShouldAllBe(c => c.Type == "string" || c.Type == "integer" || c.Type == "boolean" || c.Type == "date");
        printer.Columns.ShouldAllBe(c => c.Priority == 0 || c.Priority == 1);
        printer.Columns.ShouldAllBe(c => c.Description.Length > 0);
    }

    [Fact]
    public void Kinds_map_to_their_printers()
    {
        PrinterRegistry.For(typeof(Tugboat.Api.Core.V1.Pod)).ShouldBeOfType<PodPrinter>();
        PrinterRegistry.For(typeof(Tugboat.Api.Events.V1.Event)).ShouldBeOfType<EventsV1EventPrinter>();
        PrinterRegistry.For(typeof(Tugboat.Api.Autoscaling.V1.HorizontalPodAutoscaler)).ShouldBeOfType<HorizontalPodAutoscalerV1Printer>();
        PrinterRegistry.For(typeof(string)).ShouldBeSameAs(DefaultTablePrinter.Instance);
    }

    [Fact]
    public void Scale_subresource()
    {
        var scale = new Tugboat.Api.Autoscaling.V1.Scale
        {
            Metadata = new ObjectMeta { Name = "web", CreationTimestamp = MinutesAgo(5) },
            Spec = new Tugboat.Api.Autoscaling.V1.ScaleSpec { Replicas = 3 },
            Status = new Tugboat.Api.Autoscaling.V1.ScaleStatus { Replicas = 2 },
        };
        var printer = PrinterRegistry.For(scale.GetType());
        ColumnNames(printer).ShouldBe(["Name", "Desired", "Available", "Age"]);
        Row(printer, scale).ShouldBe(["web", 3L, 2L, "5m"]);
    }

    [Fact]
    public void A_printer_rejects_objects_of_another_kind()
    {
        ITablePrinter printer = PodPrinter.Instance;
        Should.Throw<ArgumentException>(() => printer.Row(new Tugboat.Api.Core.V1.Node(), Now));
    }
}
