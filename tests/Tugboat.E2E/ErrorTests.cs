using System.Text;
using System.Text.Json.Nodes;

namespace Tugboat.E2E;

/// <summary>
/// Rejected requests: each answers with a Status in upstream's words and codes, and leaves the stored objects as they were.
/// Bodies kubectl would not send go over HTTPS directly with the admin client certificate.
/// </summary>
[Collection("server")]
public sealed class ErrorTests(ServerFixture fixture) : IDisposable
{
    private readonly ApiClient _api = fixture.Server.Api();

    private Kubectl K => fixture.Kubectl;

    public void Dispose() => _api.Dispose();

    /// <summary>A namespace holding one configmap and one pod, and a snapshot of everything in it.</summary>
    private async Task<(string Ns, string Snapshot)> SeededNamespaceAsync(string prefix)
    {
        var ns = await fixture.NamespaceAsync(prefix);
        (await K.ApplyAsync(Manifests.ConfigMap("keep", ns, ("a", "1")) + "\n---\n" + Manifests.Pod("web", ns))).Ok();
        return (ns, await SnapshotAsync(ns));
    }

    private async Task<string> SnapshotAsync(string ns)
    {
        var items = new JsonArray();
        foreach (var resource in new[] { "configmaps", "pods", "secrets", "services" })
        {
            var list = await _api.GetAsync($"/api/v1/namespaces/{ns}/{resource}");
            list.Code.ShouldBe(200, list.Body);
            foreach (var item in list.Json["items"]!.AsArray()) items.Add(item!.DeepClone());
        }
        return items.ToJsonString();
    }

    private async Task ShouldBeUnchangedAsync(string ns, string snapshot) => (await SnapshotAsync(ns)).ShouldBe(snapshot);

    private static void ShouldBeStatus(ApiClient.Response response, int code, string reason)
    {
        response.Code.ShouldBe(code, response.Body);
        var status = response.Json;
        status["kind"]!.GetValue<string>().ShouldBe("Status", response.Body);
        status["apiVersion"]!.GetValue<string>().ShouldBe("v1");
        status["status"]!.GetValue<string>().ShouldBe("Failure");
        status["reason"]!.GetValue<string>().ShouldBe(reason, response.Body);
        status["code"]!.GetValue<int>().ShouldBe(code);
    }

    [Fact]
    public async Task Malformed_json_is_a_400_naming_the_position()
    {
        var (ns, snapshot) = await SeededNamespaceAsync("badjson");
        var response = await _api.PostAsync($"/api/v1/namespaces/{ns}/configmaps", """{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"x",}}""");
        ShouldBeStatus(response, 400, "BadRequest");
        var message = response.Json["message"]!.GetValue<string>();
        message.ShouldContain("json parse error");
        message.ShouldMatch(@"(line 1, column \d+|offset \d+)");
        var truncated = await _api.PostAsync($"/api/v1/namespaces/{ns}/configmaps", "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"x");
        ShouldBeStatus(truncated, 400, "BadRequest");
        // An update with a broken body is refused the same way.
        var put = await _api.PutAsync($"/api/v1/namespaces/{ns}/configmaps/keep", "{\"data\": [}");
        ShouldBeStatus(put, 400, "BadRequest");
        await ShouldBeUnchangedAsync(ns, snapshot);
    }

    [Fact]
    public async Task Malformed_yaml_is_a_400()
    {
        var (ns, snapshot) = await SeededNamespaceAsync("badyaml");
        var response = await _api.PostAsync($"/api/v1/namespaces/{ns}/configmaps",
            "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: y\n   namespace: x\n", "application/yaml");
        ShouldBeStatus(response, 400, "BadRequest");
        response.Json["message"]!.GetValue<string>().ShouldContain("line 5");
        await ShouldBeUnchangedAsync(ns, snapshot);
    }

    [Fact]
    public async Task Kubectl_refuses_malformed_yaml_before_sending()
    {
        var (ns, snapshot) = await SeededNamespaceAsync("kbadyaml");
        var result = (await K.RunAsync("create -f - --validate=false", $"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: y\n   namespace: {ns}\n")).Fails();
        result.Stderr.ShouldContain("error converting YAML to JSON: yaml: line 5: mapping values are not allowed in this context");
        await ShouldBeUnchangedAsync(ns, snapshot);
    }

    [Fact]
    public async Task The_wrong_kind_for_the_url_is_a_400()
    {
        var (ns, snapshot) = await SeededNamespaceAsync("wrongkind");
        var response = await _api.PostAsync($"/api/v1/namespaces/{ns}/configmaps", """{"apiVersion":"v1","kind":"Secret","metadata":{"name":"x"}}""");
        ShouldBeStatus(response, 400, "BadRequest");
        response.Json["message"]!.GetValue<string>().ShouldContain("Secret");
        var wrongNamespace = await _api.PostAsync($"/api/v1/namespaces/{ns}/configmaps", """{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"x","namespace":"elsewhere"}}""");
        ShouldBeStatus(wrongNamespace, 400, "BadRequest");
        wrongNamespace.Json["message"]!.GetValue<string>().ShouldBe("the namespace of the provided object does not match the namespace sent on the request");
        var wrongName = await _api.PutAsync($"/api/v1/namespaces/{ns}/configmaps/keep", """{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"other"}}""");
        ShouldBeStatus(wrongName, 400, "BadRequest");
        wrongName.Json["message"]!.GetValue<string>().ShouldBe("the name of the object (other) does not match the name on the URL (keep)");
        await ShouldBeUnchangedAsync(ns, snapshot);
    }

    [Fact]
    public async Task A_missing_required_field_is_a_422_naming_it()
    {
        var (ns, snapshot) = await SeededNamespaceAsync("required");
        var response = await _api.PostAsync($"/api/v1/namespaces/{ns}/pods",
            """{"apiVersion":"v1","kind":"Pod","metadata":{"name":"noimage"},"spec":{"containers":[{"name":"c"}]}}""");
        ShouldBeStatus(response, 422, "Invalid");
        var details = response.Json["details"]!;
        details["name"]!.GetValue<string>().ShouldBe("noimage");
        details["kind"]!.GetValue<string>().ShouldBe("Pod");
        var cause = details["causes"]!.AsArray().Single()!;
        cause["field"]!.GetValue<string>().ShouldBe("spec.containers[0].image");
        cause["reason"]!.GetValue<string>().ShouldBe("FieldValueRequired");
        response.Json["message"]!.GetValue<string>().ShouldBe("Pod \"noimage\" is invalid: spec.containers[0].image: Required value");
        // kubectl prints the same.
        (await K.RunAsync("create -f -", $$$"""{"apiVersion":"v1","kind":"Pod","metadata":{"name":"noimage","namespace":"{{{ns}}}"},"spec":{"containers":[{"name":"c"}]}}"""))
            .Fails().Stderr.ShouldContain("The Pod \"noimage\" is invalid: spec.containers[0].image: Required value");
        await ShouldBeUnchangedAsync(ns, snapshot);
    }

    [Fact]
    public async Task Invalid_names_and_values_are_a_422_naming_the_fields()
    {
        var (ns, snapshot) = await SeededNamespaceAsync("invalid");
        var badName = await _api.PostAsync($"/api/v1/namespaces/{ns}/configmaps", """{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"Bad_Name"}}""");
        ShouldBeStatus(badName, 422, "Invalid");
        var cause = badName.Json["details"]!["causes"]!.AsArray().Single()!;
        cause["field"]!.GetValue<string>().ShouldBe("metadata.name");
        cause["reason"]!.GetValue<string>().ShouldBe("FieldValueInvalid");
        cause["message"]!.GetValue<string>().ShouldContain("a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters");

        var noName = await _api.PostAsync($"/api/v1/namespaces/{ns}/configmaps", """{"apiVersion":"v1","kind":"ConfigMap","metadata":{}}""");
        ShouldBeStatus(noName, 422, "Invalid");
        noName.Json["details"]!["causes"]![0]!["field"]!.GetValue<string>().ShouldBe("metadata.name");
        noName.Json["message"]!.GetValue<string>().ShouldContain("name or generateName is required");

        var badPolicy = (await K.RunAsync("create -f -",
            $$$"""{"apiVersion":"v1","kind":"Pod","metadata":{"name":"p","namespace":"{{{ns}}}"},"spec":{"restartPolicy":"Sometimes","containers":[{"name":"c","image":"x"}]}}""")).Fails();
        badPolicy.Stderr.ShouldContain("The Pod \"p\" is invalid: spec.restartPolicy: Unsupported value: \"Sometimes\": supported values: \"Always\", \"OnFailure\", \"Never\"");

        var twoErrors = await _api.PostAsync($"/api/v1/namespaces/{ns}/pods",
            """{"apiVersion":"v1","kind":"Pod","metadata":{"name":"two","labels":{"a":"b c"}},"spec":{"containers":[{"name":"c"}]}}""");
        ShouldBeStatus(twoErrors, 422, "Invalid");
        var fields = twoErrors.Json["details"]!["causes"]!.AsArray().Select(c => c!["field"]!.GetValue<string>()).ToList();
        fields.ShouldContain("metadata.labels");
        fields.ShouldContain("spec.containers[0].image");
        await ShouldBeUnchangedAsync(ns, snapshot);
    }

    [Fact]
    public async Task An_unknown_resource_is_reported_by_kubectl_and_is_a_404()
    {
        var (ns, snapshot) = await SeededNamespaceAsync("unknown");
        (await K.RunAsync($"get x -n {ns}")).Fails().Stderr.ShouldContain("the server doesn't have a resource type \"x\"");
        (await K.RunAsync("create -f - --validate=false", $$$"""{"apiVersion":"v1","kind":"Flurb","metadata":{"name":"f","namespace":"{{{ns}}}"}}""")).Fails().Stderr
            .ShouldContain("no matches for kind \"Flurb\" in version \"v1\"");
        var response = await _api.PostAsync($"/api/v1/namespaces/{ns}/flurbs", """{"apiVersion":"v1","kind":"Flurb","metadata":{"name":"f"}}""");
        ShouldBeStatus(response, 404, "NotFound");
        response.Json["message"]!.GetValue<string>().ShouldBe("the server could not find the requested resource");
        ShouldBeStatus(await _api.GetAsync("/apis/nosuch.example.com/v1/things"), 404, "NotFound");
        await ShouldBeUnchangedAsync(ns, snapshot);
    }

    [Fact]
    public async Task A_body_over_3_MiB_is_a_413()
    {
        var (ns, snapshot) = await SeededNamespaceAsync("huge");
        var body = $$$"""{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"huge"},"data":{"a":"{{{new string('x', 3 * 1024 * 1024 + 16)}}}"}}""";
        var response = await _api.SendAsync(HttpMethod.Post, $"/api/v1/namespaces/{ns}/configmaps", Encoding.UTF8.GetBytes(body));
        ShouldBeStatus(response, 413, "RequestEntityTooLarge");
        response.Json["message"]!.GetValue<string>().ShouldContain("Request entity too large");
        // An update of an existing object with a huge body is refused too.
        var put = await _api.SendAsync(HttpMethod.Put, $"/api/v1/namespaces/{ns}/configmaps/keep",
            Encoding.UTF8.GetBytes(body.Replace("\"name\":\"huge\"", "\"name\":\"keep\"")));
        put.Code.ShouldBe(413, put.Body);
        await ShouldBeUnchangedAsync(ns, snapshot);
        // The server still answers afterwards.
        (await _api.GetAsync($"/api/v1/namespaces/{ns}/configmaps/keep")).Code.ShouldBe(200);
    }

    [Fact]
    public async Task Unauthenticated_requests_are_a_401()
    {
        var (ns, snapshot) = await SeededNamespaceAsync("anon");
        using var anonymous = fixture.Server.Api(authenticate: false);
        var list = await anonymous.GetAsync($"/api/v1/namespaces/{ns}/configmaps");
        ShouldBeStatus(list, 401, "Unauthorized");
        list.Json["message"]!.GetValue<string>().ShouldBe("Unauthorized");
        ShouldBeStatus(await anonymous.PostAsync($"/api/v1/namespaces/{ns}/configmaps", """{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"anon"}}"""), 401, "Unauthorized");
        ShouldBeStatus(await anonymous.SendAsync(HttpMethod.Delete, $"/api/v1/namespaces/{ns}/configmaps/keep"), 401, "Unauthorized");
        var bearer = await K.RunAsync(["get", "configmaps", "-n", ns, "--kubeconfig=/dev/null", $"--server={_api.Server}", "--insecure-skip-tls-verify", "--token=bogus"]);
        bearer.Fails().Stderr.ShouldContain("error: You must be logged in to the server (Unauthorized)");
        await ShouldBeUnchangedAsync(ns, snapshot);
    }

    [Fact]
    public async Task Unknown_fields_are_a_400_under_strict_validation()
    {
        var (ns, snapshot) = await SeededNamespaceAsync("strict");
        var response = await _api.PostAsync($"/api/v1/namespaces/{ns}/configmaps?fieldValidation=Strict",
            """{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"s"},"bogus":1}""");
        ShouldBeStatus(response, 400, "BadRequest");
        response.Json["message"]!.GetValue<string>().ShouldBe("ConfigMap in version \"v1\" cannot be handled as a ConfigMap: strict decoding error: unknown field \"bogus\"");
        // kubectl create validates strictly by default and prints the nested path.
        var result = (await K.RunAsync("create -f -",
            $$$"""{"apiVersion":"v1","kind":"Pod","metadata":{"name":"p","namespace":"{{{ns}}}"},"spec":{"containers":[{"name":"c","image":"x","imagePullPolcy":"Always"}]}}""")).Fails();
        result.Stderr.ShouldContain("Error from server (BadRequest): error when creating \"STDIN\": Pod in version \"v1\" cannot be handled as a Pod: strict decoding error: unknown field \"spec.containers[0].imagePullPolcy\"");
        await ShouldBeUnchangedAsync(ns, snapshot);
        // Warn stores the object and says why; Ignore stores it silently.
        var warn = await K.RunAsync("create -f - --validate=warn", Manifests.ConfigMap("warned", ns) + "\nbogus: 1\n");
        warn.Ok().Stderr.ShouldContain("Warning: unknown field \"bogus\"");
        (await K.RunAsync("create -f - --validate=false", Manifests.ConfigMap("ignored", ns) + "\nbogus: 1\n")).Ok().Stderr.ShouldNotContain("bogus");
    }

    [Fact]
    public async Task Duplicate_fields_are_a_400_under_strict_validation()
    {
        var (ns, snapshot) = await SeededNamespaceAsync("dupfield");
        var response = await _api.PostAsync($"/api/v1/namespaces/{ns}/configmaps?fieldValidation=Strict",
            """{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"d","name":"e"}}""");
        ShouldBeStatus(response, 400, "BadRequest");
        response.Json["message"]!.GetValue<string>().ShouldContain("strict decoding error: duplicate field");
        await ShouldBeUnchangedAsync(ns, snapshot);
    }

    [Fact]
    public async Task A_wrong_json_type_is_a_400()
    {
        var (ns, snapshot) = await SeededNamespaceAsync("wrongtype");
        var response = await _api.PostAsync($"/api/v1/namespaces/{ns}/configmaps", """{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"t"},"data":{"a":1}}""");
        ShouldBeStatus(response, 400, "BadRequest");
        response.Json["message"]!.GetValue<string>().ShouldStartWith("ConfigMap in version \"v1\" cannot be handled as a ConfigMap:");
        var media = await _api.PostAsync($"/api/v1/namespaces/{ns}/configmaps", "hello", "text/plain");
        ShouldBeStatus(media, 415, "UnsupportedMediaType");
        await ShouldBeUnchangedAsync(ns, snapshot);
    }

    [Fact]
    public async Task A_rejected_patch_leaves_the_object_alone()
    {
        var (ns, snapshot) = await SeededNamespaceAsync("badpatch");
        var invalid = await _api.PatchAsync($"/api/v1/namespaces/{ns}/pods/web", """{"spec":{"containers":[{"name":"nginx","image":""}]}}""",
            "application/strategic-merge-patch+json");
        ShouldBeStatus(invalid, 422, "Invalid");
        var broken = await _api.PatchAsync($"/api/v1/namespaces/{ns}/configmaps/keep", """{"data":""", "application/merge-patch+json");
        broken.Code.ShouldBe(400, broken.Body);
        var badOp = await _api.PatchAsync($"/api/v1/namespaces/{ns}/configmaps/keep", """[{"op":"remove","path":"/data/nothere"}]""", "application/json-patch+json");
        badOp.Code.ShouldBe(422, badOp.Body);
        await ShouldBeUnchangedAsync(ns, snapshot);
    }
}
