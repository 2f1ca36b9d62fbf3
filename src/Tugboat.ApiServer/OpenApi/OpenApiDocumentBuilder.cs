using System.Buffers;
using System.Reflection;
using System.Text.Json;
using Tugboat.Api.Meta;
using Tugboat.Api.Schema;
using Tugboat.ApiServer.Discovery;
using Tugboat.ApiServer.Registry;
using P = Tugboat.ApiServer.OpenApi.OpenApiParameters;

namespace Tugboat.ApiServer.OpenApi;

/// <summary>
/// Builds the OpenAPI 3.0 documents served under /openapi/v3: one per group/version (every resource and subresource
/// path with its operations, and the schemas they reach), and the small discovery documents of "api", "apis" and
/// "apis/&lt;group&gt;". Written with a <see cref="Utf8JsonWriter"/> straight to UTF-8 bytes.
/// </summary>
internal static class OpenApiDocumentBuilder
{
    private static readonly string[] ObjectContent = ["application/json", "application/yaml"];
    private static readonly string[] StreamContent = ["application/json", "application/yaml", "application/json;stream=watch"];
    private static readonly string[] AnyContent = ["*/*"];
    private static readonly string[] PatchContent =
        ["application/apply-patch+yaml", "application/json-patch+json", "application/merge-patch+json", "application/strategic-merge-patch+json"];

    private sealed record Gvk(string Group, string Version, string Kind);

    /// <summary>A response or request body schema: a component, or an inline type when there is no component.</summary>
    private sealed record Body(string? Component, string InlineType = "object");

    private sealed record Response(string Code, string Description, Body? Schema, string[] ContentTypes);

    private sealed record RequestBody(Body Schema, string[] ContentTypes, bool Required);

    private sealed record Operation(
        string Method,
        string Action,
        string OperationId,
        string Description,
        IReadOnlyList<P.Parameter> Parameters,
        RequestBody? Request,
        IReadOnlyList<Response> Responses,
        Gvk? Gvk);

    private sealed record PathItem(string Path, IReadOnlyList<P.Parameter> Parameters, List<Operation> Operations);

    /// <summary>The C# type of each root kind, to find the schema of a subresource (Scale, Eviction, Binding).</summary>
    private static readonly Lazy<Dictionary<(string Group, string Version, string Kind), Type>> KindTypes = new(() =>
        typeof(KubernetesKindAttribute).Assembly.GetTypes()
            .Select(t => (Type: t, Kind: t.GetCustomAttribute<KubernetesKindAttribute>()))
            .Where(x => x.Kind is not null)
            .GroupBy(x => (x.Kind!.Group, x.Kind.Version, x.Kind.Kind))
            .ToDictionary(g => g.Key, g => g.First().Type));

    public static byte[] GroupVersion(IReadOnlyList<ResourceInfo> resources, string group, string version, string infoVersion)
    {
        var components = new ComponentSchemas();
        var tag = OpenApiNames.Tag(group, version);
        var paths = new List<PathItem>();
        var prefix = group.Length == 0 ? $"/api/{version}" : $"/apis/{group}/{version}";

        paths.Add(new PathItem(prefix + "/", [],
        [
            new Operation("get", "", $"get{OpenApiNames.OperationGroupVersion(group, version)}APIResources", "get available resources", [], null,
                [Ok(new Body(components.RequireWellKnown(OpenApiNames.APIResourceList)), ObjectContent)], null),
        ]));
        foreach (var resource in resources.OrderBy(r => r.Resource, StringComparer.Ordinal))
            AddResource(paths, components, resource);

        return Write(w =>
        {
            WriteHeader(w, infoVersion);
            WritePaths(w, paths, tag);
            w.WriteStartObject("components");
            components.Write(w);
            w.WriteEndObject();
        });
    }

    private static void AddResource(List<PathItem> paths, ComponentSchemas components, ResourceInfo r)
    {
        var verbs = r.Verbs.ToHashSet(StringComparer.Ordinal);
        var gvk = new Gvk(r.Group, r.Version, r.Kind);
        var op = OpenApiNames.OperationGroupVersion(r.Group, r.Version);
        var kind = r.Kind;
        var scope = r.Namespaced ? "Namespaced" : "";
        var prefix = r.ApiPrefix;
        var collectionPath = r.Namespaced ? $"{prefix}/namespaces/{{namespace}}/{r.Resource}" : $"{prefix}/{r.Resource}";
        var itemPath = collectionPath + "/{name}";
        P.Parameter[] collectionParameters = r.Namespaced ? [P.Namespace, P.Pretty] : [P.Pretty];
        P.Parameter[] itemParameters(string k) => r.Namespaced ? [P.Name(k), P.Namespace, P.Pretty] : [P.Name(k), P.Pretty];

        var self = new Body(components.RequireKind(r.ClrType, r.Group, r.Version, r.Kind));
        var list = new Body(components.RequireList(r));
        var status = new Body(components.Require(typeof(Status)));
        var deleteOptions = new Body(components.Require(typeof(DeleteOptions)));
        var patch = new Body(components.RequireWellKnown(OpenApiNames.Patch));
        var watchEvent = verbs.Contains("watch") ? new Body(components.RequireWellKnown(OpenApiNames.WatchEvent)) : null;

        var collection = new List<Operation>();
        if (verbs.Contains("deletecollection"))
            collection.Add(new Operation("delete", "deletecollection", $"delete{op}Collection{scope}{kind}", $"delete collection of {kind}",
                P.DeleteCollection, new RequestBody(deleteOptions, AnyContent, false), [Ok(status, ObjectContent)], gvk));
        if (verbs.Contains("list"))
            collection.Add(new Operation("get", "list", $"list{op}{scope}{kind}", $"list or watch objects of kind {kind}",
                P.List, null, [Ok(list, StreamContent)], gvk));
        if (verbs.Contains("create"))
            collection.Add(new Operation("post", "post", $"create{op}{scope}{kind}", $"create a {kind}",
                P.Create, new RequestBody(self, AnyContent, true), Written(self, accepted: true), gvk));
        if (collection.Count > 0) paths.Add(new PathItem(collectionPath, collectionParameters, collection));

        var item = new List<Operation>();
        if (verbs.Contains("delete"))
            item.Add(new Operation("delete", "delete", $"delete{op}{scope}{kind}", $"delete a {kind}",
                P.Delete, new RequestBody(deleteOptions, AnyContent, false),
                [Ok(status, ObjectContent), new Response("202", "Accepted", status, ObjectContent)], gvk));
        if (verbs.Contains("get"))
            item.Add(new Operation("get", "get", $"read{op}{scope}{kind}", $"read the specified {kind}", [], null, [Ok(self, ObjectContent)], gvk));
        if (verbs.Contains("patch"))
            item.Add(new Operation("patch", "patch", $"patch{op}{scope}{kind}", $"partially update the specified {kind}",
                P.PatchParameters, new RequestBody(patch, PatchContent, true), Written(self, accepted: false), gvk));
        if (verbs.Contains("update"))
            item.Add(new Operation("put", "put", $"replace{op}{scope}{kind}", $"replace the specified {kind}",
                P.Update, new RequestBody(self, AnyContent, true), Written(self, accepted: false), gvk));
        if (item.Count > 0) paths.Add(new PathItem(itemPath, itemParameters(kind), item));

        if (r.Namespaced && verbs.Contains("list"))
            paths.Add(new PathItem($"{prefix}/{r.Resource}", [P.Pretty],
            [
                new Operation("get", "list", $"list{op}{kind}ForAllNamespaces", $"list or watch objects of kind {kind}",
                    P.List, null, [Ok(list, StreamContent)], gvk),
            ]));

        if (watchEvent is not null)
        {
            var watchList = $"watch individual changes to a list of {kind}. deprecated: use the 'watch' parameter with a list operation instead.";
            var watchOne = $"watch changes to an object of kind {kind}. deprecated: use the 'watch' parameter with a list operation instead, filtered to a single item with the 'fieldSelector' parameter.";
            var watchPrefix = r.Namespaced ? $"{prefix}/watch/namespaces/{{namespace}}/{r.Resource}" : $"{prefix}/watch/{r.Resource}";
            paths.Add(new PathItem(watchPrefix, collectionParameters,
                [new Operation("get", "watchlist", $"watch{op}{scope}{kind}List", watchList, P.List, null, [Ok(watchEvent, StreamContent)], gvk)]));
            paths.Add(new PathItem(watchPrefix + "/{name}", itemParameters(kind),
                [new Operation("get", "watch", $"watch{op}{scope}{kind}", watchOne, P.List, null, [Ok(watchEvent, StreamContent)], gvk)]));
            if (r.Namespaced)
                paths.Add(new PathItem($"{prefix}/watch/{r.Resource}", [P.Pretty],
                    [new Operation("get", "watchlist", $"watch{op}{kind}ListForAllNamespaces", watchList, P.List, null, [Ok(watchEvent, StreamContent)], gvk)]));
        }

        foreach (var subresource in r.Subresources)
        {
            var (subGroup, subVersion, subKind, subVerbs) = SubresourceKinds.Of(r, subresource);
            var subGvk = new Gvk(subGroup, subVersion, subKind);
            var subType = subGroup == r.Group && subVersion == r.Version && subKind == r.Kind
                ? r.ClrType
                : KindTypes.Value.GetValueOrDefault((subGroup, subVersion, subKind));
            var body = subType is not null
                ? new Body(components.RequireKind(subType, subGroup, subVersion, subKind))
                : new Body(null, subresource == "log" ? "string" : "object");
            var name = OpenApiNames.Upper(subresource);
            var action = subresource is "exec" or "attach" or "portforward" or "proxy";
            var operations = new List<Operation>();
            foreach (var verb in subVerbs.Order(StringComparer.Ordinal))
            {
                var operation = verb switch
                {
                    "get" => new Operation("get", action ? "connect" : "get", $"{(action ? "connectGet" : "read")}{op}{scope}{kind}{name}",
                        $"read {subresource} of the specified {kind}", [], null, [Ok(body, ObjectContent)], subGvk),
                    "update" => new Operation("put", action ? "connect" : "put", $"{(action ? "connectPut" : "replace")}{op}{scope}{kind}{name}",
                        $"replace {subresource} of the specified {kind}", P.Update, new RequestBody(body, AnyContent, true), Written(body, accepted: false), subGvk),
                    "patch" => new Operation("patch", action ? "connect" : "patch", $"{(action ? "connectPatch" : "patch")}{op}{scope}{kind}{name}",
                        $"partially update {subresource} of the specified {kind}", P.PatchParameters, new RequestBody(patch, PatchContent, true), Written(body, accepted: false), subGvk),
                    "create" => new Operation("post", action ? "connect" : "post", $"{(action ? "connectPost" : "create")}{op}{scope}{kind}{name}",
                        $"create {subresource} of a {kind}", P.Create, new RequestBody(body, AnyContent, true), Written(body, accepted: true), subGvk),
                    "delete" => new Operation("delete", action ? "connect" : "delete", $"{(action ? "connectDelete" : "delete")}{op}{scope}{kind}{name}",
                        $"delete {subresource} of a {kind}", P.Delete, new RequestBody(deleteOptions, AnyContent, false), [Ok(status, ObjectContent)], subGvk),
                    _ => null,
                };
                if (operation is not null) operations.Add(operation);
            }
            if (operations.Count > 0) paths.Add(new PathItem($"{itemPath}/{subresource}", itemParameters(subKind), operations));
        }
    }

    private static Response Ok(Body body, string[] contentTypes) => new("200", "OK", body, contentTypes);

    private static Response[] Written(Body body, bool accepted) => accepted
        ? [Ok(body, ObjectContent), new Response("201", "Created", body, ObjectContent), new Response("202", "Accepted", body, ObjectContent)]
        : [Ok(body, ObjectContent), new Response("201", "Created", body, ObjectContent)];

    /// <summary>The document of "api": GET /api/ returns the core API versions.</summary>
    public static byte[] CoreVersions(string infoVersion) =>
        Discovery(infoVersion, "/api/", "getCoreAPIVersions", "get available API versions", OpenApiNames.APIVersions, "core");

    /// <summary>The document of "apis": GET /apis/ returns the API groups.</summary>
    public static byte[] Groups(string infoVersion) =>
        Discovery(infoVersion, "/apis/", "getAPIVersions", "get available API versions", OpenApiNames.APIGroupList, "apis");

    /// <summary>The document of "apis/&lt;group&gt;": GET /apis/&lt;group&gt;/ returns the group.</summary>
    public static byte[] Group(string infoVersion, string group) =>
        Discovery(infoVersion, $"/apis/{group}/", $"get{OpenApiNames.OperationGroup(group)}APIGroup", "get information of a group",
            OpenApiNames.APIGroup, OpenApiNames.Tag(group));

    private static byte[] Discovery(string infoVersion, string path, string operationId, string description, string schema, string tag)
    {
        var components = new ComponentSchemas();
        var paths = new List<PathItem>
        {
            new(path, [],
            [
                new Operation("get", "", operationId, description, [], null,
                    [Ok(new Body(components.RequireWellKnown(schema)), ObjectContent)], null),
            ]),
        };
        return Write(w =>
        {
            WriteHeader(w, infoVersion);
            WritePaths(w, paths, tag);
            w.WriteStartObject("components");
            components.Write(w);
            w.WriteEndObject();
        });
    }

    private static byte[] Write(Action<Utf8JsonWriter> body)
    {
        var buffer = new ArrayBufferWriter<byte>(64 * 1024);
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = false }))
        {
            w.WriteStartObject();
            body(w);
            w.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }

    private static void WriteHeader(Utf8JsonWriter w, string infoVersion)
    {
        w.WriteString("openapi", "3.0.0");
        w.WriteStartObject("info");
        w.WriteString("title", "Kubernetes");
        w.WriteString("version", infoVersion);
        w.WriteEndObject();
    }

    private static void WritePaths(Utf8JsonWriter w, List<PathItem> paths, string tag)
    {
        w.WriteStartObject("paths");
        foreach (var item in paths)
        {
            w.WriteStartObject(item.Path);
            foreach (var operation in item.Operations.OrderBy(o => o.Method, StringComparer.Ordinal))
                WriteOperation(w, operation, tag);
            if (item.Parameters.Count > 0)
            {
                w.WriteStartArray("parameters");
                foreach (var parameter in item.Parameters) parameter.Write(w);
                w.WriteEndArray();
            }
            w.WriteEndObject();
        }
        w.WriteEndObject();
    }

    private static void WriteOperation(Utf8JsonWriter w, Operation op, string tag)
    {
        w.WriteStartObject(op.Method);
        w.WriteString("description", op.Description);
        w.WriteString("operationId", op.OperationId);
        if (op.Parameters.Count > 0)
        {
            w.WriteStartArray("parameters");
            foreach (var parameter in op.Parameters) parameter.Write(w);
            w.WriteEndArray();
        }
        if (op.Request is { } request)
        {
            w.WriteStartObject("requestBody");
            WriteContent(w, request.Schema, request.ContentTypes);
            if (request.Required) w.WriteBoolean("required", true);
            w.WriteEndObject();
        }
        w.WriteStartObject("responses");
        foreach (var response in op.Responses)
        {
            w.WriteStartObject(response.Code);
            if (response.Schema is { } schema) WriteContent(w, schema, response.ContentTypes);
            w.WriteString("description", response.Description);
            w.WriteEndObject();
        }
        w.WriteStartObject("401");
        w.WriteString("description", "Unauthorized");
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteStartArray("tags");
        w.WriteStringValue(tag);
        w.WriteEndArray();
        if (op.Action.Length > 0) w.WriteString("x-kubernetes-action", op.Action);
        if (op.Gvk is { } gvk)
        {
            w.WriteStartObject("x-kubernetes-group-version-kind");
            w.WriteString("group", gvk.Group);
            w.WriteString("kind", gvk.Kind);
            w.WriteString("version", gvk.Version);
            w.WriteEndObject();
        }
        w.WriteEndObject();
    }

    private static void WriteContent(Utf8JsonWriter w, Body body, string[] contentTypes)
    {
        w.WriteStartObject("content");
        foreach (var contentType in contentTypes)
        {
            w.WriteStartObject(contentType);
            w.WritePropertyName("schema");
            if (body.Component is { } component)
                ComponentSchemas.WriteRef(w, component);
            else
            {
                w.WriteStartObject();
                w.WriteString("type", body.InlineType);
                w.WriteEndObject();
            }
            w.WriteEndObject();
        }
        w.WriteEndObject();
    }
}
