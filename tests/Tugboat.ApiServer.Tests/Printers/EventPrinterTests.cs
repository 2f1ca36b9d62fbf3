using Tugboat.Api.Core.V1;
using Tugboat.ApiServer.Printers;
using static Tugboat.ApiServer.Tests.Printers.PrinterFixtures;
using EventsV1 = Tugboat.Api.Events.V1;

namespace Tugboat.ApiServer.Tests.Printers;

public class EventPrinterTests
{
    [Fact]
    public void Columns_match_upstream_order()
    {
        ColumnNames(EventPrinter.Instance).ShouldBe(
            ["Last Seen", "Type", "Reason", "Object", "Subobject", "Source", "Message", "First Seen", "Count", "Name"]);
        WideColumnNames(EventPrinter.Instance).ShouldBe(["Subobject", "Source", "First Seen", "Count", "Name"]);
        EventPrinter.Instance.Columns[^1].Format.ShouldBe("name");
        EventsV1EventPrinter.Instance.Columns.ShouldBe(EventPrinter.Instance.Columns);
    }

    [Fact]
    public void Core_event()
    {
        var e = new Event
        {
            Metadata = Meta("web-0.17c5a"),
            InvolvedObject = new ObjectReference { Kind = "Pod", Name = "web-0", FieldPath = "spec.containers{nginx}" },
            Reason = "Pulled",
            Message = "  Container image \"nginx\" already present on machine\n",
            Type = "Normal",
            Source = new EventSource { Component = "kubelet", Host = "node-1" },
            FirstTimestamp = HoursAgo(2),
            LastTimestamp = MinutesAgo(3),
            Count = 4,
        };
        Row(EventPrinter.Instance, e).ShouldBe(
        [
            "3m", "Normal", "Pulled", "pod/web-0", "spec.containers{nginx}", "kubelet, node-1",
            "Container image \"nginx\" already present on machine", "120m", 4L, "web-0.17c5a",
        ]);
    }

    [Fact]
    public void Event_with_only_event_time_and_reporting_fields()
    {
        var e = new Event
        {
            Metadata = Meta("x"),
            InvolvedObject = new ObjectReference { Kind = "Node" },
            EventTime = SecondsAgo(30),
            ReportingController = "kube-scheduler",
        };
        var cells = Cells(EventPrinter.Instance, e);
        cells["Last Seen"].ShouldBe("30s");
        cells["First Seen"].ShouldBe("30s");
        cells["Object"].ShouldBe("node");
        cells["Source"].ShouldBe("kube-scheduler");
        cells["Count"].ShouldBe(1L);
        cells["Type"].ShouldBe("");
    }

    [Fact]
    public void Event_series_overrides_last_seen_and_count()
    {
        var e = new Event
        {
            Metadata = Meta("x"),
            InvolvedObject = new ObjectReference { Kind = "Pod", Name = "p" },
            EventTime = MinutesAgo(20),
            Series = new EventSeries { Count = 7, LastObservedTime = MinutesAgo(1) },
        };
        var cells = Cells(EventPrinter.Instance, e);
        cells["Last Seen"].ShouldBe("60s");
        cells["First Seen"].ShouldBe("20m");
        cells["Count"].ShouldBe(7L);
    }

    [Fact]
    public void Event_without_times_is_unknown()
    {
        var e = new Event { Metadata = Meta("x"), InvolvedObject = new ObjectReference { Kind = "Pod", Name = "p" } };
        Row(EventPrinter.Instance, e)[0].ShouldBe("<unknown>");
    }

    [Fact]
    public void Events_v1_event()
    {
        var e = new EventsV1.Event
        {
            Metadata = Meta("web.1"),
            EventTime = MinutesAgo(9),
            Regarding = new ObjectReference { Kind = "Deployment", Name = "web" },
            Reason = "ScalingReplicaSet",
            Note = "Scaled up replica set web-5d4f8 to 3",
            Type = "Normal",
            ReportingController = "deployment-controller",
            ReportingInstance = "",
            DeprecatedCount = 2,
            DeprecatedLastTimestamp = MinutesAgo(4),
        };
        Row(EventsV1EventPrinter.Instance, e).ShouldBe(
            ["4m", "Normal", "ScalingReplicaSet", "deployment/web", "", "deployment-controller", "Scaled up replica set web-5d4f8 to 3", "9m", 2L, "web.1"]);
    }
}
