using System.Text.Json.Nodes;

namespace Tugboat.E2E;

[Collection("server")]
public sealed class KubectlBasicsTests(ServerFixture fixture)
{
    private Kubectl K => fixture.Kubectl;

    [Fact]
    public async Task A_fresh_server_has_the_system_namespaces_and_the_kubernetes_service()
    {
        var ns = (await K.RunAsync("get namespaces -o name")).Ok().Stdout;
        foreach (var name in new[] { "default", "kube-system", "kube-public", "kube-node-lease" })
            ns.ShouldContain($"namespace/{name}");
        var svc = (await K.RunAsync("get service kubernetes -n default -o jsonpath={.spec.clusterIP}")).Ok().Stdout;
        svc.ShouldBe("10.43.0.1");
    }

    [Fact]
    public async Task Version_and_api_versions_answer()
    {
        (await K.RunAsync("version -o json")).Ok().Stdout.ShouldContain("\"gitVersion\": \"v1.32");
        var versions = (await K.RunAsync("api-versions")).Ok().Stdout;
        versions.ShouldContain("apps/v1");
        versions.ShouldContain("networking.k8s.io/v1");
        var resources = (await K.RunAsync("api-resources")).Ok().Stdout;
        resources.ShouldContain("deployments");
        resources.ShouldContain("deploy");
    }

    [Fact]
    public async Task Create_get_and_delete_a_configmap()
    {
        var ns = await fixture.NamespaceAsync("cm");
        (await K.ApplyAsync(Manifests.ConfigMap("settings", ns, ("color", "blue")))).Ok().Stdout.ShouldContain("configmap/settings created");
        var json = JsonNode.Parse((await K.RunAsync($"get configmap settings -n {ns} -o json")).Ok().Stdout)!;
        json["data"]!["color"]!.GetValue<string>().ShouldBe("blue");
        json["metadata"]!["uid"]!.GetValue<string>().ShouldNotBeNullOrEmpty();
        json["metadata"]!["resourceVersion"]!.GetValue<string>().ShouldNotBeNullOrEmpty();
        (await K.RunAsync($"delete configmap settings -n {ns}")).Ok().Stdout.ShouldContain("configmap \"settings\" deleted");
        (await K.RunAsync($"get configmap settings -n {ns}")).Fails().Stderr.ShouldContain("configmaps \"settings\" not found");
    }

    [Fact]
    public async Task Creating_what_exists_is_a_conflict()
    {
        var ns = await fixture.NamespaceAsync("dup");
        (await K.RunAsync("create -f -", Manifests.ConfigMap("one", ns))).Ok();
        (await K.RunAsync("create -f -", Manifests.ConfigMap("one", ns))).Fails().Stderr.ShouldContain("configmaps \"one\" already exists");
    }

    [Fact]
    public async Task An_unknown_resource_type_is_reported_as_kubectl_words_it()
    {
        (await K.RunAsync("get flurbs")).Fails().Stderr.ShouldContain("the server doesn't have a resource type \"flurbs\"");
    }

    [Fact]
    public async Task An_invalid_name_is_rejected_with_the_field_named()
    {
        var ns = await fixture.NamespaceAsync("inv");
        var result = (await K.RunAsync("create -f -", Manifests.ConfigMap("Bad_Name", ns))).Fails();
        result.Stderr.ShouldContain("ConfigMap \"Bad_Name\" is invalid: metadata.name: Invalid value: \"Bad_Name\"");
    }

    [Fact]
    public async Task Labels_and_annotations_change_and_select()
    {
        var ns = await fixture.NamespaceAsync("lbl");
        (await K.ApplyAsync(Manifests.ConfigMap("a", ns))).Ok();
        (await K.ApplyAsync(Manifests.ConfigMap("b", ns))).Ok();
        (await K.RunAsync($"label configmap a -n {ns} tier=front")).Ok().Stdout.ShouldContain("configmap/a labeled");
        (await K.RunAsync($"annotate configmap a -n {ns} note=hello")).Ok();
        var selected = (await K.RunAsync($"get configmaps -n {ns} -l tier=front -o name")).Ok().Stdout.Trim();
        selected.ShouldBe("configmap/a");
        var notSelected = (await K.RunAsync($"get configmaps -n {ns} -l tier!=front -o name")).Ok().Stdout;
        notSelected.ShouldContain("configmap/b");
        notSelected.ShouldNotContain("configmap/a");
        (await K.RunAsync($"get configmap a -n {ns} -o jsonpath={{.metadata.annotations.note}}")).Ok().Stdout.ShouldBe("hello");
        (await K.RunAsync($"get configmaps -n {ns} --field-selector metadata.name=b -o name")).Ok().Stdout.Trim().ShouldBe("configmap/b");
    }

    [Fact]
    public async Task Every_patch_type_changes_the_object()
    {
        var ns = await fixture.NamespaceAsync("patch");
        (await K.ApplyAsync(Manifests.ConfigMap("p", ns, ("a", "1")))).Ok();
        (await K.RunAsync(["patch", "configmap", "p", "-n", ns, "--type=merge", "-p", """{"data":{"b":"2"}}"""])).Ok();
        (await K.RunAsync(["patch", "configmap", "p", "-n", ns, "--type=json", "-p", """[{"op":"replace","path":"/data/a","value":"10"}]"""])).Ok();
        (await K.RunAsync(["patch", "configmap", "p", "-n", ns, "-p", """{"data":{"c":"3"}}"""])).Ok();
        var data = JsonNode.Parse((await K.RunAsync($"get configmap p -n {ns} -o json")).Ok().Stdout)!["data"]!;
        data["a"]!.GetValue<string>().ShouldBe("10");
        data["b"]!.GetValue<string>().ShouldBe("2");
        data["c"]!.GetValue<string>().ShouldBe("3");
    }

    [Fact]
    public async Task Deleting_a_namespace_marks_it_terminating()
    {
        var ns = await fixture.NamespaceAsync("gone");
        (await K.RunAsync($"delete namespace {ns} --wait=false")).Ok();
        (await K.RunAsync($"get namespace {ns} -o jsonpath={{.status.phase}}")).Ok().Stdout.ShouldBe("Terminating");
        (await K.ApplyAsync(Manifests.ConfigMap("late", ns))).Fails().Stderr.ShouldContain("because it is being terminated");
    }

    [Fact]
    public async Task Metrics_are_served()
    {
        (await K.RunAsync("get --raw /metrics")).Ok().Stdout.ShouldContain("apiserver_request_total");
    }

    [Fact]
    public async Task Unauthenticated_requests_are_refused()
    {
        var result = await K.RunAsync(["get", "pods", "--kubeconfig=/dev/null", $"--server=https://127.0.0.1:{fixture.Server.Port}", "--insecure-skip-tls-verify", "--token=not-a-token"]);
        result.Fails().Stderr.ShouldContain("You must be logged in to the server (Unauthorized)");
    }
}
