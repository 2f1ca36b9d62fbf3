namespace Tugboat.E2E;

/// <summary>One server shared by the tests of a collection; each test works in its own namespace.</summary>
public sealed class ServerFixture : IAsyncLifetime
{
    public TugServer Server { get; } = new();
    public Kubectl Kubectl => Server.Kubectl();

    public Task InitializeAsync() => Server.StartAsync();

    public async Task DisposeAsync() => await Server.DisposeAsync();

    /// <summary>Creates a fresh namespace for a test.</summary>
    public async Task<string> NamespaceAsync(string prefix)
    {
        var name = $"{prefix}-{Guid.NewGuid().ToString("N")[..6]}";
        (await Kubectl.ApplyAsync(Manifests.Namespace(name))).Ok();
        return name;
    }
}

[CollectionDefinition("server")]
public sealed class ServerCollection : ICollectionFixture<ServerFixture>;
