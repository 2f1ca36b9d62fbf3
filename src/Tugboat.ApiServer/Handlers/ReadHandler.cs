using System.Globalization;
using Tugboat.Api.Meta;
using Tugboat.ApiServer.Caching;
using Tugboat.ApiServer.Http;
using Tugboat.Storage;

namespace Tugboat.ApiServer.Handlers;

/// <summary>GET of one object and LIST, served from the watch cache (paginated continuations from the store's history).</summary>
public sealed class ReadHandler(CacheDispatcher dispatcher, IStore store)
{
    public async Task GetAsync(RequestScope scope)
    {
        var endpoint = scope.Endpoint;
        await WaitForFreshAsync(scope);
        var found = endpoint.Cache.Get(endpoint.Key(scope.Request.Namespace, scope.Request.Name!))
                    ?? throw Errors.NotFound(endpoint.Info, scope.Request.Name!);
        await WriteOneAsync(scope, found, 200);
    }

    public static async Task WriteOneAsync(RequestScope scope, CachedObject stored, int code)
    {
        var obj = scope.Endpoint.Present(stored);
        scope.FlushWarnings();
        if (scope.Format.Table)
        {
            var table = TableBuilder.Build(scope.Endpoint.Printer, [obj], obj.ModRevision.ToString(CultureInfo.InvariantCulture), null, true, scope.Query("includeObject") ?? "Metadata");
            await ResponseWriter.WriteJsonAsync(scope.Http, code, table, scope.Format);
            return;
        }
        await ResponseWriter.WriteJsonAsync(scope.Http, code, obj.Json, scope.Format);
    }

    public async Task ListAsync(RequestScope scope)
    {
        var endpoint = scope.Endpoint;
        var filter = ListFilter.Parse(scope.Query("labelSelector"), scope.Query("fieldSelector"), endpoint);
        var limit = ParseLimit(scope.Query("limit"));
        var prefix = endpoint.ListPrefix(scope.Request.Namespace);
        var token = scope.Query("continue") is { Length: > 0 } c ? ContinueToken.Decode(c) : null;

        List<CachedObject> page;
        long revision;
        long? remaining = null;
        string? next = null;
        if (token is not null)
        {
            (page, next) = await PageFromStoreAsync(endpoint, prefix, token.StartKey, token.Revision, limit, filter, scope.Aborted);
            revision = token.Revision;
        }
        else if (scope.Query("resourceVersionMatch") == "Exact" && ParseRevision(scope.Query("resourceVersion")) is > 0 and var exact)
        {
            (page, next) = await PageFromStoreAsync(endpoint, prefix, prefix, exact, limit, filter, scope.Aborted);
            revision = exact;
        }
        else
        {
            await WaitForFreshAsync(scope);
            var global = dispatcher.Revision;
            var state = endpoint.Cache.State;
            revision = Math.Max(global, state.Revision);
            page = [];
            string? lastKey = null;
            var seen = 0;
            foreach (var (key, obj) in state.Objects)
            {
                if (!key.StartsWith(prefix, StringComparison.Ordinal)) continue;
                if (!filter.Matches(obj.Value)) continue;
                seen++;
                if (limit > 0 && page.Count == limit)
                {
                    next ??= new ContinueToken(revision, lastKey + "\0").Encode();
                    if (!filter.IsEverything) break;
                    continue; // counting the rest for remainingItemCount, as upstream does for unfiltered lists
                }
                page.Add(obj);
                lastKey = key;
            }
            if (next is not null && filter.IsEverything) remaining = seen - page.Count;
        }

        var rv = revision.ToString(CultureInfo.InvariantCulture);
        if (endpoint.Info.Converter is not null) page = page.Select(endpoint.Present).ToList();
        scope.FlushWarnings();
        if (scope.Format.Table)
        {
            var table = TableBuilder.Build(endpoint.Printer, page, rv, next, true, scope.Query("includeObject") ?? "Metadata");
            await ResponseWriter.WriteJsonAsync(scope.Http, 200, table, scope.Format);
            return;
        }
        var meta = new ListMeta { ResourceVersion = rv, Continue = next, RemainingItemCount = remaining };
        await ResponseWriter.WriteListAsync(scope.Http, endpoint.Info.ApiVersion, endpoint.Info.ListKind, meta, page.Select(o => o.Json), scope.Format);
    }

    private async Task<(List<CachedObject> Page, string? Next)> PageFromStoreAsync(ResourceEndpoint endpoint, string prefix, string startKey,
        long revision, int limit, ListFilter filter, CancellationToken ct)
    {
        var page = new List<CachedObject>();
        var start = startKey;
        while (true)
        {
            ListResult chunk;
            try
            {
                chunk = await store.ListAsync(prefix, start, limit > 0 ? Math.Max(limit, 100) : 0, revision, ct);
            }
            catch (CompactedException)
            {
                throw Errors.Gone("The provided continue parameter is too old to display a consistent list result. You can start a new list without the continue parameter.");
            }
            foreach (var kv in chunk.Items)
            {
                var obj = ObjectCodec.Decode(kv.Value, endpoint.Cache.ClrType, kv.ModRevision);
                if (!filter.Matches(obj)) continue;
                if (limit > 0 && page.Count == limit) return (page, new ContinueToken(revision, page[^1].Key + "\0").Encode());
                page.Add(ObjectCodec.ToCached(kv.Key, obj, kv.CreateRevision, kv.ModRevision));
            }
            if (!chunk.More || chunk.Items.Count == 0) return (page, null);
            start = chunk.Items[^1].Key + "\0";
        }
    }

    private Task WaitForFreshAsync(RequestScope scope) => dispatcher.WaitForCurrentAsync(scope.Aborted);

    private static int ParseLimit(string? value) =>
        value is null ? 0 : int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : throw Errors.BadRequest($"invalid limit: {value}");

    public static long ParseRevision(string? value)
    {
        if (string.IsNullOrEmpty(value)) return 0;
        return long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var rv)
            ? rv
            : throw Errors.BadRequest($"invalid resource version: {value}");
    }
}
