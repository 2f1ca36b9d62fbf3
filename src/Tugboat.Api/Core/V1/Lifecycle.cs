using Tugboat.Api.Schema;

namespace Tugboat.Api.Core.V1;

[Doc("Actions the kubelet runs in response to container lifecycle events.")]
public sealed class Lifecycle
{
    [Doc("Runs right after the container is created; the container is restarted if it fails.")]
    public LifecycleHandler? PostStart { get; set; }
    [Doc("Runs before the container is stopped; the grace period keeps counting meanwhile.")]
    public LifecycleHandler? PreStop { get; set; }
}

[Doc("The action of a lifecycle hook; exactly one must be set.")]
public sealed class LifecycleHandler
{
    public ExecAction? Exec { get; set; }
    public HTTPGetAction? HTTPGet { get; set; }
    public TCPSocketAction? TCPSocket { get; set; }
    public SleepAction? Sleep { get; set; }
}

[Doc("Sleeps for a number of seconds.")]
public sealed class SleepAction
{
    [RequiredField] public long Seconds { get; set; }
}
