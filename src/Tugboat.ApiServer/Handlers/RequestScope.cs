using Microsoft.AspNetCore.Http;
using Tugboat.ApiServer.Http;

namespace Tugboat.ApiServer.Handlers;

/// <summary>One resource request: who asks, what is addressed, what form the answer takes.</summary>
public sealed class RequestScope(HttpContext http, RequestInfo request, ResourceEndpoint endpoint, UserInfo user)
{
    public HttpContext Http { get; } = http;
    public RequestInfo Request { get; } = request;
    public ResourceEndpoint Endpoint { get; } = endpoint;
    public UserInfo User { get; } = user;
    public ResponseFormat Format { get; } = ResponseFormat.FromAccept(http.Request.Headers.Accept.ToString());
    public List<string> Warnings { get; } = [];
    public CancellationToken Aborted => Http.RequestAborted;

    public string? Query(string name)
    {
        var value = Http.Request.Query[name];
        return value.Count == 0 ? null : value[^1];
    }

    public bool DryRun => Http.Request.Query["dryRun"].Any(v => v == "All");

    /// <summary>Adds the Warning headers kubectl prints as "Warning: ...".</summary>
    public void FlushWarnings()
    {
        foreach (var w in Warnings) Http.Response.Headers.Append("Warning", $"299 - \"{w.Replace("\"", "\\\"")}\"");
    }
}

/// <summary>The authenticated user (CN and O of a client certificate, or a token's subject).</summary>
public sealed record UserInfo(string Name, IReadOnlyList<string> Groups)
{
    public static readonly UserInfo Anonymous = new("system:anonymous", ["system:unauthenticated"]);
    public bool IsAnonymous => Name == Anonymous.Name;
}
