using System.Text.Json;
using System.Text.Json.Nodes;
using Tugboat.Api.Apply;
using Tugboat.Api.Meta;
using Tugboat.Api.Patch;
using Tugboat.Api.Schema;
using Tugboat.ApiServer.Caching;
using Tugboat.ApiServer.Http;

namespace Tugboat.ApiServer.Handlers;

/// <summary>Applies a JSON, merge, strategic-merge or apply patch to the current object and decodes the result.</summary>
public sealed class PatchHandler
{
    public IKubernetesObject Apply(RequestScope scope, CachedObject? current, byte[] body, string contentType)
    {
        var type = PatchTypeExtensions.FromContentType(contentType) ?? throw Errors.UnsupportedMediaType(contentType);
        var resource = scope.Endpoint.Info;
        var validation = ObjectDecoder.ParseFieldValidation(scope.Query("fieldValidation"));
        var patch = BodyReader.ParseObject(body, contentType, "error decoding patch");
        if (type == PatchType.ApplyPatch) return ServerSideApply(scope, current, patch, validation);
        if (current is null) throw Errors.NotFound(resource, scope.Request.Name!);

        var live = JsonNode.Parse(scope.Endpoint.Present(current).Json)!;
        JsonNode? patched;
        try
        {
            patched = type switch
            {
                PatchType.JsonPatch => JsonPatch.Apply(live, patch),
                PatchType.MergePatch => JsonMergePatch.Apply(live, patch),
                PatchType.StrategicMergePatch => StrategicMergePatch.Apply(live, patch, SchemaRegistry.For(resource.ClrType)),
                _ => throw Errors.UnsupportedMediaType(contentType),
            };
        }
        catch (PatchException e)
        {
            throw Errors.New(e.StatusCode, e.StatusCode == 422 ? "Invalid" : "BadRequest", e.Message);
        }
        if (patched is not JsonObject) throw Errors.BadRequest("the patch did not produce an object");

        var obj = ObjectDecoder.Decode(patched, resource, validation, scope.Warnings);
        // A patch that does not name a resourceVersion is unconditional: it is re-applied on a conflicting write.
        if (obj.Metadata.ResourceVersion == current.Metadata.ResourceVersion) obj.Metadata.ResourceVersion = null;
        return scope.Endpoint.ToStorage(obj);
    }

    /// <summary>
    /// Server-side apply: merges the applied configuration into the current object (or creates it), tracking field
    /// ownership in metadata.managedFields; a change to fields other managers own is a 409 unless force=true.
    /// </summary>
    private static IKubernetesObject ServerSideApply(RequestScope scope, CachedObject? current, JsonNode patch, FieldValidation validation)
    {
        var resource = scope.Endpoint.Info;
        var manager = scope.Query("fieldManager");
        if (string.IsNullOrEmpty(manager))
            throw Errors.BadRequest("PATCH, application/apply-patch+yaml requests must specify a fieldManager");
        if (patch is not JsonObject config) throw Errors.BadRequest("error decoding patch: the apply configuration must be an object");

        ApplyResult result;
        try
        {
            var live = current is null ? null : scope.Endpoint.Present(current).Value;
            result = WriteHandler.FieldManagerFor(scope).Apply(live, config, manager, scope.Query("force") == "true",
                merged => FieldManager.ToJson(ObjectDecoder.Decode(merged, resource, FieldValidation.Ignore, [])),
                ObjectMetaSystemFields.TruncateToSeconds(DateTimeOffset.UtcNow));
        }
        catch (ConflictException e)
        {
            throw Errors.New(409, "Conflict", ManagedFields.ConflictMessage(e.Conflicts), new StatusDetails { Causes = FieldManager.ConflictCauses(e.Conflicts) });
        }
        catch (ApplyRequestException e)
        {
            throw Errors.BadRequest(e.Message);
        }
        catch (ApplyValidationException e)
        {
            var ns = config["metadata"]?["namespace"]?.GetValueKind() == JsonValueKind.String ? config["metadata"]!["namespace"]!.GetValue<string>() : scope.Request.Namespace ?? "";
            var gvk = $"{resource.Group}/{resource.Version}, Kind={resource.Kind}";
            throw new ApiException(new Status
            {
                StatusValue = "Failure", Code = 500,
                Message = $"failed to create typed patch object ({ns}/{scope.Request.Name}; {gvk}): {e.Message}",
            });
        }

        var obj = ObjectDecoder.Decode(result.Object, resource, validation, scope.Warnings);
        if (obj.Metadata.Name != scope.Request.Name)
            throw Errors.BadRequest($"the name of the object ({obj.Metadata.Name}) does not match the name on the URL ({scope.Request.Name})");
        obj.Metadata.ManagedFields = result.ManagedFields;
        if (current is not null && obj.Metadata.ResourceVersion == current.Metadata.ResourceVersion) obj.Metadata.ResourceVersion = null;
        // Upstream's field manager defaults the merged object, so fields pruned and defaulted again do not count as
        // a spec change (metadata.generation) when the strategy compares it with the stored object.
        var stored = scope.Endpoint.ToStorage(obj);
        scope.Endpoint.Strategy.ApplyDefaults(stored);
        return stored;
    }
}
