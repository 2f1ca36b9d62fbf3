using Tugboat.Api.Core.V1;

namespace Tugboat.ApiServer.Printers;

/// <summary>kubectl get pods: Name, Ready, Status, Restarts, Age; wide IP, Node, Nominated Node, Readiness Gates (upstream printPod).</summary>
public sealed class PodPrinter : TablePrinter<Pod>
{
    public static readonly PodPrinter Instance = new();

    public override IReadOnlyList<TableColumn> Columns { get; } =
    [
        Col.Name,
        Col.String("Ready", "Ready containers out of all containers of the pod."),
        Col.String("Status", "Summary of the pod's phase and container states."),
        Col.String("Restarts", "Container restarts, and how long ago the last one happened."),
        Col.Age,
        Col.String("IP", "The pod's primary IP address.", 1),
        Col.String("Node", "The node the pod is bound to.", 1),
        Col.String("Nominated Node", "The node a preempting pod expects to run on.", 1),
        Col.String("Readiness Gates", "Readiness gates whose condition is True, out of all gates.", 1),
    ];

    public override object?[] Row(Pod pod, DateTimeOffset now)
    {
        var spec = pod.Spec ?? new PodSpec();
        var status = pod.Status ?? new PodStatus();

        var restarts = 0;
        var restartableInitRestarts = 0;
        var totalContainers = spec.Containers.Count;
        var readyContainers = 0;
        DateTimeOffset? lastRestart = null;
        DateTimeOffset? lastRestartableInitRestart = null;

        // The pod strategy sets Pending on create, so a stored pod always has a phase.
        var phase = string.IsNullOrEmpty(status.Phase) ? "Pending" : status.Phase;
        var reason = string.IsNullOrEmpty(status.Reason) ? phase : status.Reason;

        foreach (var condition in status.Conditions ?? [])
            if (condition.Type == "PodScheduled" && condition.Reason == "SchedulingGated")
                reason = "SchedulingGated";

        var initContainers = spec.InitContainers ?? [];
        var restartable = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in initContainers)
        {
            if (c.RestartPolicy != "Always") continue;
            restartable.Add(c.Name);
            totalContainers++;
        }

        var initializing = false;
        var initStatuses = status.InitContainerStatuses ?? [];
        for (var i = 0; i < initStatuses.Count; i++)
        {
            var container = initStatuses[i];
            var state = container.State;
            var isRestartable = restartable.Contains(container.Name);
            restarts += container.RestartCount;
            var lastTerminated = container.LastTerminationState?.Terminated;
            if (lastTerminated is not null) lastRestart = Later(lastRestart, lastTerminated.FinishedAt);
            if (isRestartable)
            {
                restartableInitRestarts += container.RestartCount;
                if (lastTerminated is not null) lastRestartableInitRestart = Later(lastRestartableInitRestart, lastTerminated.FinishedAt);
            }

            if (state?.Terminated is { ExitCode: 0 }) continue;
            if (isRestartable && container.Started == true)
            {
                if (container.Ready) readyContainers++;
                continue;
            }
            if (state?.Terminated is { } terminated)
            {
                // initialization failed
                reason = string.IsNullOrEmpty(terminated.Reason)
                    ? terminated.Signal is int signal && signal != 0 ? $"Init:Signal:{signal}" : $"Init:ExitCode:{terminated.ExitCode}"
                    : "Init:" + terminated.Reason;
            }
            else if (state?.Waiting is { } waiting && !string.IsNullOrEmpty(waiting.Reason) && waiting.Reason != "PodInitializing")
            {
                reason = "Init:" + waiting.Reason;
            }
            else
            {
                reason = $"Init:{i}/{initContainers.Count}";
            }
            initializing = true;
            break;
        }

        if (!initializing || IsInitialized(status))
        {
            restarts = restartableInitRestarts;
            lastRestart = lastRestartableInitRestart;
            var hasRunning = false;
            var statuses = status.ContainerStatuses ?? [];
            for (var i = statuses.Count - 1; i >= 0; i--)
            {
                var container = statuses[i];
                var state = container.State;
                restarts += container.RestartCount;
                var lastTerminated = container.LastTerminationState?.Terminated;
                if (lastTerminated is not null) lastRestart = Later(lastRestart, lastTerminated.FinishedAt);

                if (state?.Waiting is { } waiting && !string.IsNullOrEmpty(waiting.Reason))
                    reason = waiting.Reason;
                else if (state?.Terminated is { } terminated && !string.IsNullOrEmpty(terminated.Reason))
                    reason = terminated.Reason;
                else if (state?.Terminated is { } exited)
                    reason = exited.Signal is int signal && signal != 0 ? $"Signal:{signal}" : $"ExitCode:{exited.ExitCode}";
                else if (container.Ready && state?.Running is not null)
                {
                    hasRunning = true;
                    readyContainers++;
                }
            }

            // back to Running if at least one container still runs
            if (reason == "Completed" && hasRunning)
                reason = HasCondition(status, "Ready") ? "Running" : "NotReady";
        }

        if (pod.Metadata.DeletionTimestamp is not null && status.Reason == "NodeLost")
            reason = "Unknown";
        else if (pod.Metadata.DeletionTimestamp is not null && phase is not ("Succeeded" or "Failed"))
            reason = "Terminating";

        var restartsCell = Cells.Int(restarts);
        if (restarts != 0 && !Cells.IsZero(lastRestart))
            restartsCell = $"{restarts} ({Cells.Since(lastRestart, now)} ago)";

        var podIP = status.PodIPs is { Count: > 0 } ips ? ips[0].IP : status.PodIP;

        var readinessGates = Cells.None;
        if (spec.ReadinessGates is { Count: > 0 } gates)
        {
            var trueConditions = 0;
            foreach (var gate in gates)
            {
                var condition = status.Conditions?.FirstOrDefault(c => c.Type == gate.ConditionType);
                if (condition?.Status == "True") trueConditions++;
            }
            readinessGates = $"{trueConditions}/{gates.Count}";
        }

        return
        [
            Cells.NameOf(pod),
            $"{readyContainers}/{totalContainers}",
            reason,
            restartsCell,
            Cells.AgeOf(pod, now),
            Cells.OrNone(podIP),
            Cells.OrNone(spec.NodeName),
            Cells.OrNone(status.NominatedNodeName),
            readinessGates,
        ];
    }

    private static DateTimeOffset? Later(DateTimeOffset? current, DateTimeOffset? candidate) =>
        !Cells.IsZero(candidate) && (Cells.IsZero(current) || current < candidate) ? candidate : current;

    private static bool IsInitialized(PodStatus status)
    {
        var condition = status.Conditions?.FirstOrDefault(c => c.Type == "Initialized");
        return condition?.Status == "True";
    }

    private static bool HasCondition(PodStatus status, string type) =>
        status.Conditions?.Any(c => c.Type == type && c.Status == "True") == true;
}
