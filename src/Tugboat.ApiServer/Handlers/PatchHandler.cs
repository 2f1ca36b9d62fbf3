using System.Text.Json.Nodes;
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

        if (current is null)
        {
            if (type != PatchType.ApplyPatch) throw Errors.NotFound(resource, scope.Request.Name!);
            var created = ObjectDecoder.Decode(patch, resource, validation, scope.Warnings);
            RequireApplyIdentity(scope, created);
            return scope.Endpoint.ToStorage(created);
        }

        var live = JsonNode.Parse(scope.Endpoint.Present(current).Json)!;
        JsonNode? patched;
        try
        {
            patched = type switch
            {
                PatchType.JsonPatch => JsonPatch.Apply(live, patch),
                PatchType.MergePatch => JsonMergePatch.Apply(live, patch),
                // Apply is served as a strategic merge of the applied configuration until field ownership exists.
                PatchType.StrategicMergePatch or PatchType.ApplyPatch => StrategicMergePatch.Apply(live, patch, SchemaRegistry.For(resource.ClrType)),
                _ => throw Errors.UnsupportedMediaType(contentType),
            };
        }
        catch (PatchException e)
        {
            throw Errors.New(e.StatusCode, e.StatusCode == 422 ? "Invalid" : "BadRequest", e.Message);
        }
        if (patched is not JsonObject) throw Errors.BadRequest("the patch did not produce an object");

        var obj = ObjectDecoder.Decode(patched, resource, validation, scope.Warnings);
        if (type == PatchType.ApplyPatch) RequireApplyIdentity(scope, obj);
        // A patch that does not name a resourceVersion is unconditional: it is re-applied on a conflicting write.
        if (obj.Metadata.ResourceVersion == current.Metadata.ResourceVersion) obj.Metadata.ResourceVersion = null;
        return scope.Endpoint.ToStorage(obj);
    }

    private static void RequireApplyIdentity(RequestScope scope, IKubernetesObject obj)
    {
        if (string.IsNullOrEmpty(scope.Query("fieldManager")))
            throw Errors.BadRequest("PATCH, application/apply-patch+yaml requests must specify a fieldManager");
        if (obj.Metadata.Name != scope.Request.Name)
            throw Errors.BadRequest($"the name of the object ({obj.Metadata.Name}) does not match the name on the URL ({scope.Request.Name})");
    }
}
