using Tugboat.Api.Schema;

namespace Tugboat.Api.Core.V1;

[Doc("A health check run against a container to decide whether it is alive, ready or started.")]
public sealed class Probe : ProbeHandler
{
    [Doc("Seconds after container start before the probe first runs.")]
    public int? InitialDelaySeconds { get; set; }
    [Doc("Seconds after which a probe attempt times out; default 1.")]
    public int? TimeoutSeconds { get; set; }
    [Doc("Seconds between probe attempts; default 10.")]
    public int? PeriodSeconds { get; set; }
    [Doc("Consecutive successes needed after a failure; default 1.")]
    public int? SuccessThreshold { get; set; }
    [Doc("Consecutive failures before the probe counts as failed; default 3.")]
    public int? FailureThreshold { get; set; }
    public long? TerminationGracePeriodSeconds { get; set; }
}

[Doc("The action a probe performs; exactly one must be set.")]
public class ProbeHandler
{
    [Doc("Run a command inside the container; exit status 0 means success.")]
    public ExecAction? Exec { get; set; }
    [Doc("Send an HTTP GET; a status from 200 to 399 means success.")]
    public HTTPGetAction? HTTPGet { get; set; }
    [Doc("Open a TCP connection; success if it connects.")]
    public TCPSocketAction? TCPSocket { get; set; }
    [Doc("Call the gRPC health checking protocol.")]
    public GRPCAction? GRPC { get; set; }
}

[Doc("Runs a command in a container.")]
public sealed class ExecAction
{
    [Doc("Command line to execute; it is not run in a shell.")]
    [ListType("atomic")] public List<string>? Command { get; set; }
}

[Doc("An HTTP GET request against the container.")]
public sealed class HTTPGetAction
{
    [Doc("Path of the request.")]
    public string? Path { get; set; }
    [Doc("Port number or named container port to connect to.")]
    [RequiredField] public IntOrString Port { get; set; } = 0;
    [Doc("Host to connect to; defaults to the pod IP.")]
    public string? Host { get; set; }
    [Doc("HTTP (default) or HTTPS.")]
    public string? Scheme { get; set; }
    [Doc("Extra request headers.")]
    [ListType("atomic")] public List<HTTPHeader>? HTTPHeaders { get; set; }
}

[Doc("One HTTP header.")]
public sealed class HTTPHeader
{
    [RequiredField] public string Name { get; set; } = "";
    [RequiredField] public string Value { get; set; } = "";
}

[Doc("A TCP connection attempt against the container.")]
public sealed class TCPSocketAction
{
    [Doc("Port number or named container port to connect to.")]
    [RequiredField] public IntOrString Port { get; set; } = 0;
    public string? Host { get; set; }
}

[Doc("A gRPC health check.")]
public sealed class GRPCAction
{
    [RequiredField] public int Port { get; set; }
    public string? Service { get; set; }
}
