using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace Tugboat.E2E;

/// <summary>Durability with a dedicated server: a clean restart keeps every object as it was; a SIGKILL loses no acknowledged write.</summary>
public sealed class RestartAndCrashTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private const string Kinds = "namespaces,pods,services,endpoints,configmaps,secrets,serviceaccounts,persistentvolumes,persistentvolumeclaims," +
                                 "replicasets.apps,statefulsets.apps,deployments.apps,horizontalpodautoscalers.autoscaling,ingresses.networking.k8s.io," +
                                 "roles.rbac.authorization.k8s.io,rolebindings.rbac.authorization.k8s.io,clusterroles.rbac.authorization.k8s.io," +
                                 "clusterrolebindings.rbac.authorization.k8s.io";

    private static async Task<Dictionary<string, JsonNode>> SnapshotAsync(Kubectl k)
    {
        var list = JsonNode.Parse((await k.RunAsync($"get {Kinds} -A -o json")).Ok().Stdout)!;
        return list["items"]!.AsArray().ToDictionary(
            i => $"{i!["kind"]}/{i["metadata"]!["namespace"]}/{i["metadata"]!["name"]}",
            i => i!);
    }

    [Fact]
    public async Task Every_object_is_unchanged_after_a_restart()
    {
        await using var server = new TugServer();
        await server.StartAsync();
        var k = server.Kubectl();
        (await k.ApplyAsync(TutorialManifests.All("durable", "d1", 30090))).Ok();
        // Objects with history: updated, labelled, scaled, and one being deleted behind a finalizer.
        (await k.RunAsync("scale deployment php-apache -n durable --replicas=3")).Ok();
        (await k.RunAsync("label pod nginx -n durable changed=yes")).Ok();
        (await k.ApplyAsync(Manifests.ConfigMap("doomed", "durable", ("a", "1")))).Ok();
        (await k.RunAsync(["patch", "configmap", "doomed", "-n", "durable", "--type=merge", "-p", """{"metadata":{"finalizers":["example.com/hold"]}}"""])).Ok();
        (await k.RunAsync("delete configmap doomed -n durable --wait=false")).Ok();
        var before = await SnapshotAsync(k);
        before.Count.ShouldBeGreaterThan(25);
        var maxRv = before.Values.Max(o => long.Parse(o["metadata"]!["resourceVersion"]!.GetValue<string>()));

        await server.RestartAsync();
        k = server.Kubectl();
        var after = await SnapshotAsync(k);
        after.Keys.Order().ShouldBe(before.Keys.Order());
        foreach (var (key, obj) in before)
            JsonNode.DeepEquals(obj, after[key]).ShouldBeTrue($"{key} changed across the restart:\nbefore {obj.ToJsonString()}\nafter  {after[key].ToJsonString()}");

        // Allocations and revisions continue where they were.
        (await k.ApplyAsync(Manifests.ConfigMap("later", "durable"))).Ok();
        var rv = long.Parse((await k.RunAsync("get configmap later -n durable -o jsonpath={.metadata.resourceVersion}")).Ok().Stdout);
        rv.ShouldBeGreaterThan(maxRv);
        (await k.ApplyAsync(TutorialManifests.PodsAndServices("durable", 30090).Replace("name: nginx-np", "name: nginx-np2"))).Fails().Stderr
            .ShouldContain("provided port is already allocated");
        (await k.RunAsync("get configmap doomed -n durable -o jsonpath={.metadata.deletionTimestamp}")).Ok().Stdout.ShouldNotBeEmpty();
    }

    [Fact]
    public async Task Acknowledged_writes_survive_a_SIGKILL_during_1000_concurrent_creates()
    {
        await using var server = new TugServer();
        await server.StartAsync();
        (await server.Kubectl().ApplyAsync(Manifests.Namespace("crash"))).Ok();

        var acknowledged = new ConcurrentDictionary<string, string>();
        var failures = 0;
        var killed = 0;
        Task? kill = null;
        using (var api = server.Api())
        {
            using var gate = new SemaphoreSlim(32);
            var writes = Enumerable.Range(0, 1000).Select(async i =>
            {
                await gate.WaitAsync();
                try
                {
                    var name = $"cm-{i:D4}";
                    var value = $"value-{i}-{Guid.NewGuid():N}";
                    var body = $$$"""{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"{{{name}}}"},"data":{"v":"{{{value}}}"}}""";
                    try
                    {
                        var response = await api.SendAsync(HttpMethod.Post, "/api/v1/namespaces/crash/configmaps", Encoding.UTF8.GetBytes(body));
                        if (response.Status == HttpStatusCode.Created) acknowledged[name] = value;
                        else Interlocked.Increment(ref failures);
                    }
                    catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
                    {
                        Interlocked.Increment(ref failures);
                    }
                    if (acknowledged.Count >= 500 && Interlocked.Exchange(ref killed, 1) == 0)
                        kill = server.StopAsync(kill: true);
                }
                finally { gate.Release(); }
            }).ToList();
            await Task.WhenAll(writes);
        }
        (kill is not null).ShouldBeTrue("500 writes were never acknowledged");
        await kill!;
        var count = acknowledged.Count;
        output.WriteLine($"{count} creates acknowledged, {failures} failed or cut off by the kill");
        count.ShouldBeGreaterThanOrEqualTo(500);
        count.ShouldBeLessThan(1000, "the kill should land while writes are in flight");

        await server.StartAsync();
        using var after = server.Api();
        var list = await after.GetAsync("/api/v1/namespaces/crash/configmaps");
        list.Code.ShouldBe(200, list.Body);
        var stored = list.Json["items"]!.AsArray().ToDictionary(i => i!["metadata"]!["name"]!.GetValue<string>(), i => i!["data"]!["v"]!.GetValue<string>());
        var lost = acknowledged.Keys.Where(n => !stored.ContainsKey(n)).Order().ToList();
        lost.ShouldBeEmpty($"{lost.Count} of {count} acknowledged creates were lost: {string.Join(", ", lost.Take(20))}");
        foreach (var (name, value) in acknowledged) stored[name].ShouldBe(value);
        // The server keeps working: the writes that were not acknowledged can be retried.
        var retry = await after.PostAsync("/api/v1/namespaces/crash/configmaps", """{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"after-crash"}}""");
        retry.Code.ShouldBe(201, retry.Body);
    }
}
