using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Tugboat.ApiServer.Caching;
using Tugboat.ApiServer.Http;

namespace Tugboat.ApiServer.Handlers;

/// <summary>WATCH: newline-delimited watch events from the cache, with kube-apiserver's resourceVersion semantics.</summary>
public sealed class WatchHandler(CacheDispatcher dispatcher)
{
    private static readonly TimeSpan BookmarkInterval = TimeSpan.FromSeconds(30);

    public async Task WatchAsync(RequestScope scope)
    {
        var endpoint = scope.Endpoint;
        var filter = ListFilter.Parse(scope.Query("labelSelector"), scope.Query("fieldSelector"), endpoint);
        var prefix = scope.Request.Name is { } name ? endpoint.Key(scope.Request.Namespace, name) : endpoint.ListPrefix(scope.Request.Namespace);
        var exactKey = scope.Request.Name is not null;
        var rvText = scope.Query("resourceVersion");
        var revision = ReadHandler.ParseRevision(rvText);
        var sendInitial = scope.Query("sendInitialEvents") == "true" || revision == 0;
        var bookmarks = scope.Query("allowWatchBookmarks") == "true";
        var timeout = int.TryParse(scope.Query("timeoutSeconds"), out var t) && t > 0 ? TimeSpan.FromSeconds(t) : TimeSpan.FromMinutes(30 + Random.Shared.Next(30));

        CacheWatcher? watcher;
        List<CachedObject> initial = [];
        long startRevision;
        if (sendInitial)
        {
            await dispatcher.WaitForAsync(revision, scope.Aborted);
            var (state, w) = endpoint.Cache.WatchFromNow();
            watcher = w;
            startRevision = Math.Max(state.Revision, dispatcher.Revision);
            foreach (var (key, obj) in state.Objects)
                if (InScope(key, prefix, exactKey) && filter.Matches(obj.Value)) initial.Add(obj);
        }
        else
        {
            try { await dispatcher.WaitForAsync(revision, scope.Aborted); }
            catch (TimeoutException) { throw Errors.New(504, "Timeout", $"Too large resource version: {revision}, current: {dispatcher.Revision}"); }
            watcher = endpoint.Cache.Watch(revision);
            startRevision = revision;
            if (watcher is null) throw Errors.Gone($"too old resource version: {revision} ({endpoint.Cache.OldestReplayableRevision})");
        }

        using var _ = watcher;
        var http = scope.Http;
        http.Response.StatusCode = 200;
        http.Response.ContentType = "application/json";
        scope.FlushWarnings();
        var sink = new WatchEventWriter(http, scope.Endpoint, scope.Format.Table, scope.Query("includeObject") ?? "Metadata");
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(scope.Aborted);
        deadline.CancelAfter(timeout);
        var ct = deadline.Token;
        try
        {
            foreach (var obj in initial) await sink.WriteAsync("ADDED", obj, ct);
            if (scope.Query("sendInitialEvents") == "true" && bookmarks)
                await sink.WriteBookmarkAsync(startRevision, initialEventsEnd: true, ct);
            await http.Response.Body.FlushAsync(ct);

            var lastSent = startRevision;
            var reader = watcher.Events;
            while (!ct.IsCancellationRequested)
            {
                var waitForEvent = reader.WaitToReadAsync(ct).AsTask();
                var finished = bookmarks ? await Task.WhenAny(waitForEvent, Task.Delay(BookmarkInterval, ct)) : await Task.WhenAny(waitForEvent);
                if (finished != waitForEvent)
                {
                    await sink.WriteBookmarkAsync(Math.Max(lastSent, dispatcher.Revision), initialEventsEnd: false, ct);
                    await http.Response.Body.FlushAsync(ct);
                    continue;
                }
                if (!await waitForEvent) break; // the watcher fell behind or the server is stopping: the client re-lists
                while (reader.TryRead(out var change))
                {
                    if (!InScope(change.Object.Key, prefix, exactKey)) continue;
                    var type = Classify(change, filter);
                    if (type is not null) await sink.WriteAsync(type, change.Object, ct);
                    lastSent = change.Revision;
                }
                await http.Response.Body.FlushAsync(ct);
            }
        }
        catch (OperationCanceledException) { }
    }

    private static bool InScope(string key, string prefix, bool exactKey) =>
        exactKey ? key == prefix : key.StartsWith(prefix, StringComparison.Ordinal);

    /// <summary>How a change looks through a selector: entering it is ADDED, leaving it DELETED.</summary>
    private static string? Classify(CacheEvent change, ListFilter filter)
    {
        var now = change.Type != CacheEventType.Deleted && filter.Matches(change.Object.Value);
        var before = change.Previous is not null && filter.Matches(change.Previous.Value);
        return change.Type switch
        {
            CacheEventType.Added => now ? "ADDED" : null,
            CacheEventType.Deleted => before ? "DELETED" : null,
            _ when now && before => "MODIFIED",
            _ when now => "ADDED",
            _ when before => "DELETED",
            _ => null,
        };
    }
}

/// <summary>Writes watch events as JSON lines, as objects or as single-row Tables.</summary>
internal sealed class WatchEventWriter(HttpContext http, ResourceEndpoint endpoint, bool table, string includeObject)
{
    private static readonly ReadOnlyMemory<byte> LineEnd = "}\n"u8.ToArray();
    private bool _columnsSent;

    public async Task WriteAsync(string type, CachedObject stored, CancellationToken ct)
    {
        var obj = endpoint.Present(stored);
        var payload = obj.Json;
        if (table)
        {
            payload = TableBuilder.Build(endpoint.Printer, [obj], obj.ModRevision.ToString(CultureInfo.InvariantCulture), null, !_columnsSent, includeObject);
            _columnsSent = true;
        }
        await WriteLineAsync(type, payload, ct);
    }

    public Task WriteBookmarkAsync(long revision, bool initialEventsEnd, CancellationToken ct)
    {
        var meta = new Dictionary<string, object> { ["resourceVersion"] = revision.ToString(CultureInfo.InvariantCulture) };
        if (initialEventsEnd) meta["annotations"] = new Dictionary<string, string> { ["k8s.io/initial-events-end"] = "true" };
        var obj = new Dictionary<string, object> { ["kind"] = endpoint.Info.Kind, ["apiVersion"] = endpoint.Info.ApiVersion, ["metadata"] = meta };
        return WriteLineAsync("BOOKMARK", JsonSerializer.SerializeToUtf8Bytes(obj), ct);
    }

    private async Task WriteLineAsync(string type, byte[] payload, CancellationToken ct)
    {
        var head = System.Text.Encoding.UTF8.GetBytes($"{{\"type\":\"{type}\",\"object\":");
        await http.Response.Body.WriteAsync(head, ct);
        await http.Response.Body.WriteAsync(payload, ct);
        await http.Response.Body.WriteAsync(LineEnd, ct);
    }
}
