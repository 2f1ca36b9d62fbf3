using Tugboat.Api.Schema;

namespace Tugboat.Api.Core.V1;

[Doc("Actions the kubelet runs in response to container lifecycle events.")]
public sealed class Lifecycle
{
    [Doc("Runs right after the container is created; the container is restarted if it fails.")]
    [ProtoField(1)] public LifecycleHandler? PostStart { get; set; }
    [Doc("Runs before the container is stopped; the grace period keeps counting meanwhile.")]
    [ProtoField(2)] public LifecycleHandler? PreStop { get; set; }
}

[Doc("The action of a lifecycle hook; exactly one must be set.")]
public sealed class LifecycleHandler
{
    [ProtoField(1)] public ExecAction? Exec { get; set; }
    [ProtoField(2)] public HTTPGetAction? HTTPGet { get; set; }
    [ProtoField(3)] public TCPSocketAction? TCPSocket { get; set; }
    [ProtoField(4)] public SleepAction? Sleep { get; set; }
}

[Doc("Sleeps for a number of seconds.")]
public sealed class SleepAction
{
    [RequiredField, ProtoField(1)] public long Seconds { get; set; }
}
