using Tugboat.Api.Meta;

namespace Tugboat.ApiServer.Http;

/// <summary>A request failure carried to the client as a metav1.Status.</summary>
public sealed class ApiException(Status status) : Exception(status.Message)
{
    public Status Status { get; } = status;
    public int Code => Status.Code ?? 500;
}
