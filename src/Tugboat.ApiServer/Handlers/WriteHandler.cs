using System.Text.Json;
using System.Text.Json.Nodes;
using Tugboat.Api.Apply;
using Tugboat.Api.Json;
using Tugboat.Api.Meta;
using Tugboat.Api.Patch;
using Tugboat.Api.Protobuf;
using Tugboat.ApiServer.Admission;
using Tugboat.ApiServer.Caching;
using Tugboat.ApiServer.Http;

namespace Tugboat.ApiServer.Handlers;

/// <summary>CREATE, UPDATE (PUT) and PATCH of a resource or its status subresource.</summary>
public sealed class WriteHandler(ObjectWriter writer, AdmissionChain admission, PatchHandler patches)
{
    public async Task CreateAsync(RequestScope scope)
    {
        var endpoint = scope.Endpoint;
        var obj = endpoint.ToStorage(await DecodeBodyAsync(scope));
        var ns = scope.Request.Namespace;
        if (endpoint.Info.Namespaced)
        {
            if (!string.IsNullOrEmpty(obj.Metadata.Namespace) && obj.Metadata.Namespace != ns)
                throw Errors.BadRequest("the namespace of the provided object does not match the namespace sent on the request");
            obj.Metadata.Namespace = ns;
        }
        else
        {
            obj.Metadata.Namespace = null;
        }
        ObjectMetaSystemFields.FillOnCreate(obj.Metadata);
        endpoint.Strategy.PrepareForCreate(obj);
        endpoint.Strategy.ApplyDefaults(obj);
        admission.AdmitCreate(scope, obj);
        Validate(endpoint, obj, endpoint.Strategy.ValidateCreate(obj));
        obj.Metadata.ManagedFields = TrackUpdate(scope, FieldManagerFor(scope), null, obj, obj.Metadata.ManagedFields, ManagerOf(scope));

        CachedObject created;
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                created = await writer.CreateAsync(endpoint, obj, scope.DryRun, scope.Aborted);
                break;
            }
            catch (ApiException e) when (e.Code == 409 && obj.Metadata.GenerateName is { Length: > 0 } prefix && attempt < 8)
            {
                obj.Metadata.Name = ObjectMetaSystemFields.GenerateName(prefix);
            }
        }
        await ReadHandler.WriteOneAsync(scope, created, 201);
    }

    public async Task UpdateAsync(RequestScope scope)
    {
        var endpoint = scope.Endpoint;
        var obj = endpoint.ToStorage(await DecodeBodyAsync(scope));
        var name = scope.Request.Name!;
        if (obj.Metadata.Name != name)
            throw Errors.BadRequest($"the name of the object ({obj.Metadata.Name}) does not match the name on the URL ({name})");
        if (endpoint.Info.Namespaced)
        {
            if (!string.IsNullOrEmpty(obj.Metadata.Namespace) && obj.Metadata.Namespace != scope.Request.Namespace)
                throw Errors.BadRequest("the namespace of the provided object does not match the namespace sent on the request");
            obj.Metadata.Namespace = scope.Request.Namespace;
        }
        var result = await ApplyUpdateAsync(scope, _ => ObjectCodec.Clone(obj));
        await ReadHandler.WriteOneAsync(scope, result.Object, result.Created ? 201 : 200);
    }

    public async Task PatchAsync(RequestScope scope)
    {
        var body = await BodyReader.ReadBytesAsync(scope.Http.Request, scope.Aborted);
        var contentType = scope.Http.Request.ContentType ?? "";
        var isApply = PatchTypeExtensions.FromContentType(contentType) == PatchType.ApplyPatch;
        var result = await ApplyUpdateAsync(scope, current => patches.Apply(scope, current, body, contentType), allowCreate: isApply);
        await ReadHandler.WriteOneAsync(scope, result.Object, result.Created ? 201 : 200);
    }

    /// <summary>
    /// The update path shared by PUT and PATCH: <paramref name="produce"/> turns the current object (null when
    /// absent) into the requested one, which is then prepared, defaulted, admitted and validated.
    /// </summary>
    public async Task<UpdateResult> ApplyUpdateAsync(RequestScope scope, Func<CachedObject?, IKubernetesObject> produce, bool allowCreate = false)
    {
        var endpoint = scope.Endpoint;
        var strategy = endpoint.Strategy;
        var isStatus = scope.Request.Subresource == "status";
        var name = scope.Request.Name!;
        var ns = scope.Request.Namespace ?? "";
        // Server-side apply works out managedFields itself; other writes record their manager's changes.
        var isApply = scope.Request.Verb == "patch" && PatchTypeExtensions.FromContentType(scope.Http.Request.ContentType) == PatchType.ApplyPatch;
        var fieldManager = FieldManagerFor(scope);
        var manager = ManagerOf(scope);
        return await writer.GuaranteedUpdateAsync(endpoint, ns, name, current =>
        {
            var obj = produce(current);
            var requested = obj.Metadata.ManagedFields;
            if (current is null)
            {
                if (!(strategy.AllowCreateOnUpdate || allowCreate) || isStatus) throw Errors.NotFound(endpoint.Info, name);
                obj.Metadata.ResourceVersion = null;
                if (endpoint.Info.Namespaced) obj.Metadata.Namespace = scope.Request.Namespace;
                admission.AdmitCreate(scope, obj);
                ObjectMetaSystemFields.FillOnCreate(obj.Metadata);
                strategy.PrepareForCreate(obj);
                strategy.ApplyDefaults(obj);
                Validate(endpoint, obj, strategy.ValidateCreate(obj));
                obj.Metadata.ManagedFields = isApply ? requested : TrackUpdate(scope, fieldManager, null, obj, requested, manager);
                return obj;
            }
            var old = current.Value;
            ObjectMetaSystemFields.CarryOverOnUpdate(obj.Metadata, old.Metadata);
            if (isStatus) strategy.PrepareForStatusUpdate(obj, old);
            else strategy.PrepareForUpdate(obj, old);
            strategy.ApplyDefaults(obj);
            admission.AdmitUpdate(scope, obj, old);
            Validate(endpoint, obj, strategy.ValidateUpdate(obj, old));
            obj.Metadata.ManagedFields = isApply ? requested : TrackUpdate(scope, fieldManager, old, obj, requested, manager);
            return obj;
        }, scope.DryRun, scope.Aborted);
    }

    /// <summary>The field manager of the addressed resource or subresource.</summary>
    internal static FieldManager FieldManagerFor(RequestScope scope)
    {
        var info = scope.Endpoint.Info;
        return new FieldManager(info.ClrType, info.ApiVersion, scope.Request.Subresource, info.Subresources.Contains("status"));
    }

    /// <summary>The fieldManager query parameter, else the program name of the User-Agent ("kubectl").</summary>
    internal static string ManagerOf(RequestScope scope) =>
        scope.Query("fieldManager") is { Length: > 0 } manager ? manager : FieldManager.ManagerFromUserAgent(scope.Http.Request.Headers.UserAgent.ToString());

    /// <summary>The managedFields after an ordinary write, worked out on the objects as the endpoint serves them.</summary>
    private static List<ManagedFieldsEntry>? TrackUpdate(RequestScope scope, FieldManager fieldManager, IKubernetesObject? old,
        IKubernetesObject obj, IReadOnlyList<ManagedFieldsEntry>? requested, string manager)
    {
        if (scope.Endpoint.Info.Converter is { } converter)
        {
            old = old is null ? null : converter.ToServed(old);
            obj = converter.ToServed(obj);
        }
        return fieldManager.Update(old, obj, requested, manager, Now());
    }

    internal static DateTimeOffset Now() => ObjectMetaSystemFields.TruncateToSeconds(DateTimeOffset.UtcNow);

    private async Task<IKubernetesObject> DecodeBodyAsync(RequestScope scope)
    {
        var body = await BodyReader.ReadBytesAsync(scope.Http.Request, scope.Aborted);
        if (KubernetesProtobuf.IsMediaType(scope.Http.Request.ContentType)) return ObjectDecoder.DecodeProtobuf(body, scope.Endpoint.Info);
        var duplicates = new List<string>();
        var node = BodyReader.ParseObject(body, scope.Http.Request.ContentType, "couldn't get version/kind; json parse error", duplicates);
        var validation = ObjectDecoder.ParseFieldValidation(scope.Query("fieldValidation"));
        return ObjectDecoder.Decode(node, scope.Endpoint.Info, validation, scope.Warnings, duplicates);
    }

    public static void Validate(ResourceEndpoint endpoint, IKubernetesObject obj, IReadOnlyList<FieldError> errors)
    {
        if (errors.Count > 0) throw Errors.Invalid(endpoint.Info, obj.Metadata.Name ?? obj.Metadata.GenerateName ?? "", errors);
    }
}
