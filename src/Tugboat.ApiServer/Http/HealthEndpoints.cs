using Microsoft.AspNetCore.Http;

namespace Tugboat.ApiServer.Http;

/// <summary>/healthz, /livez and /readyz as kube-apiserver answers them: "ok", or with ?verbose one line per check.</summary>
public sealed class HealthEndpoints(Func<bool> cachesReady, Func<bool> storeOpen)
{
    private (string Name, Func<bool> Passing)[] Checks(string endpoint) => endpoint == "readyz"
        ? [("ping", () => true), ("log", () => true), ("storage", storeOpen), ("informer-sync", cachesReady)]
        : [("ping", () => true), ("log", () => true), ("storage", storeOpen)];

    public static bool Handles(string path) => Endpoint(path) is not null;

    public async Task ServeAsync(HttpContext ctx, string path)
    {
        var endpoint = Endpoint(path)!;
        var single = path.Split('/', StringSplitOptions.RemoveEmptyEntries) is [_, var check] ? check : null;
        var checks = Checks(endpoint).Where(c => single is null || c.Name == single).ToList();
        if (checks.Count == 0) throw Errors.NotFoundPath();
        var failed = checks.Where(c => !c.Passing()).Select(c => c.Name).ToList();
        ctx.Response.StatusCode = failed.Count == 0 ? 200 : 500;
        ctx.Response.ContentType = "text/plain; charset=utf-8";
        string body;
        if (ctx.Request.Query.ContainsKey("verbose") || failed.Count > 0)
        {
            var lines = checks.Select(c => failed.Contains(c.Name) ? $"[-]{c.Name} failed: reason withheld" : $"[+]{c.Name} ok");
            body = string.Join('\n', lines) + "\n" + (failed.Count == 0 ? $"{endpoint} check passed\n" : $"{endpoint} check failed\n");
        }
        else
        {
            body = "ok";
        }
        await ctx.Response.WriteAsync(body, ctx.RequestAborted);
    }

    private static string? Endpoint(string path)
    {
        var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length is 1 or 2 && parts[0] is "healthz" or "livez" or "readyz" ? parts[0] : null;
    }
}
