using Tugboat.Api.Schema;

namespace Tugboat.Api.Core.V1;

[Doc("A health check run against a container to decide whether it is alive, ready or started.")]
public sealed class Probe : ProbeHandler
{
    [Doc("Seconds after container start before the probe first runs.")]
    [ProtoField(2, OmitEmpty = true)] public int? InitialDelaySeconds { get; set; }
    [Doc("Seconds after which a probe attempt times out; default 1.")]
    [ProtoField(3, OmitEmpty = true)] public int? TimeoutSeconds { get; set; }
    [Doc("Seconds between probe attempts; default 10.")]
    [ProtoField(4, OmitEmpty = true)] public int? PeriodSeconds { get; set; }
    [Doc("Consecutive successes needed after a failure; default 1.")]
    [ProtoField(5, OmitEmpty = true)] public int? SuccessThreshold { get; set; }
    [Doc("Consecutive failures before the probe counts as failed; default 3.")]
    [ProtoField(6, OmitEmpty = true)] public int? FailureThreshold { get; set; }
    [ProtoField(7)] public long? TerminationGracePeriodSeconds { get; set; }
}

[Doc("The action a probe performs; exactly one must be set.")]
public class ProbeHandler
{
    [Doc("Run a command inside the container; exit status 0 means success.")]
    [ProtoField(1, Embedded = 1)] public ExecAction? Exec { get; set; }
    [Doc("Send an HTTP GET; a status from 200 to 399 means success.")]
    [ProtoField(2, Embedded = 1)] public HTTPGetAction? HTTPGet { get; set; }
    [Doc("Open a TCP connection; success if it connects.")]
    [ProtoField(3, Embedded = 1)] public TCPSocketAction? TCPSocket { get; set; }
    [Doc("Call the gRPC health checking protocol.")]
    [ProtoField(4, Embedded = 1)] public GRPCAction? GRPC { get; set; }
}

[Doc("Runs a command in a container.")]
public sealed class ExecAction
{
    [Doc("Command line to execute; it is not run in a shell.")]
    [ListType("atomic"), ProtoField(1)] public List<string>? Command { get; set; }
}

[Doc("An HTTP GET request against the container.")]
public sealed class HTTPGetAction
{
    [Doc("Path of the request.")]
    [ProtoField(1, OmitEmpty = true)] public string? Path { get; set; }
    [Doc("Port number or named container port to connect to.")]
    [RequiredField, ProtoField(2)] public IntOrString Port { get; set; } = 0;
    [Doc("Host to connect to; defaults to the pod IP.")]
    [ProtoField(3, OmitEmpty = true)] public string? Host { get; set; }
    [Doc("HTTP (default) or HTTPS.")]
    [ProtoField(4, OmitEmpty = true)] public string? Scheme { get; set; }
    [Doc("Extra request headers.")]
    [ListType("atomic"), ProtoField(5)] public List<HTTPHeader>? HTTPHeaders { get; set; }
}

[Doc("One HTTP header.")]
public sealed class HTTPHeader
{
    [RequiredField, ProtoField(1)] public string Name { get; set; } = "";
    [RequiredField, ProtoField(2)] public string Value { get; set; } = "";
}

[Doc("A TCP connection attempt against the container.")]
public sealed class TCPSocketAction
{
    [Doc("Port number or named container port to connect to.")]
    [RequiredField, ProtoField(1)] public IntOrString Port { get; set; } = 0;
    [ProtoField(2, OmitEmpty = true)] public string? Host { get; set; }
}

[Doc("A gRPC health check.")]
public sealed class GRPCAction
{
    [RequiredField, ProtoField(1)] public int Port { get; set; }
    [ProtoField(2)] public string? Service { get; set; }
}
