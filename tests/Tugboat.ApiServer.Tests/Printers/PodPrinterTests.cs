using Tugboat.Api.Core.V1;
using Tugboat.ApiServer.Printers;
using static Tugboat.ApiServer.Tests.Printers.PrinterFixtures;

namespace Tugboat.ApiServer.Tests.Printers;

public class PodPrinterTests
{
    private static readonly PodPrinter P = PodPrinter.Instance;

    private static Pod NewPod(int containers = 1, string? phase = "Running")
    {
        var pod = new Pod
        {
            Metadata = Meta("web-0", DaysAgo(2)),
            Spec = new PodSpec { Containers = Enumerable.Range(0, containers).Select(i => new Container { Name = "c" + i, Image = "img" + i }).ToList() },
            Status = new PodStatus { Phase = phase },
        };
        return pod;
    }

    private static ContainerStatus Running(string name, bool ready = true, int restarts = 0) =>
        new() { Name = name, Ready = ready, RestartCount = restarts, State = new ContainerState { Running = new ContainerStateRunning { StartedAt = MinutesAgo(10) } } };

    private static ContainerStatus Waiting(string name, string? reason, int restarts = 0) =>
        new() { Name = name, RestartCount = restarts, State = new ContainerState { Waiting = new ContainerStateWaiting { Reason = reason } } };

    private static ContainerStatus Terminated(string name, int exitCode, string? reason = null, int? signal = null) =>
        new() { Name = name, State = new ContainerState { Terminated = new ContainerStateTerminated { ExitCode = exitCode, Reason = reason, Signal = signal } } };

    private static PodCondition Condition(string type, string status = "True", string? reason = null) => new() { Type = type, Status = status, Reason = reason };

    [Fact]
    public void Columns_match_upstream()
    {
        ColumnNames(P).ShouldBe(["Name", "Ready", "Status", "Restarts", "Age", "IP", "Node", "Nominated Node", "Readiness Gates"]);
        WideColumnNames(P).ShouldBe(["IP", "Node", "Nominated Node", "Readiness Gates"]);
        P.Columns[0].Format.ShouldBe("name");
        P.Columns.ShouldAllBe(c => c.Type == "string");
    }

    [Fact]
    public void Running_pod()
    {
        var pod = NewPod(2);
        pod.Status!.ContainerStatuses = [Running("c0"), Running("c1")];
        pod.Status.Conditions = [Condition("Ready")];
        Row(P, pod).ShouldBe(["web-0", "2/2", "Running", "0", "2d", "<none>", "<none>", "<none>", "<none>"]);
    }

    [Fact]
    public void Pod_without_status_is_pending()
    {
        var pod = NewPod(1, phase: null);
        pod.Status = null;
        Row(P, pod)[..4].ShouldBe(["web-0", "0/1", "Pending", "0"]);
    }

    [Fact]
    public void Not_ready_containers_are_not_counted()
    {
        var pod = NewPod(2);
        pod.Status!.ContainerStatuses = [Running("c0", ready: false), Running("c1")];
        Cell(P, pod, "Ready").ShouldBe("1/2");
    }

    [Fact]
    public void Waiting_reason_and_restarts_with_last_termination()
    {
        var pod = NewPod();
        var status = Waiting("c0", "CrashLoopBackOff", restarts: 3);
        status.LastTerminationState = new ContainerState { Terminated = new ContainerStateTerminated { ExitCode = 1, FinishedAt = MinutesAgo(2) } };
        pod.Status!.ContainerStatuses = [status];
        var cells = Cells(P, pod);
        cells["Status"].ShouldBe("CrashLoopBackOff");
        cells["Restarts"].ShouldBe("3 (2m ago)");
        cells["Ready"].ShouldBe("0/1");
    }

    [Fact]
    public void Restarts_without_termination_time_are_plain()
    {
        var pod = NewPod();
        pod.Status!.ContainerStatuses = [Running("c0", restarts: 4)];
        Cell(P, pod, "Restarts").ShouldBe("4");
    }

    [Fact]
    public void Latest_termination_across_containers_is_shown()
    {
        var pod = NewPod(2);
        var a = Running("c0", restarts: 1);
        a.LastTerminationState = new ContainerState { Terminated = new ContainerStateTerminated { FinishedAt = HoursAgo(5) } };
        var b = Running("c1", restarts: 2);
        b.LastTerminationState = new ContainerState { Terminated = new ContainerStateTerminated { FinishedAt = SecondsAgo(45) } };
        pod.Status!.ContainerStatuses = [a, b];
        Cell(P, pod, "Restarts").ShouldBe("3 (45s ago)");
    }

    [Theory]
    [InlineData("OOMKilled", 137, null, "OOMKilled")]
    [InlineData(null, 137, null, "ExitCode:137")]
    [InlineData(null, 0, 9, "Signal:9")]
    [InlineData("Error", 1, null, "Error")]
    public void Terminated_container_reason(string? reason, int exitCode, int? signal, string expected)
    {
        var pod = NewPod();
        pod.Status!.ContainerStatuses = [Terminated("c0", exitCode, reason, signal)];
        Cell(P, pod, "Status").ShouldBe(expected);
    }

    [Fact]
    public void Succeeded_pod_is_completed()
    {
        var pod = NewPod(phase: "Succeeded");
        pod.Status!.ContainerStatuses = [Terminated("c0", 0, "Completed")];
        Row(P, pod)[..4].ShouldBe(["web-0", "0/1", "Completed", "0"]);
    }

    [Fact]
    public void Completed_with_a_running_container_is_running_when_ready()
    {
        var pod = NewPod(2);
        pod.Status!.ContainerStatuses = [Terminated("c0", 0, "Completed"), Running("c1")];
        pod.Status.Conditions = [Condition("Ready")];
        Cell(P, pod, "Status").ShouldBe("Running");
        Cell(P, pod, "Ready").ShouldBe("1/2");
    }

    [Fact]
    public void Completed_with_a_running_container_is_not_ready_without_ready_condition()
    {
        var pod = NewPod(2);
        pod.Status!.ContainerStatuses = [Running("c0"), Terminated("c1", 0, "Completed")];
        pod.Status.Conditions = [Condition("Ready", "False")];
        Cell(P, pod, "Status").ShouldBe("NotReady");
    }

    [Fact]
    public void Init_containers_progress()
    {
        var pod = NewPod(phase: "Pending");
        pod.Spec!.InitContainers = [new Container { Name = "init-a" }, new Container { Name = "init-b" }];
        pod.Status!.InitContainerStatuses = [Terminated("init-a", 0, "Completed"), Running("init-b", ready: false)];
        pod.Status.ContainerStatuses = [Waiting("c0", "PodInitializing")];
        Cell(P, pod, "Status").ShouldBe("Init:1/2");
    }

    [Fact]
    public void Init_container_not_started_yet()
    {
        var pod = NewPod(phase: "Pending");
        pod.Spec!.InitContainers = [new Container { Name = "init-a" }];
        pod.Status!.InitContainerStatuses = [Waiting("init-a", "PodInitializing")];
        Cell(P, pod, "Status").ShouldBe("Init:0/1");
    }

    [Fact]
    public void Init_container_crash_loop_counts_only_init_restarts()
    {
        var pod = NewPod(phase: "Pending");
        pod.Spec!.InitContainers = [new Container { Name = "init-a" }];
        var init = Waiting("init-a", "CrashLoopBackOff", restarts: 2);
        init.LastTerminationState = new ContainerState { Terminated = new ContainerStateTerminated { ExitCode = 1, FinishedAt = SecondsAgo(30) } };
        pod.Status!.InitContainerStatuses = [init];
        pod.Status.ContainerStatuses = [Waiting("c0", "PodInitializing", restarts: 5)];
        var cells = Cells(P, pod);
        cells["Status"].ShouldBe("Init:CrashLoopBackOff");
        cells["Restarts"].ShouldBe("2 (30s ago)");
    }

    [Theory]
    [InlineData(null, 1, null, "Init:ExitCode:1")]
    [InlineData(null, 1, 15, "Init:Signal:15")]
    [InlineData("Error", 1, null, "Init:Error")]
    public void Failed_init_container(string? reason, int exitCode, int? signal, string expected)
    {
        var pod = NewPod(phase: "Pending");
        pod.Spec!.InitContainers = [new Container { Name = "init-a" }];
        pod.Status!.InitContainerStatuses = [Terminated("init-a", exitCode, reason, signal)];
        Cell(P, pod, "Status").ShouldBe(expected);
    }

    [Fact]
    public void After_init_the_app_container_pod_initializing_reason_shows()
    {
        var pod = NewPod(phase: "Pending");
        pod.Spec!.InitContainers = [new Container { Name = "init-a" }];
        pod.Status!.InitContainerStatuses = [Terminated("init-a", 0, "Completed")];
        pod.Status.ContainerStatuses = [Waiting("c0", "PodInitializing")];
        Cell(P, pod, "Status").ShouldBe("PodInitializing");
    }

    [Fact]
    public void Sidecar_init_containers_count_as_containers()
    {
        var pod = NewPod();
        pod.Spec!.InitContainers = [new Container { Name = "sidecar", RestartPolicy = "Always" }];
        var sidecar = Running("sidecar", restarts: 1);
        sidecar.Started = true;
        pod.Status!.InitContainerStatuses = [sidecar];
        var app = Running("c0", restarts: 2);
        app.LastTerminationState = new ContainerState { Terminated = new ContainerStateTerminated { ExitCode = 1, FinishedAt = MinutesAgo(5) } };
        pod.Status.ContainerStatuses = [app];
        pod.Status.Conditions = [Condition("Initialized"), Condition("Ready")];
        Row(P, pod)[..4].ShouldBe(["web-0", "2/2", "Running", "3 (5m ago)"]);
    }

    [Fact]
    public void Sidecar_not_started_blocks_initialization()
    {
        var pod = NewPod(phase: "Pending");
        pod.Spec!.InitContainers = [new Container { Name = "sidecar", RestartPolicy = "Always" }, new Container { Name = "init-b" }];
        var sidecar = Running("sidecar", ready: false);
        sidecar.Started = false;
        pod.Status!.InitContainerStatuses = [sidecar, Waiting("init-b", null)];
        var cells = Cells(P, pod);
        cells["Status"].ShouldBe("Init:0/2");
        cells["Ready"].ShouldBe("0/2");
    }

    [Fact]
    public void Deleting_a_running_pod_is_terminating()
    {
        var pod = NewPod();
        pod.Metadata.DeletionTimestamp = SecondsAgo(5);
        pod.Status!.ContainerStatuses = [Running("c0")];
        Cell(P, pod, "Status").ShouldBe("Terminating");
    }

    [Fact]
    public void Deleting_a_finished_pod_keeps_its_status()
    {
        var pod = NewPod(phase: "Succeeded");
        pod.Metadata.DeletionTimestamp = SecondsAgo(5);
        pod.Status!.ContainerStatuses = [Terminated("c0", 0, "Completed")];
        Cell(P, pod, "Status").ShouldBe("Completed");
    }

    [Fact]
    public void Deleted_pod_on_lost_node_is_unknown()
    {
        var pod = NewPod();
        pod.Metadata.DeletionTimestamp = SecondsAgo(5);
        pod.Status!.Reason = "NodeLost";
        Cell(P, pod, "Status").ShouldBe("Unknown");
    }

    [Fact]
    public void Status_reason_overrides_phase()
    {
        var pod = NewPod(phase: "Failed");
        pod.Status!.Reason = "Evicted";
        Cell(P, pod, "Status").ShouldBe("Evicted");
    }

    [Fact]
    public void Scheduling_gated()
    {
        var pod = NewPod(phase: "Pending");
        pod.Spec!.SchedulingGates = [new PodSchedulingGate { Name = "example.com/gate" }];
        pod.Status!.Conditions = [Condition("PodScheduled", "False", "SchedulingGated")];
        Cell(P, pod, "Status").ShouldBe("SchedulingGated");
    }

    [Fact]
    public void Wide_cells()
    {
        var pod = NewPod();
        pod.Spec!.NodeName = "node-1";
        pod.Spec.ReadinessGates = [new PodReadinessGate { ConditionType = "example.com/a" }, new PodReadinessGate { ConditionType = "example.com/b" }];
        pod.Status!.PodIP = "10.0.0.9";
        pod.Status.PodIPs = [new PodIP { IP = "10.0.0.9" }, new PodIP { IP = "fd00::9" }];
        pod.Status.NominatedNodeName = "node-2";
        pod.Status.Conditions = [Condition("example.com/a"), Condition("example.com/b", "False")];
        var cells = Cells(P, pod);
        cells["IP"].ShouldBe("10.0.0.9");
        cells["Node"].ShouldBe("node-1");
        cells["Nominated Node"].ShouldBe("node-2");
        cells["Readiness Gates"].ShouldBe("1/2");
    }

    [Fact]
    public void Age_of_a_pod_without_creation_time_is_unknown()
    {
        var pod = NewPod();
        pod.Metadata.CreationTimestamp = null;
        Cell(P, pod, "Age").ShouldBe("<unknown>");
    }
}
