using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Tugboat.ApiServer.Discovery;
using Tugboat.ApiServer.Handlers;
using Tugboat.ApiServer.Metrics;
using Tugboat.ApiServer.OpenApi;
using Tugboat.ApiServer.Registry;
using Tugboat.ApiServer.Security;

namespace Tugboat.ApiServer.Http;

/// <summary>Routes every request: health and version, discovery, OpenAPI, metrics, then resource verbs.</summary>
public sealed class ApiDispatcher(
    ResourceCatalog catalog,
    IReadOnlyDictionary<ResourceInfo, ResourceEndpoint> endpoints,
    DiscoveryDocuments discovery,
    IOpenApiDocuments openApi,
    Authenticator authenticator,
    RequestMetrics metrics,
    ReadHandler reads,
    WatchHandler watches,
    WriteHandler writes,
    DeleteHandler deletes,
    SubresourceHandler subresources,
    HealthEndpoints health,
    ILogger log)
{
    public async Task HandleAsync(HttpContext ctx)
    {
        var started = Stopwatch.GetTimestamp();
        var path = ctx.Request.Path.Value ?? "/";
        RequestInfo? info = null;
        try
        {
            if (await TryServePublicAsync(ctx, path)) return;
            var user = authenticator.Authenticate(ctx) ?? throw Errors.Unauthorized();
            if (await TryServeNonResourceAsync(ctx, path)) return;

            var watch = ctx.Request.Query["watch"] is var w && w.Count > 0 && w[^1] is "true" or "1";
            info = RequestInfo.Parse(ctx.Request.Method, path, watch) ?? throw Errors.NotFoundPath();
            var resource = catalog.Find(info.Group, info.Version, info.Resource) ?? throw Errors.NotFoundPath();
            if (!resource.Namespaced && info.Namespace is not null) throw Errors.NotFoundPath();
            if (resource.Namespaced && info.Namespace is null && info.Name is not null) throw Errors.NotFoundPath();
            var scope = new RequestScope(ctx, info, endpoints[resource], user);
            await ServeResourceAsync(scope);
        }
        catch (ApiException e)
        {
            if (!ctx.Response.HasStarted) await ResponseWriter.WriteStatusAsync(ctx, e);
        }
        catch (OperationCanceledException) when (ctx.RequestAborted.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            log.LogError(e, "apiserver: {Method} {Path} failed", ctx.Request.Method, path);
            if (!ctx.Response.HasStarted) await ResponseWriter.WriteStatusAsync(ctx, Errors.Internal(e.Message));
        }
        finally
        {
            metrics.Observe(info, ctx.Request.Method, ctx.Response.StatusCode, Stopwatch.GetElapsedTime(started));
        }
    }

    private async Task ServeResourceAsync(RequestScope scope)
    {
        var info = scope.Request;
        if (info.Subresource is { } sub)
        {
            await subresources.ServeAsync(scope, sub);
            return;
        }
        var verbs = scope.Endpoint.Info.Verbs;
        if (!verbs.Contains(info.Verb)) throw Errors.MethodNotSupported(scope.Endpoint.Info, info.Verb);
        switch (info.Verb)
        {
            case "get": await reads.GetAsync(scope); break;
            case "list": await reads.ListAsync(scope); break;
            case "watch": await watches.WatchAsync(scope); break;
            case "create":
                if (info.Name is not null) throw Errors.NotFoundPath();
                await writes.CreateAsync(scope);
                break;
            case "update": await writes.UpdateAsync(scope); break;
            case "patch": await writes.PatchAsync(scope); break;
            case "delete": await deletes.DeleteAsync(scope); break;
            case "deletecollection": await deletes.DeleteCollectionAsync(scope); break;
            default: throw Errors.MethodNotSupported(scope.Endpoint.Info, info.Verb);
        }
    }

    /// <summary>What kube-apiserver shows anonymous clients: health checks and the version.</summary>
    private async Task<bool> TryServePublicAsync(HttpContext ctx, string path)
    {
        if (HealthEndpoints.Handles(path))
        {
            await health.ServeAsync(ctx, path);
            return true;
        }
        switch (path)
        {
            case "/version":
                await ResponseWriter.WriteObjectAsync(ctx, 200, VersionInfo.Current, ResponseFormat.Json);
                return true;
        }
        return false;
    }

    private async Task<bool> TryServeNonResourceAsync(HttpContext ctx, string path)
    {
        if (path == "/metrics")
        {
            ctx.Response.ContentType = "text/plain; version=0.0.4; charset=utf-8";
            await ctx.Response.WriteAsync(metrics.Render(), ctx.RequestAborted);
            return true;
        }
        if (path.StartsWith("/openapi/", StringComparison.Ordinal))
        {
            await openApi.ServeAsync(ctx, path);
            return true;
        }
        var trimmed = path.TrimEnd('/');
        if (trimmed is "/api" or "/apis")
        {
            var format = ResponseFormat.FromAccept(ctx.Request.Headers.Accept.ToString());
            if (format.AggregatedDiscovery)
            {
                var doc = trimmed == "/api" ? discovery.AggregatedCore : discovery.AggregatedGroups;
                ctx.Response.StatusCode = 200;
                ctx.Response.ContentType = DiscoveryDocuments.AggregatedContentType;
                await ctx.Response.Body.WriteAsync(doc, ctx.RequestAborted);
                return true;
            }
        }
        if (discovery.Legacy(trimmed) is { } legacy)
        {
            await ResponseWriter.WriteJsonAsync(ctx, 200, legacy, ResponseFormat.Json);
            return true;
        }
        if (!trimmed.StartsWith("/api/", StringComparison.Ordinal) && !trimmed.StartsWith("/apis/", StringComparison.Ordinal))
            throw Errors.NotFoundPath();
        return false;
    }
}
