using System.Text.Json;
using Tugboat.Api.Json;
using Tugboat.Api.Meta;
using Tugboat.ApiServer.Caching;
using Tugboat.ApiServer.Http;

namespace Tugboat.ApiServer.Handlers;

/// <summary>DELETE and DELETECOLLECTION: preconditions, graceful deletion, finalizers and propagation policy.</summary>
public sealed class DeleteHandler(ObjectWriter writer, CacheDispatcher dispatcher)
{
    public async Task DeleteAsync(RequestScope scope)
    {
        var options = await ReadOptionsAsync(scope);
        var (obj, removed) = await DeleteOneAsync(scope, scope.Request.Namespace ?? "", scope.Request.Name!, options);
        if (!removed || scope.Endpoint.Strategy.ReturnDeletedObject)
        {
            await ReadHandler.WriteOneAsync(scope, obj, removed ? 200 : 202);
            return;
        }
        var info = scope.Endpoint.Info;
        var status = new Status
        {
            StatusValue = "Success",
            Details = new StatusDetails { Name = obj.Name, Group = info.Group.Length == 0 ? null : info.Group, Kind = info.Resource, Uid = obj.Metadata.Uid },
        };
        await ResponseWriter.WriteObjectAsync(scope.Http, 200, status, scope.Format);
    }

    public async Task DeleteCollectionAsync(RequestScope scope)
    {
        var options = await ReadOptionsAsync(scope);
        var endpoint = scope.Endpoint;
        var filter = ListFilter.Parse(scope.Query("labelSelector"), scope.Query("fieldSelector"), endpoint);
        await dispatcher.WaitForCurrentAsync(scope.Aborted);
        var prefix = endpoint.ListPrefix(scope.Request.Namespace);
        var targets = endpoint.Cache.State.Objects.Where(kv => kv.Key.StartsWith(prefix, StringComparison.Ordinal) && filter.Matches(kv.Value.Value)).Select(kv => kv.Value).ToList();
        var deleted = new List<byte[]>();
        foreach (var target in targets)
        {
            try
            {
                var (obj, _) = await DeleteOneAsync(scope, target.Namespace ?? "", target.Name, options);
                deleted.Add(endpoint.Present(obj).Json);
            }
            catch (ApiException e) when (e.Code == 404) { }
        }
        var meta = new ListMeta { ResourceVersion = dispatcher.Revision.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        await ResponseWriter.WriteListAsync(scope.Http, endpoint.Info.ApiVersion, endpoint.Info.ListKind, meta, deleted, scope.Format);
    }

    /// <summary>Deletes at once, or marks for deletion when a grace period or finalizers hold the object. Returns whether it is gone.</summary>
    private async Task<(CachedObject Object, bool Removed)> DeleteOneAsync(RequestScope scope, string ns, string name, DeleteOptions options)
    {
        var endpoint = scope.Endpoint;
        var strategy = endpoint.Strategy;
        var result = await writer.GuaranteedUpdateAsync(endpoint, ns, name, current =>
        {
            if (current is null) throw Errors.NotFound(endpoint.Info, name);
            CheckPreconditions(endpoint, current, options.Preconditions);
            var obj = ObjectCodec.Clone(current.Value);
            var meta = obj.Metadata;
            var grace = strategy.DeletionGracePeriod(obj, options.GracePeriodSeconds);
            AddPropagationFinalizer(meta, options.PropagationPolicy, options.OrphanDependents);

            if (meta.DeletionTimestamp is null)
            {
                SetDeletion(meta, grace ?? 0);
                strategy.PrepareForDelete(obj);
            }
            else if (grace is long shorter && shorter < (meta.DeletionGracePeriodSeconds ?? long.MaxValue))
            {
                // Already being deleted: only a shorter grace period changes anything.
                SetDeletion(meta, shorter);
            }
            return obj;
        }, scope.DryRun, scope.Aborted);
        return (result.Object, result.Deleted);
    }

    private static void SetDeletion(ObjectMeta meta, long grace)
    {
        meta.DeletionTimestamp = ObjectMetaSystemFields.TruncateToSeconds(DateTimeOffset.UtcNow.AddSeconds(grace));
        meta.DeletionGracePeriodSeconds = grace;
    }

    private static void AddPropagationFinalizer(ObjectMeta meta, string? policy, bool? orphanDependents)
    {
        var finalizer = policy switch
        {
            "Orphan" => "orphan",
            "Foreground" => "foregroundDeletion",
            null when orphanDependents == true => "orphan",
            _ => null,
        };
        if (finalizer is null) return;
        meta.Finalizers ??= [];
        if (!meta.Finalizers.Contains(finalizer)) meta.Finalizers.Add(finalizer);
    }

    private static void CheckPreconditions(ResourceEndpoint endpoint, CachedObject current, Preconditions? preconditions)
    {
        if (preconditions is null) return;
        if (preconditions.Uid is { } uid && uid != current.Metadata.Uid)
            throw Errors.Conflict(endpoint.Info, current.Name, $"Precondition failed: UID in precondition: {uid}, UID in object meta: {current.Metadata.Uid}");
        if (preconditions.ResourceVersion is { } rv && rv != current.Metadata.ResourceVersion)
            throw Errors.Conflict(endpoint.Info, current.Name, $"Precondition failed: ResourceVersion in precondition: {rv}, ResourceVersion in object meta: {current.Metadata.ResourceVersion}");
    }

    private static async Task<DeleteOptions> ReadOptionsAsync(RequestScope scope)
    {
        var body = await BodyReader.ReadBytesAsync(scope.Http.Request, scope.Aborted);
        DeleteOptions options;
        try
        {
            options = body.Length == 0 ? new DeleteOptions() : JsonSerializer.Deserialize<DeleteOptions>(body, ApiJson.Options) ?? new DeleteOptions();
        }
        catch (JsonException ex)
        {
            throw Errors.BadRequest($"error decoding DeleteOptions: {ex.Message}");
        }
        if (long.TryParse(scope.Query("gracePeriodSeconds"), out var grace)) options.GracePeriodSeconds = grace;
        if (scope.Query("propagationPolicy") is { } policy) options.PropagationPolicy = policy;
        if (options.PropagationPolicy is not (null or "Orphan" or "Background" or "Foreground"))
            throw Errors.New(422, "Invalid", $"DeleteOptions.meta.k8s.io \"\" is invalid: propagationPolicy: Unsupported value: \"{options.PropagationPolicy}\": supported values: \"Foreground\", \"Background\", \"Orphan\", \"nil\"");
        if (options.GracePeriodSeconds < 0) options.GracePeriodSeconds = 1;
        return options;
    }
}
