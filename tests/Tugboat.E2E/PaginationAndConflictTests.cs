using System.Text.Json.Nodes;

namespace Tugboat.E2E;

/// <summary>Chunked lists (limit/continue) and optimistic concurrency (resourceVersion conflicts).</summary>
[Collection("server")]
public sealed class PaginationAndConflictTests(ServerFixture fixture)
{
    private Kubectl K => fixture.Kubectl;

    private async Task<string> NamespaceWith25ConfigMapsAsync(string prefix)
    {
        var ns = await fixture.NamespaceAsync(prefix);
        var yaml = string.Join("\n---\n", Enumerable.Range(1, 25).Select(i => Manifests.ConfigMap($"cm-{i:D2}", ns, ("i", i.ToString()))));
        (await K.RunAsync("create -f -", yaml)).Ok();
        return ns;
    }

    [Fact]
    public async Task Kubectl_lists_every_object_in_chunks()
    {
        var ns = await NamespaceWith25ConfigMapsAsync("chunks");
        var result = (await K.RunAsync($"get configmaps -n {ns} --chunk-size=10 -v=6")).Ok();
        var rows = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        rows[0].ShouldMatch(@"^NAME\s+DATA\s+AGE$");
        rows.Skip(1).Select(r => r.Split(' ')[0]).ShouldBe(Enumerable.Range(1, 25).Select(i => $"cm-{i:D2}"));
        rows.Count(r => r.StartsWith("NAME")).ShouldBe(1, "one header for all chunks");
        // Three requests: limit=10, then two with a continue token.
        var requests = result.Stderr.Split('\n').Where(l => l.Contains($"/namespaces/{ns}/configmaps?")).ToList();
        requests.Count.ShouldBe(3, result.Stderr);
        requests[0].ShouldContain("limit=10");
        requests[1].ShouldContain("continue=");
        requests[2].ShouldContain("continue=");
        // -o name and -o json page the same way.
        (await K.RunAsync($"get configmaps -n {ns} --chunk-size=7 -o name")).Ok().Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(25);
        JsonNode.Parse((await K.RunAsync($"get configmaps -n {ns} --chunk-size=4 -o json")).Ok().Stdout)!["items"]!.AsArray().Count.ShouldBe(25);
    }

    [Fact]
    public async Task A_limited_list_returns_a_continue_token_that_reaches_the_end()
    {
        var ns = await NamespaceWith25ConfigMapsAsync("limit");
        var first = JsonNode.Parse((await K.RunAsync($"get --raw /api/v1/namespaces/{ns}/configmaps?limit=10")).Ok().Stdout)!;
        first["kind"]!.GetValue<string>().ShouldBe("ConfigMapList");
        first["items"]!.AsArray().Count.ShouldBe(10);
        var token = first["metadata"]!["continue"]!.GetValue<string>();
        token.ShouldNotBeNullOrEmpty();
        var listRv = first["metadata"]!["resourceVersion"]!.GetValue<string>();

        var names = first["items"]!.AsArray().Select(i => i!["metadata"]!["name"]!.GetValue<string>()).ToList();
        var pages = 1;
        while (!string.IsNullOrEmpty(token))
        {
            var page = JsonNode.Parse((await K.RunAsync(["get", "--raw", $"/api/v1/namespaces/{ns}/configmaps?limit=10&continue={Uri.EscapeDataString(token)}"])).Ok().Stdout)!;
            page["metadata"]!["resourceVersion"]!.GetValue<string>().ShouldBe(listRv, "every page is read at the first page's revision");
            names.AddRange(page["items"]!.AsArray().Select(i => i!["metadata"]!["name"]!.GetValue<string>()));
            token = page["metadata"]!["continue"]?.GetValue<string>();
            pages++;
        }
        pages.ShouldBe(3);
        names.ShouldBe(Enumerable.Range(1, 25).Select(i => $"cm-{i:D2}"));
    }

    [Fact]
    public async Task A_limited_list_counts_the_remaining_items()
    {
        var ns = await NamespaceWith25ConfigMapsAsync("remaining");
        var first = JsonNode.Parse((await K.RunAsync($"get --raw /api/v1/namespaces/{ns}/configmaps?limit=10")).Ok().Stdout)!;
        ((long?)first["metadata"]!["remainingItemCount"]).ShouldBe(15, first["metadata"]!.ToJsonString());
    }

    [Fact]
    public async Task A_continue_token_sees_the_list_as_it_was()
    {
        var ns = await NamespaceWith25ConfigMapsAsync("snapshot");
        var first = JsonNode.Parse((await K.RunAsync($"get --raw /api/v1/namespaces/{ns}/configmaps?limit=10")).Ok().Stdout)!;
        var token = first["metadata"]!["continue"]!.GetValue<string>();
        // Changes after the first page do not show in the following pages.
        (await K.RunAsync($"delete configmap cm-20 -n {ns}")).Ok();
        (await K.ApplyAsync(Manifests.ConfigMap("cm-99", ns))).Ok();
        var rest = JsonNode.Parse((await K.RunAsync(["get", "--raw", $"/api/v1/namespaces/{ns}/configmaps?limit=100&continue={Uri.EscapeDataString(token)}"])).Ok().Stdout)!;
        var names = rest["items"]!.AsArray().Select(i => i!["metadata"]!["name"]!.GetValue<string>()).ToList();
        names.ShouldBe(Enumerable.Range(11, 15).Select(i => $"cm-{i:D2}"));
    }

    [Fact]
    public async Task Replace_with_a_stale_object_is_a_conflict()
    {
        var ns = await fixture.NamespaceAsync("conflict");
        (await K.ApplyAsync(Manifests.ConfigMap("c", ns, ("a", "1")))).Ok();
        var stale = (await K.RunAsync($"get configmap c -n {ns} -o yaml")).Ok().Stdout;
        (await K.RunAsync(["patch", "configmap", "c", "-n", ns, "--type=merge", "-p", """{"data":{"a":"2"}}"""])).Ok();
        var current = (await K.RunAsync($"get configmap c -n {ns} -o json")).Ok().Stdout;

        var result = (await K.RunAsync("replace -f -", stale.Replace("a: \"1\"", "a: \"3\""))).Fails();
        result.Stderr.ShouldContain($"Error from server (Conflict): error when replacing \"STDIN\": Operation cannot be fulfilled on configmaps \"c\": the object has been modified; please apply your changes to the latest version and try again");
        // Nothing changed.
        JsonNode.DeepEquals(JsonNode.Parse(current), JsonNode.Parse((await K.RunAsync($"get configmap c -n {ns} -o json")).Ok().Stdout)).ShouldBeTrue();

        // Without a resourceVersion, replace is unconditional.
        var fresh = Manifests.ConfigMap("c", ns, ("a", "4"));
        (await K.RunAsync("replace -f -", fresh)).Ok().Stdout.Trim().ShouldBe("configmap/c replaced");
        (await K.RunAsync($"get configmap c -n {ns} -o jsonpath={{.data.a}}")).Ok().Stdout.ShouldBe("4");
    }

    [Fact]
    public async Task A_patch_with_a_stale_resource_version_is_a_conflict()
    {
        var ns = await fixture.NamespaceAsync("conflictp");
        (await K.ApplyAsync(Manifests.ConfigMap("c", ns, ("a", "1")))).Ok();
        var rv = (await K.RunAsync($"get configmap c -n {ns} -o jsonpath={{.metadata.resourceVersion}}")).Ok().Stdout;
        (await K.RunAsync(["label", "configmap", "c", "-n", ns, "x=y"])).Ok();
        var patch = $$$"""{"metadata":{"resourceVersion":"{{{rv}}}"},"data":{"a":"2"}}""";
        (await K.RunAsync(["patch", "configmap", "c", "-n", ns, "--type=merge", "-p", patch])).Fails().Stderr
            .ShouldContain("Operation cannot be fulfilled on configmaps \"c\": the object has been modified");
        // kubectl label --resource-version is the same precondition.
        (await K.RunAsync(["label", "configmap", "c", "-n", ns, "z=w", $"--resource-version={rv}"])).Fails().Stderr
            .ShouldContain("the object has been modified");
        (await K.RunAsync($"get configmap c -n {ns} -o jsonpath={{.data.a}}")).Ok().Stdout.ShouldBe("1");
    }

    [Fact]
    public async Task Concurrent_patches_all_land()
    {
        var ns = await fixture.NamespaceAsync("concurrent");
        (await K.ApplyAsync(Manifests.ConfigMap("c", ns))).Ok();
        // Merge patches carry no resourceVersion: the server retries internally and none is lost.
        var tasks = Enumerable.Range(0, 8).Select(i => K.RunAsync(["patch", "configmap", "c", "-n", ns, "--type=merge", "-p", $$$"""{"data":{"k{{{i}}}":"v{{{i}}}"}}"""]));
        foreach (var r in await Task.WhenAll(tasks)) r.Ok();
        var data = JsonNode.Parse((await K.RunAsync($"get configmap c -n {ns} -o json")).Ok().Stdout)!["data"]!.AsObject();
        data.Count.ShouldBe(8);
    }
}
