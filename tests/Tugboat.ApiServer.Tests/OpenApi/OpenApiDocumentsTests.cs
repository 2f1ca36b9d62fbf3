using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Tugboat.ApiServer.OpenApi;
using Tugboat.ApiServer.Registry;

namespace Tugboat.ApiServer.Tests.OpenApi;

public sealed class OpenApiDocumentsTests
{
    private static readonly OpenApiDocuments Docs = new(new ResourceCatalog(BuiltinResources.All));

    private const string Schemas = "#/components/schemas/";

    private sealed record Reply(int Status, IHeaderDictionary Headers, byte[] Body)
    {
        public JsonElement Json => JsonDocument.Parse(Body).RootElement;
    }

    private static async Task<Reply> Serve(string path, string query = "", string method = "GET", string? ifNoneMatch = null, string? accept = null)
    {
        var ctx = new DefaultHttpContext();
        ctx.Request.Method = method;
        ctx.Request.Path = path;
        if (query.Length > 0) ctx.Request.QueryString = new QueryString(query);
        if (ifNoneMatch is not null) ctx.Request.Headers.IfNoneMatch = ifNoneMatch;
        if (accept is not null) ctx.Request.Headers.Accept = accept;
        var body = new MemoryStream();
        ctx.Response.Body = body;
        await Docs.ServeAsync(ctx, path);
        return new Reply(ctx.Response.StatusCode, ctx.Response.Headers, body.ToArray());
    }

    private static JsonElement Document(string key) => JsonDocument.Parse(Docs.Get(key)!).RootElement;

    private static JsonElement Schema(JsonElement doc, string name) => doc.GetProperty("components").GetProperty("schemas").GetProperty(name);

    [Fact]
    public async Task Root_lists_every_group_version_with_a_hashed_url()
    {
        var reply = await Serve("/openapi/v3");

        reply.Status.ShouldBe(200);
        reply.Headers.ContentType.ToString().ShouldBe("application/json");
        var paths = reply.Json.GetProperty("paths");
        foreach (var key in new[] { "api/v1", "apis/apps/v1", "api", "apis", "apis/apps", "apis/batch/v1", "apis/rbac.authorization.k8s.io/v1" })
        {
            var url = paths.GetProperty(key).GetProperty("serverRelativeURL").GetString()!;
            url.ShouldStartWith($"/openapi/v3/{key}?hash=");
            url[(url.IndexOf('=') + 1)..].ShouldBe(Docs.HashOf(key));
        }
        paths.TryGetProperty("apis/apps/v1beta1", out _).ShouldBeFalse();
    }

    [Fact]
    public async Task Group_version_document_is_served_with_or_without_its_hash()
    {
        var hash = Docs.HashOf("apis/apps/v1")!;

        var plain = await Serve("/openapi/v3/apis/apps/v1");
        var hashed = await Serve("/openapi/v3/apis/apps/v1", "?hash=" + hash, accept: "application/com.github.proto-openapi.spec.v3@v1.0+protobuf");

        plain.Status.ShouldBe(200);
        hashed.Status.ShouldBe(200);
        hashed.Headers.ContentType.ToString().ShouldBe("application/json");
        hashed.Body.ShouldBe(plain.Body);
        plain.Headers.ETag.ToString().ShouldBe($"\"{hash}\"");
        hashed.Headers.CacheControl.ToString().ShouldContain("immutable");
        var doc = plain.Json;
        doc.GetProperty("openapi").GetString().ShouldBe("3.0.0");
        doc.GetProperty("info").GetProperty("title").GetString().ShouldBe("Kubernetes");
    }

    [Fact]
    public async Task If_none_match_with_the_etag_answers_not_modified()
    {
        var first = await Serve("/openapi/v3/api/v1");
        var etag = first.Headers.ETag.ToString();

        var second = await Serve("/openapi/v3/api/v1", ifNoneMatch: etag);
        var root = await Serve("/openapi/v3");
        var rootAgain = await Serve("/openapi/v3", ifNoneMatch: root.Headers.ETag.ToString());

        second.Status.ShouldBe(304);
        second.Body.ShouldBeEmpty();
        rootAgain.Status.ShouldBe(304);
    }

    [Fact]
    public async Task A_stale_hash_redirects_to_the_current_url()
    {
        var reply = await Serve("/openapi/v3/apis/apps/v1", "?hash=0123");

        reply.Status.ShouldBe(301);
        reply.Headers.Location.ToString().ShouldBe($"/openapi/v3/apis/apps/v1?hash={Docs.HashOf("apis/apps/v1")}");
    }

    [Fact]
    public async Task Unknown_documents_are_not_found_and_writes_not_allowed()
    {
        (await Serve("/openapi/v3/apis/nope/v1")).Status.ShouldBe(404);
        (await Serve("/openapi/v2")).Status.ShouldBe(404);
        (await Serve("/openapi/v3/apis/apps/v1", method: "POST")).Status.ShouldBe(405);
    }

    [Fact]
    public void Pod_containers_merge_by_name()
    {
        var doc = Document("api/v1");

        var containers = Schema(doc, "io.k8s.api.core.v1.PodSpec").GetProperty("properties").GetProperty("containers");

        containers.GetProperty("type").GetString().ShouldBe("array");
        containers.GetProperty("x-kubernetes-patch-merge-key").GetString().ShouldBe("name");
        containers.GetProperty("x-kubernetes-patch-strategy").GetString().ShouldBe("merge");
        containers.GetProperty("x-kubernetes-list-type").GetString().ShouldBe("map");
        containers.GetProperty("x-kubernetes-list-map-keys")[0].GetString().ShouldBe("name");
        var items = containers.GetProperty("items");
        items.GetProperty("allOf")[0].GetProperty("$ref").GetString().ShouldBe(Schemas + "io.k8s.api.core.v1.Container");
        Schema(doc, "io.k8s.api.core.v1.PodSpec").GetProperty("required").EnumerateArray().Select(e => e.GetString()).ShouldContain("containers");
    }

    [Fact]
    public void Root_kinds_and_their_lists_carry_their_group_version_kind()
    {
        var doc = Document("apis/apps/v1");

        Gvks(Schema(doc, "io.k8s.api.apps.v1.Deployment")).ShouldBe(["apps/v1/Deployment"]);
        Gvks(Schema(doc, "io.k8s.api.apps.v1.DeploymentList")).ShouldBe(["apps/v1/DeploymentList"]);
        Gvks(Schema(doc, "io.k8s.api.autoscaling.v1.Scale")).ShouldBe(["autoscaling/v1/Scale"]);
        Gvks(Schema(Document("api/v1"), "io.k8s.api.core.v1.Pod")).ShouldBe(["/v1/Pod"]);
        Schema(doc, "io.k8s.api.apps.v1.DeploymentSpec").TryGetProperty("x-kubernetes-group-version-kind", out _).ShouldBeFalse();
    }

    private static string[] Gvks(JsonElement schema) =>
        schema.GetProperty("x-kubernetes-group-version-kind").EnumerateArray()
            .Select(g => $"{g.GetProperty("group").GetString()}/{g.GetProperty("version").GetString()}/{g.GetProperty("kind").GetString()}")
            .ToArray();

    [Fact]
    public void Object_meta_has_its_fields_and_references_upstream_names()
    {
        var meta = Schema(Document("api/v1"), "io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta").GetProperty("properties");

        foreach (var field in new[] { "name", "generateName", "namespace", "uid", "resourceVersion", "generation", "creationTimestamp",
                     "deletionTimestamp", "labels", "annotations", "ownerReferences", "finalizers", "managedFields" })
            meta.TryGetProperty(field, out _).ShouldBeTrue(field);
        meta.GetProperty("labels").GetProperty("type").GetString().ShouldBe("object");
        meta.GetProperty("labels").GetProperty("additionalProperties").GetProperty("type").GetString().ShouldBe("string");
        meta.GetProperty("creationTimestamp").GetProperty("$ref").GetString().ShouldBe(Schemas + "io.k8s.apimachinery.pkg.apis.meta.v1.Time");
        meta.GetProperty("ownerReferences").GetProperty("x-kubernetes-patch-merge-key").GetString().ShouldBe("uid");
        meta.GetProperty("generation").GetProperty("format").GetString().ShouldBe("int64");
    }

    [Fact]
    public void Every_ref_resolves_within_its_document()
    {
        foreach (var key in Docs.Paths)
        {
            var doc = Document(key);
            var schemas = doc.GetProperty("components").GetProperty("schemas");
            var refs = new List<string>();
            CollectRefs(doc, refs);
            refs.ShouldNotBeEmpty(key);
            foreach (var reference in refs)
            {
                reference.ShouldStartWith(Schemas);
                schemas.TryGetProperty(reference[Schemas.Length..], out _).ShouldBeTrue($"{key}: {reference}");
            }
        }
    }

    private static void CollectRefs(JsonElement e, List<string> refs)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var p in e.EnumerateObject())
                {
                    // A property named "$ref" (JSONSchemaProps has one) is a field, not a reference.
                    if (p.Name == "$ref" && p.Value.ValueKind == JsonValueKind.String) refs.Add(p.Value.GetString()!);
                    else CollectRefs(p.Value, refs);
                }
                break;
            case JsonValueKind.Array:
                foreach (var item in e.EnumerateArray()) CollectRefs(item, refs);
                break;
        }
    }

    [Fact]
    public void Component_names_are_upstream_names()
    {
        foreach (var key in Docs.Paths)
        foreach (var schema in Document(key).GetProperty("components").GetProperty("schemas").EnumerateObject())
        {
            schema.Name.ShouldStartWith("io.k8s.", Case.Sensitive, key);
            schema.Name.ShouldNotContain("_", Case.Sensitive, key);
        }
        var names = Document("apis/apiextensions.k8s.io/v1").GetProperty("components").GetProperty("schemas");
        names.TryGetProperty("io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceDefinition", out _).ShouldBeTrue();
    }

    /// <summary>kubectl decides server-side field validation and OpenAPI-driven strategic merge patches from the PATCH operation of the kind.</summary>
    [Fact]
    public void Every_resource_patch_accepts_field_validation_and_strategic_merge_patches()
    {
        foreach (var resource in BuiltinResources.All)
        {
            var doc = Document(OpenApiNames.GroupVersionKey(resource.Group, resource.Version));
            var patch = doc.GetProperty("paths").EnumerateObject()
                .Select(p => p.Value.TryGetProperty("patch", out var op) ? op : default)
                .First(op => op.ValueKind == JsonValueKind.Object && IsKind(op.GetProperty("x-kubernetes-group-version-kind"), resource.Group, resource.Version, resource.Kind));

            var parameters = patch.GetProperty("parameters").EnumerateArray()
                .Where(p => p.GetProperty("in").GetString() == "query").Select(p => p.GetProperty("name").GetString()).ToList();
            parameters.ShouldContain("fieldValidation", resource.ToString());
            parameters.ShouldContain("dryRun");
            parameters.ShouldContain("fieldManager");
            parameters.ShouldContain("force");
            patch.GetProperty("x-kubernetes-action").GetString().ShouldBe("patch");
            patch.GetProperty("requestBody").GetProperty("content").TryGetProperty("application/strategic-merge-patch+json", out _).ShouldBeTrue();

            var schemas = doc.GetProperty("components").GetProperty("schemas").EnumerateObject();
            schemas.Count(s => s.Value.TryGetProperty("x-kubernetes-group-version-kind", out var gvks)
                               && gvks.EnumerateArray().Any(g => IsKind(g, resource.Group, resource.Version, resource.Kind)))
                .ShouldBe(1, resource.ToString());
        }
    }

    private static bool IsKind(JsonElement gvk, string group, string version, string kind) =>
        gvk.GetProperty("group").GetString() == group && gvk.GetProperty("version").GetString() == version && gvk.GetProperty("kind").GetString() == kind;

    [Fact]
    public void Resource_paths_have_operations_with_actions_and_kinds()
    {
        var paths = Document("apis/apps/v1").GetProperty("paths");

        var collection = paths.GetProperty("/apis/apps/v1/namespaces/{namespace}/deployments");
        collection.GetProperty("get").GetProperty("x-kubernetes-action").GetString().ShouldBe("list");
        collection.GetProperty("post").GetProperty("x-kubernetes-action").GetString().ShouldBe("post");
        collection.GetProperty("delete").GetProperty("x-kubernetes-action").GetString().ShouldBe("deletecollection");
        collection.GetProperty("get").GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json")
            .GetProperty("schema").GetProperty("$ref").GetString().ShouldBe(Schemas + "io.k8s.api.apps.v1.DeploymentList");
        collection.GetProperty("post").GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ShouldContain("fieldValidation");

        var item = paths.GetProperty("/apis/apps/v1/namespaces/{namespace}/deployments/{name}");
        item.GetProperty("get").GetProperty("operationId").GetString().ShouldBe("readAppsV1NamespacedDeployment");
        item.GetProperty("put").GetProperty("x-kubernetes-action").GetString().ShouldBe("put");
        item.GetProperty("delete").GetProperty("x-kubernetes-action").GetString().ShouldBe("delete");
        item.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ShouldBe(["name", "namespace", "pretty"]);
        IsKind(item.GetProperty("put").GetProperty("x-kubernetes-group-version-kind"), "apps", "v1", "Deployment").ShouldBeTrue();

        paths.GetProperty("/apis/apps/v1/deployments").GetProperty("get").GetProperty("operationId").GetString()
            .ShouldBe("listAppsV1DeploymentForAllNamespaces");
        paths.GetProperty("/apis/apps/v1/watch/namespaces/{namespace}/deployments/{name}").GetProperty("get")
            .GetProperty("x-kubernetes-action").GetString().ShouldBe("watch");

        var scale = paths.GetProperty("/apis/apps/v1/namespaces/{namespace}/deployments/{name}/scale");
        IsKind(scale.GetProperty("patch").GetProperty("x-kubernetes-group-version-kind"), "autoscaling", "v1", "Scale").ShouldBeTrue();
        scale.GetProperty("get").GetProperty("operationId").GetString().ShouldBe("readAppsV1NamespacedDeploymentScale");

        var core = Document("api/v1").GetProperty("paths");
        core.GetProperty("/api/v1/nodes/{name}").GetProperty("get").GetProperty("operationId").GetString().ShouldBe("readCoreV1Node");
        IsKind(core.GetProperty("/api/v1/namespaces/{namespace}/pods/{name}/eviction").GetProperty("post").GetProperty("x-kubernetes-group-version-kind"),
            "policy", "v1", "Eviction").ShouldBeTrue();
        core.TryGetProperty("/api/v1/watch/nodes/{name}", out _).ShouldBeTrue();
    }

    [Fact]
    public void Scalar_wrappers_are_written_as_upstream_writes_them()
    {
        var doc = Document("api/v1");

        var intOrString = Schema(doc, "io.k8s.apimachinery.pkg.util.intstr.IntOrString");
        intOrString.TryGetProperty("type", out _).ShouldBeFalse();
        intOrString.GetProperty("x-kubernetes-int-or-string").GetBoolean().ShouldBeTrue();
        intOrString.GetProperty("format").GetString().ShouldBe("int-or-string");
        var quantity = Schema(doc, "io.k8s.apimachinery.pkg.api.resource.Quantity");
        quantity.GetProperty("oneOf").EnumerateArray().Select(o => o.GetProperty("type").GetString()).ShouldBe(["string", "number"]);
        Schema(doc, "io.k8s.apimachinery.pkg.apis.meta.v1.Time").GetProperty("format").GetString().ShouldBe("date-time");

        var limits = Schema(doc, "io.k8s.api.core.v1.ResourceRequirements").GetProperty("properties").GetProperty("limits");
        limits.GetProperty("additionalProperties").GetProperty("$ref").GetString().ShouldBe(Schemas + "io.k8s.apimachinery.pkg.api.resource.Quantity");
        var port = Schema(doc, "io.k8s.api.core.v1.ServicePort").GetProperty("properties").GetProperty("targetPort");
        port.GetProperty("allOf")[0].GetProperty("$ref").GetString().ShouldBe(Schemas + "io.k8s.apimachinery.pkg.util.intstr.IntOrString");

        var fields = Schema(doc, "io.k8s.apimachinery.pkg.apis.meta.v1.ManagedFieldsEntry").GetProperty("properties").GetProperty("fieldsV1");
        fields.GetProperty("type").GetString().ShouldBe("object");
        fields.GetProperty("x-kubernetes-preserve-unknown-fields").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public void Non_nullable_structs_default_to_empty_and_descriptions_sit_beside_the_ref()
    {
        var doc = Document("apis/apps/v1");
        var spec = Schema(doc, "io.k8s.api.apps.v1.DeploymentSpec").GetProperty("properties");

        var template = spec.GetProperty("template");
        template.GetProperty("allOf")[0].GetProperty("$ref").GetString().ShouldBe(Schemas + "io.k8s.api.core.v1.PodTemplateSpec");
        template.GetProperty("default").ValueKind.ShouldBe(JsonValueKind.Object);
        template.GetProperty("description").GetString().ShouldNotBeNullOrEmpty();
        spec.GetProperty("strategy").GetProperty("x-kubernetes-patch-strategy").GetString().ShouldBe("retainKeys");
        spec.GetProperty("selector").TryGetProperty("default", out _).ShouldBeFalse();
        Schema(doc, "io.k8s.api.apps.v1.Deployment").GetProperty("properties").GetProperty("metadata").GetProperty("default").ValueKind
            .ShouldBe(JsonValueKind.Object);
    }

    [Fact]
    public void Discovery_documents_describe_the_api_and_group_endpoints()
    {
        Document("api").GetProperty("paths").GetProperty("/api/").GetProperty("get").GetProperty("operationId").GetString().ShouldBe("getCoreAPIVersions");
        Document("apis").GetProperty("paths").GetProperty("/apis/").GetProperty("get").GetProperty("operationId").GetString().ShouldBe("getAPIVersions");
        Document("apis/apps").GetProperty("paths").GetProperty("/apis/apps/").GetProperty("get").GetProperty("operationId").GetString().ShouldBe("getAppsAPIGroup");
        Document("apis/rbac.authorization.k8s.io/v1").GetProperty("paths").GetProperty("/apis/rbac.authorization.k8s.io/v1/").GetProperty("get")
            .GetProperty("operationId").GetString().ShouldBe("getRbacAuthorizationV1APIResources");
    }

    [Fact]
    public void Documents_are_built_once()
    {
        Docs.Get("apis/batch/v1").ShouldBeSameAs(Docs.Get("apis/batch/v1"));
    }
}
