using System.Text.Json;
using System.Text.Json.Nodes;
using Tugboat.Api.Autoscaling.V1;
using Tugboat.Api.Core.V1;
using Tugboat.Api.Json;
using Tugboat.Api.Meta;
using Tugboat.Api.Patch;
using Tugboat.Api.Schema;
using Tugboat.ApiServer.Caching;
using Tugboat.ApiServer.Http;

namespace Tugboat.ApiServer.Handlers;

/// <summary>status, scale, binding and finalize subresources.</summary>
public sealed class SubresourceHandler(ReadHandler reads, WriteHandler writes, ObjectWriter writer, CacheDispatcher dispatcher)
{
    public async Task ServeAsync(RequestScope scope, string subresource)
    {
        var info = scope.Endpoint.Info;
        if (scope.Request.Name is null || !info.Subresources.Contains(subresource)) throw Errors.NotFoundPath();
        var verb = scope.Request.Verb;
        switch (subresource, verb)
        {
            case ("status", "get"): await reads.GetAsync(scope); break;
            case ("status" or "finalize", "update"): await writes.UpdateAsync(scope); break;
            case ("status", "patch"): await writes.PatchAsync(scope); break;
            case ("scale", "get"): await GetScaleAsync(scope); break;
            case ("scale", "update" or "patch"): await UpdateScaleAsync(scope); break;
            case ("binding", "create"): await BindAsync(scope); break;
            default: throw Errors.MethodNotSupported(info, verb);
        }
    }

    private async Task GetScaleAsync(RequestScope scope)
    {
        var current = await CurrentAsync(scope);
        await ResponseWriter.WriteObjectAsync(scope.Http, 200, ScaleAdapter.ToScale(current.Value), scope.Format);
    }

    private async Task UpdateScaleAsync(RequestScope scope)
    {
        var body = await BodyReader.ReadBytesAsync(scope.Http.Request, scope.Aborted);
        var contentType = scope.Http.Request.ContentType ?? "application/json";
        var result = await writer.GuaranteedUpdateAsync(scope.Endpoint, scope.Request.Namespace ?? "", scope.Request.Name!, current =>
        {
            if (current is null) throw Errors.NotFound(scope.Endpoint.Info, scope.Request.Name!);
            var scale = ScaleAdapter.ToScale(current.Value);
            var requested = scope.Request.Verb == "update" ? DecodeScale(body, contentType) : PatchScale(scale, body, contentType);
            if (requested.Metadata.ResourceVersion is { Length: > 0 } rv && rv != current.Metadata.ResourceVersion)
                throw Errors.Conflict(scope.Endpoint.Info, current.Name);
            var replicas = requested.Spec?.Replicas ?? 0;
            if (replicas < 0)
                throw Errors.New(422, "Invalid", $"Scale.autoscaling \"{current.Name}\" is invalid: spec.replicas: Invalid value: {replicas}: must be greater than or equal to 0");
            var updated = ObjectCodec.Clone(current.Value);
            ScaleAdapter.SetReplicas(updated, replicas);
            scope.Endpoint.Strategy.PrepareForUpdate(updated, current.Value);
            updated.Metadata.ManagedFields = WriteHandler.FieldManagerFor(scope).Update(current.Value, updated, null, WriteHandler.ManagerOf(scope), WriteHandler.Now());
            return updated;
        }, scope.DryRun, scope.Aborted);
        await ResponseWriter.WriteObjectAsync(scope.Http, 200, ScaleAdapter.ToScale(result.Object.Value), scope.Format);
    }

    private static Scale DecodeScale(byte[] body, string contentType) =>
        (BodyReader.ParseObject(body, contentType, "error decoding Scale")).Deserialize<Scale>(ApiJson.Options) ?? new Scale();

    private static Scale PatchScale(Scale scale, byte[] body, string contentType)
    {
        var type = PatchTypeExtensions.FromContentType(contentType) ?? throw Errors.UnsupportedMediaType(contentType);
        var live = JsonNode.Parse(ApiJson.Serialize(scale));
        var patch = BodyReader.ParseObject(body, contentType, "error decoding patch");
        try
        {
            var patched = type switch
            {
                PatchType.JsonPatch => JsonPatch.Apply(live, patch),
                PatchType.MergePatch => JsonMergePatch.Apply(live, patch),
                _ => StrategicMergePatch.Apply(live, patch, SchemaRegistry.For<Scale>()),
            };
            return patched.Deserialize<Scale>(ApiJson.Options) ?? scale;
        }
        catch (PatchException e)
        {
            throw Errors.New(e.StatusCode, "BadRequest", e.Message);
        }
    }

    /// <summary>pods/binding: what the scheduler posts to place a pod on a node.</summary>
    private async Task BindAsync(RequestScope scope)
    {
        var body = await BodyReader.ReadBytesAsync(scope.Http.Request, scope.Aborted);
        var binding = BodyReader.ParseObject(body, scope.Http.Request.ContentType, "error decoding Binding").Deserialize<Binding>(ApiJson.Options)
                      ?? throw Errors.BadRequest("empty Binding");
        var node = binding.Target.Name;
        if (string.IsNullOrEmpty(node))
            throw Errors.New(422, "Invalid", $"Binding \"{scope.Request.Name}\" is invalid: target.name: Required value");
        await writer.GuaranteedUpdateAsync(scope.Endpoint, scope.Request.Namespace ?? "", scope.Request.Name!, current =>
        {
            if (current is null) throw Errors.NotFound(scope.Endpoint.Info, scope.Request.Name!);
            var pod = (Pod)ObjectCodec.Clone(current.Value);
            if (pod.Metadata.DeletionTimestamp is not null)
                throw Errors.Conflict(scope.Endpoint.Info, pod.Metadata.Name!, "pod is being deleted, cannot be assigned to a host");
            if (!string.IsNullOrEmpty(pod.Spec?.NodeName))
                throw Errors.Conflict(scope.Endpoint.Info, pod.Metadata.Name!, $"pod {pod.Metadata.Name} is already assigned to node \"{pod.Spec.NodeName}\"");
            pod.Spec!.NodeName = node;
            pod.Status ??= new PodStatus();
            pod.Status.Conditions ??= [];
            pod.Status.Conditions.RemoveAll(c => c.Type == "PodScheduled");
            pod.Status.Conditions.Add(new PodCondition { Type = "PodScheduled", Status = "True", LastTransitionTime = ObjectMetaSystemFields.TruncateToSeconds(DateTimeOffset.UtcNow) });
            return pod;
        }, scope.DryRun, scope.Aborted);
        await ResponseWriter.WriteObjectAsync(scope.Http, 201, new Status { StatusValue = "Success", Code = 201 }, scope.Format);
    }

    private async Task<CachedObject> CurrentAsync(RequestScope scope)
    {
        var endpoint = scope.Endpoint;
        await dispatcher.WaitForCurrentAsync(scope.Aborted);
        return endpoint.Cache.Get(endpoint.Key(scope.Request.Namespace, scope.Request.Name!))
               ?? throw Errors.NotFound(endpoint.Info, scope.Request.Name!);
    }
}
