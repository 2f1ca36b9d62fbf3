using System.Text.Json.Nodes;

namespace Tugboat.E2E;

public sealed class DurabilityTests
{
    [Fact]
    public async Task Objects_survive_a_restart_unchanged()
    {
        await using var server = new TugServer();
        await server.StartAsync();
        var k = server.Kubectl();
        (await k.ApplyAsync(Manifests.Namespace("keep"))).Ok();
        (await k.ApplyAsync(Manifests.ConfigMap("c1", "keep", ("x", "y")))).Ok();
        var before = (await k.RunAsync("get configmap c1 -n keep -o json")).Ok().Stdout;
        await server.RestartAsync();
        var after = (await server.Kubectl().RunAsync("get configmap c1 -n keep -o json")).Ok().Stdout;
        JsonNode.DeepEquals(JsonNode.Parse(before), JsonNode.Parse(after)).ShouldBeTrue();
    }
}
