using System.Text.Json.Nodes;

namespace Tugboat.E2E;

/// <summary>What kubectl changes: edit, label, annotate, patch, scale, delete (wait, cascade), apply (client- and server-side).</summary>
[Collection("server")]
public sealed class KubectlMutationTests(ServerFixture fixture)
{
    private Kubectl K => fixture.Kubectl;

    private async Task<JsonNode> GetJsonAsync(string what, string ns) =>
        JsonNode.Parse((await K.RunAsync($"get {what} -n {ns} -o json")).Ok().Stdout)!;

    /// <summary>Writes a small EDITOR script that runs sed on the file kubectl opens.</summary>
    private static string EditorScript(string sedExpression)
    {
        var path = Path.Combine(Path.GetTempPath(), $"tug-e2e-editor-{Guid.NewGuid():N}.sh");
        File.WriteAllText(path, $"#!/bin/sh\nexec sed -i '{sedExpression}' \"$1\"\n");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return path;
    }

    [Fact]
    public async Task Edit_with_an_editor_script_changes_the_field()
    {
        var ns = await fixture.NamespaceAsync("edit");
        (await K.ApplyAsync(Manifests.Deployment("web", ns, image: "nginx:1.27"))).Ok();
        var before = await GetJsonAsync("deployment web", ns);
        var editor = EditorScript("s/image: nginx:1.27/image: nginx:1.28/");
        try
        {
            (await K.RunAsync($"edit deployment web -n {ns}", env: new Dictionary<string, string> { ["EDITOR"] = editor, ["KUBE_EDITOR"] = editor }))
                .Ok().Stdout.ShouldContain("deployment.apps/web edited");
        }
        finally { File.Delete(editor); }
        var after = await GetJsonAsync("deployment web", ns);
        after["spec"]!["template"]!["spec"]!["containers"]![0]!["image"]!.GetValue<string>().ShouldBe("nginx:1.28");
        after["metadata"]!["generation"]!.GetValue<long>().ShouldBe(before["metadata"]!["generation"]!.GetValue<long>() + 1);
        long.Parse(after["metadata"]!["resourceVersion"]!.GetValue<string>())
            .ShouldBeGreaterThan(long.Parse(before["metadata"]!["resourceVersion"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Edit_without_a_change_says_so()
    {
        var ns = await fixture.NamespaceAsync("editnone");
        (await K.ApplyAsync(Manifests.ConfigMap("c", ns, ("a", "1")))).Ok();
        var rv = (await K.RunAsync($"get configmap c -n {ns} -o jsonpath={{.metadata.resourceVersion}}")).Ok().Stdout;
        var result = (await K.RunAsync($"edit configmap c -n {ns}", env: new Dictionary<string, string> { ["EDITOR"] = "true", ["KUBE_EDITOR"] = "true" })).Ok();
        (result.Stdout + result.Stderr).ShouldContain("Edit cancelled, no changes made.");
        (await K.RunAsync($"get configmap c -n {ns} -o jsonpath={{.metadata.resourceVersion}}")).Ok().Stdout.ShouldBe(rv);
    }

    [Fact]
    public async Task Label_and_annotate_add_overwrite_and_remove()
    {
        var ns = await fixture.NamespaceAsync("labels");
        (await K.ApplyAsync(Manifests.Pod("web", ns))).Ok();
        (await K.RunAsync($"label pod web -n {ns} tier=front")).Ok().Stdout.Trim().ShouldBe("pod/web labeled");
        (await K.RunAsync($"label pod web -n {ns} tier=back")).Fails().Stderr.ShouldContain("'tier' already has a value (front), and --overwrite is false");
        (await K.RunAsync($"label pod web -n {ns} tier=back --overwrite")).Ok();
        (await K.RunAsync($"annotate pod web -n {ns} owner=team-a")).Ok().Stdout.Trim().ShouldBe("pod/web annotated");
        var pod = await GetJsonAsync("pod web", ns);
        pod["metadata"]!["labels"]!["tier"]!.GetValue<string>().ShouldBe("back");
        pod["metadata"]!["labels"]!["app"]!.GetValue<string>().ShouldBe("web");
        pod["metadata"]!["annotations"]!["owner"]!.GetValue<string>().ShouldBe("team-a");

        (await K.RunAsync($"label pod web -n {ns} tier-")).Ok().Stdout.Trim().ShouldBe("pod/web unlabeled");
        (await K.RunAsync($"annotate pod web -n {ns} owner-")).Ok();
        pod = await GetJsonAsync("pod web", ns);
        pod["metadata"]!["labels"]!.AsObject().ContainsKey("tier").ShouldBeFalse();
        (pod["metadata"]!["annotations"]?.AsObject().ContainsKey("owner") ?? false).ShouldBeFalse();
        (await K.RunAsync($"get pods -n {ns} -L app --no-headers")).Ok().Stdout.Trim().ShouldMatch(@"^web\s+0/1\s+Pending\s+0\s+\d+s\s+web$");
    }

    [Fact]
    public async Task Strategic_merge_patch_merges_containers_by_name()
    {
        var ns = await fixture.NamespaceAsync("smp");
        (await K.ApplyAsync(Manifests.Deployment("web", ns))).Ok();
        var patch = """{"spec":{"template":{"spec":{"containers":[{"name":"sidecar","image":"busybox:1.36"},{"name":"nginx","image":"nginx:1.28"}]}}}}""";
        (await K.RunAsync(["patch", "deployment", "web", "-n", ns, "-p", patch])).Ok().Stdout.Trim().ShouldBe("deployment.apps/web patched");
        var containers = (await GetJsonAsync("deployment web", ns))["spec"]!["template"]!["spec"]!["containers"]!.AsArray();
        containers.Count.ShouldBe(2);
        var nginx = containers.Single(c => c!["name"]!.GetValue<string>() == "nginx")!;
        nginx["image"]!.GetValue<string>().ShouldBe("nginx:1.28");
        nginx["env"]!.AsArray().Count.ShouldBe(2, "the env list of the merged container is kept");
        containers.Single(c => c!["name"]!.GetValue<string>() == "sidecar")!["image"]!.GetValue<string>().ShouldBe("busybox:1.36");

        // $patch: delete removes one element of a merge-keyed list.
        (await K.RunAsync(["patch", "deployment", "web", "-n", ns, "-p", """{"spec":{"template":{"spec":{"containers":[{"name":"sidecar","$patch":"delete"}]}}}}"""])).Ok();
        (await GetJsonAsync("deployment web", ns))["spec"]!["template"]!["spec"]!["containers"]!.AsArray()
            .Select(c => c!["name"]!.GetValue<string>()).ShouldBe(["nginx"]);

        // The same patch twice is reported as no change.
        (await K.RunAsync(["patch", "deployment", "web", "-n", ns, "-p", """{"spec":{"replicas":2}}"""])).Ok().Stdout.Trim()
            .ShouldBe("deployment.apps/web patched (no change)");
    }

    [Fact]
    public async Task Merge_patch_replaces_lists_and_null_deletes()
    {
        var ns = await fixture.NamespaceAsync("merge");
        (await K.ApplyAsync(Manifests.Deployment("web", ns))).Ok();
        var patch = """{"metadata":{"labels":{"tier":null}},"spec":{"template":{"spec":{"containers":[{"name":"only","image":"busybox:1.36"}]}}}}""";
        (await K.RunAsync(["patch", "deployment", "web", "-n", ns, "--type=merge", "-p", patch])).Ok();
        var d = await GetJsonAsync("deployment web", ns);
        d["metadata"]!["labels"]!.AsObject().ContainsKey("tier").ShouldBeFalse();
        var containers = d["spec"]!["template"]!["spec"]!["containers"]!.AsArray();
        containers.Count.ShouldBe(1, "a merge patch replaces the whole list");
        containers[0]!["name"]!.GetValue<string>().ShouldBe("only");
    }

    [Fact]
    public async Task Json_patch_applies_operations_and_test_failures_are_rejected()
    {
        var ns = await fixture.NamespaceAsync("jsonp");
        (await K.ApplyAsync(Manifests.Deployment("web", ns))).Ok();
        var ops = """[{"op":"replace","path":"/spec/replicas","value":4},{"op":"add","path":"/metadata/labels/added","value":"yes"},{"op":"remove","path":"/spec/template/spec/containers/0/env/1"}]""";
        (await K.RunAsync(["patch", "deployment", "web", "-n", ns, "--type=json", "-p", ops])).Ok();
        var d = await GetJsonAsync("deployment web", ns);
        d["spec"]!["replicas"]!.GetValue<int>().ShouldBe(4);
        d["metadata"]!["labels"]!["added"]!.GetValue<string>().ShouldBe("yes");
        d["spec"]!["template"]!["spec"]!["containers"]![0]!["env"]!.AsArray().Select(e => e!["name"]!.GetValue<string>()).ShouldBe(["A"]);

        var rv = d["metadata"]!["resourceVersion"]!.GetValue<string>();
        var failing = """[{"op":"test","path":"/spec/replicas","value":99},{"op":"replace","path":"/spec/replicas","value":7}]""";
        var result = (await K.RunAsync(["patch", "deployment", "web", "-n", ns, "--type=json", "-p", failing])).Fails();
        result.Stderr.ShouldContain("The request is invalid");
        (await GetJsonAsync("deployment web", ns))["metadata"]!["resourceVersion"]!.GetValue<string>().ShouldBe(rv);
    }

    [Fact]
    public async Task Scale_changes_replicas_and_bumps_generation()
    {
        var ns = await fixture.NamespaceAsync("scale");
        (await K.ApplyAsync(Manifests.Deployment("web", ns, replicas: 2))).Ok();
        var before = await GetJsonAsync("deployment web", ns);
        before["metadata"]!["generation"]!.GetValue<long>().ShouldBe(1);
        (await K.RunAsync($"scale deployment web -n {ns} --replicas=5")).Ok().Stdout.Trim().ShouldBe("deployment.apps/web scaled");
        var after = await GetJsonAsync("deployment web", ns);
        after["spec"]!["replicas"]!.GetValue<int>().ShouldBe(5);
        after["metadata"]!["generation"]!.GetValue<long>().ShouldBe(2);
        // The scale subresource reads the same number.
        var scale = JsonNode.Parse((await K.RunAsync($"get --raw /apis/apps/v1/namespaces/{ns}/deployments/web/scale")).Ok().Stdout)!;
        scale["kind"]!.GetValue<string>().ShouldBe("Scale");
        scale["apiVersion"]!.GetValue<string>().ShouldBe("autoscaling/v1");
        scale["spec"]!["replicas"]!.GetValue<int>().ShouldBe(5);
        scale["status"]!["selector"]!.GetValue<string>().ShouldBe("app=web");
        // --current-replicas is a precondition.
        (await K.RunAsync($"scale deployment web -n {ns} --current-replicas=3 --replicas=1")).Fails().Stderr
            .ShouldContain("Expected replicas to be 3, was 5");
        (await GetJsonAsync("deployment web", ns))["spec"]!["replicas"]!.GetValue<int>().ShouldBe(5);
    }

    [Fact]
    public async Task Delete_waits_until_the_object_is_gone()
    {
        var ns = await fixture.NamespaceAsync("delwait");
        (await K.ApplyAsync(Manifests.ConfigMap("c", ns) + "\n---\n" + Manifests.Pod("p", ns))).Ok();
        (await K.RunAsync($"delete configmap c -n {ns} --wait --timeout=20s")).Ok().Stdout.Trim().ShouldBe("configmap \"c\" deleted");
        (await K.RunAsync($"get configmap c -n {ns}")).Fails().Stderr.ShouldContain("configmaps \"c\" not found");
        // An unscheduled pod has nothing to wait for: it goes at once.
        (await K.RunAsync($"delete pod p -n {ns} --wait --timeout=20s")).Ok().Stdout.Trim().ShouldBe("pod \"p\" deleted");
        (await K.RunAsync($"get pod p -n {ns}")).Fails().Stderr.ShouldContain("pods \"p\" not found");
        (await K.RunAsync($"delete configmap c -n {ns}")).Fails().Stderr.ShouldContain("configmaps \"c\" not found");
        (await K.RunAsync($"delete configmap c -n {ns} --ignore-not-found")).Ok();
    }

    [Fact]
    public async Task Foreground_delete_records_the_finalizer_and_waits_for_it()
    {
        var ns = await fixture.NamespaceAsync("fg");
        (await K.ApplyAsync(Manifests.Deployment("web", ns))).Ok();
        // kubectl waits for the object to go; there is no garbage collector yet, so we remove the finalizer ourselves.
        var delete = K.RunAsync($"delete deployment web -n {ns} --cascade=foreground --timeout=40s", timeoutSeconds: 60);
        JsonNode? d = null;
        for (var i = 0; i < 100; i++)
        {
            d = await GetJsonAsync("deployment web", ns);
            if (d["metadata"]!["deletionTimestamp"] is not null) break;
            await Task.Delay(100);
        }
        d!["metadata"]!["deletionTimestamp"].ShouldNotBeNull();
        d["metadata"]!["finalizers"]!.AsArray().Select(f => f!.GetValue<string>()).ShouldBe(["foregroundDeletion"]);
        d["metadata"]!["deletionGracePeriodSeconds"]!.GetValue<long>().ShouldBe(0);
        delete.IsCompleted.ShouldBeFalse("kubectl delete waits while the finalizer is there");
        (await K.RunAsync(["patch", "deployment", "web", "-n", ns, "--type=json", "-p", """[{"op":"remove","path":"/metadata/finalizers"}]"""])).Ok();
        (await delete).Ok().Stdout.Trim().ShouldBe("deployment.apps \"web\" deleted");
        (await K.RunAsync($"get deployment web -n {ns}")).Fails().Stderr.ShouldContain("deployments.apps \"web\" not found");
    }

    [Fact]
    public async Task Orphan_delete_records_the_orphan_finalizer()
    {
        var ns = await fixture.NamespaceAsync("orphan");
        (await K.ApplyAsync(Manifests.Deployment("web", ns))).Ok();
        (await K.RunAsync($"delete deployment web -n {ns} --cascade=orphan --wait=false")).Ok().Stdout.Trim().ShouldBe("deployment.apps \"web\" deleted");
        var d = await GetJsonAsync("deployment web", ns);
        d["metadata"]!["deletionTimestamp"].ShouldNotBeNull();
        d["metadata"]!["finalizers"]!.AsArray().Select(f => f!.GetValue<string>()).ShouldBe(["orphan"]);
        // While it is being deleted, spec changes are still allowed but new finalizers cannot be added.
        (await K.RunAsync(["patch", "deployment", "web", "-n", ns, "--type=merge", "-p", """{"metadata":{"finalizers":null}}"""])).Ok();
        (await K.RunAsync($"get deployment web -n {ns}")).Fails().Stderr.ShouldContain("deployments.apps \"web\" not found");
    }

    [Fact]
    public async Task Background_delete_removes_at_once()
    {
        var ns = await fixture.NamespaceAsync("bg");
        (await K.ApplyAsync(Manifests.Deployment("web", ns))).Ok();
        (await K.RunAsync($"delete deployment web -n {ns} --cascade=background")).Ok().Stdout.Trim().ShouldBe("deployment.apps \"web\" deleted");
        (await K.RunAsync($"get deployment web -n {ns}")).Fails().Stderr.ShouldContain("not found");
    }

    [Fact]
    public async Task Apply_twice_removes_what_the_second_manifest_dropped()
    {
        var ns = await fixture.NamespaceAsync("apply3");
        (await K.ApplyAsync(Manifests.Deployment("web", ns, replicas: 2, extraEnv: true, tier: true))).Ok().Stdout.Trim()
            .ShouldBe("deployment.apps/web created");
        // Someone else adds a label; apply must keep it (it was never in the applied configuration).
        (await K.RunAsync($"label deployment web -n {ns} owner=ops")).Ok();
        (await K.ApplyAsync(Manifests.Deployment("web", ns, replicas: 2, extraEnv: true, tier: true))).Ok().Stdout.Trim()
            .ShouldBe("deployment.apps/web unchanged");

        (await K.ApplyAsync(Manifests.Deployment("web", ns, replicas: 3, extraEnv: false, tier: false))).Ok().Stdout.Trim()
            .ShouldBe("deployment.apps/web configured");
        var d = await GetJsonAsync("deployment web", ns);
        var labels = d["metadata"]!["labels"]!.AsObject();
        labels.ContainsKey("tier").ShouldBeFalse("the label dropped from the manifest is removed");
        labels["app"]!.GetValue<string>().ShouldBe("web");
        labels["owner"]!.GetValue<string>().ShouldBe("ops", "a label added by someone else is kept");
        d["spec"]!["replicas"]!.GetValue<int>().ShouldBe(3);
        d["spec"]!["template"]!["spec"]!["containers"]![0]!["env"]!.AsArray()
            .Select(e => e!["name"]!.GetValue<string>()).ShouldBe(["A"], "the env var dropped from the manifest is removed");
        var lastApplied = JsonNode.Parse(d["metadata"]!["annotations"]!["kubectl.kubernetes.io/last-applied-configuration"]!.GetValue<string>())!;
        lastApplied["spec"]!["replicas"]!.GetValue<int>().ShouldBe(3);
        (await K.RunAsync($"apply view-last-applied deployment/web -n {ns} -o json")).Ok().Stdout.ShouldContain("\"replicas\": 3");
    }

    [Fact]
    public async Task Server_side_apply_creates_the_object()
    {
        var ns = await fixture.NamespaceAsync("ssacreate");
        (await K.ApplyAsync(Manifests.ConfigMap("c", ns, ("a", "1")), "--server-side")).Ok().Stdout.Trim().ShouldBe("configmap/c serverside-applied");
        var cm = await GetJsonAsync("configmap c", ns);
        cm["data"]!["a"]!.GetValue<string>().ShouldBe("1");
    }

    [Fact]
    public async Task Server_side_apply_updates_the_object()
    {
        var ns = await fixture.NamespaceAsync("ssaupdate");
        (await K.ApplyAsync(Manifests.Deployment("web", ns, replicas: 2))).Ok();
        (await K.ApplyAsync(Manifests.Deployment("web", ns, replicas: 4, image: "nginx:1.28"), "--server-side --force-conflicts")).Ok().Stdout.Trim()
            .ShouldBe("deployment.apps/web serverside-applied");
        var d = await GetJsonAsync("deployment web", ns);
        d["spec"]!["replicas"]!.GetValue<int>().ShouldBe(4);
        d["spec"]!["template"]!["spec"]!["containers"]![0]!["image"]!.GetValue<string>().ShouldBe("nginx:1.28");
        d["metadata"]!["generation"]!.GetValue<long>().ShouldBe(2);
    }

    [Fact]
    public async Task Dry_run_server_validates_without_storing()
    {
        var ns = await fixture.NamespaceAsync("dryrun");
        (await K.ApplyAsync(Manifests.ConfigMap("c", ns, ("a", "1")), "--dry-run=server")).Ok().Stdout.Trim().ShouldBe("configmap/c created (server dry run)");
        (await K.RunAsync($"get configmap c -n {ns}")).Fails().Stderr.ShouldContain("not found");
    }

    [Fact]
    public async Task Diff_shows_the_change_without_making_it()
    {
        var ns = await fixture.NamespaceAsync("diff");
        (await K.ApplyAsync(Manifests.Deployment("web", ns, image: "nginx:1.27"))).Ok();
        var rv = (await K.RunAsync($"get deployment web -n {ns} -o jsonpath={{.metadata.resourceVersion}}")).Ok().Stdout;
        (await K.RunAsync("diff -f -", Manifests.Deployment("web", ns, image: "nginx:1.27"))).Ok().Stdout.ShouldBeEmpty();
        var diff = await K.RunAsync("diff -f -", Manifests.Deployment("web", ns, image: "nginx:1.29"));
        diff.ExitCode.ShouldBe(1, diff.Stderr);
        diff.Stdout.ShouldContain("-        image: nginx:1.27");
        diff.Stdout.ShouldContain("+        image: nginx:1.29");
        (await K.RunAsync($"get deployment web -n {ns} -o jsonpath={{.metadata.resourceVersion}}")).Ok().Stdout.ShouldBe(rv, "diff is a dry run");
    }

    [Fact]
    public async Task Create_with_generate_name_and_delete_by_selector_or_all()
    {
        var ns = await fixture.NamespaceAsync("gen");
        var yaml = $"""
            apiVersion: v1
            kind: ConfigMap
            metadata:
              generateName: job-
              namespace: {ns}
              labels:
                batch: one
            """;
        var first = (await K.RunAsync("create -f -", yaml)).Ok().Stdout.Trim();
        first.ShouldMatch(@"^configmap/job-[a-z0-9]{5} created$");
        (await K.RunAsync("create -f -", yaml)).Ok().Stdout.Trim().ShouldNotBe(first);
        (await K.ApplyAsync(Manifests.ConfigMap("other", ns))).Ok();
        var deleted = (await K.RunAsync($"delete configmaps -n {ns} -l batch=one")).Ok().Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        deleted.Length.ShouldBe(2);
        deleted.ShouldAllBe(l => l.StartsWith("configmap \"job-") && l.EndsWith("\" deleted"));
        (await K.RunAsync($"get configmaps -n {ns} -o name")).Ok().Stdout.Trim().ShouldBe("configmap/other");
        (await K.RunAsync($"delete configmaps -n {ns} --all")).Ok().Stdout.Trim().ShouldBe("configmap \"other\" deleted");
        var empty = (await K.RunAsync($"get configmaps -n {ns}")).Ok();
        empty.Stdout.ShouldBeEmpty();
        empty.Stderr.Trim().ShouldBe($"No resources found in {ns} namespace.");
    }
}
