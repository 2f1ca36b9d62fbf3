using Tugboat.Api;
using Tugboat.Api.Core.V1;
using Tugboat.Api.Meta;
using Tugboat.ApiServer.Handlers;
using Tugboat.ApiServer.Http;
using Tugboat.ApiServer.Registry;
using Tugboat.ApiServer.Strategies;

namespace Tugboat.ApiServer.Hosting;

/// <summary>What every cluster has from its first start: the four system namespaces and the `kubernetes` Service.</summary>
public sealed class Bootstrap(ObjectWriter writer, IReadOnlyDictionary<ResourceInfo, ResourceEndpoint> endpoints, ResourceCatalog catalog, ApiServerOptions options)
{
    public static readonly string[] SystemNamespaces = ["default", "kube-system", "kube-public", "kube-node-lease"];

    public async Task RunAsync(CancellationToken ct)
    {
        foreach (var name in SystemNamespaces)
            await EnsureAsync("namespaces", new Namespace { Metadata = new ObjectMeta { Name = name } }, ct);

        await EnsureAsync("services", new Service
        {
            Metadata = new ObjectMeta
            {
                Name = "kubernetes",
                Namespace = "default",
                Labels = new() { ["component"] = "apiserver", ["provider"] = "kubernetes" },
            },
            Spec = new ServiceSpec
            {
                ClusterIP = ServiceIpAllocator.KubernetesServiceIp,
                Ports = [new ServicePort { Name = "https", Port = 443, Protocol = "TCP", TargetPort = new IntOrString(options.HttpsPort) }],
            },
        }, ct);
    }

    private async Task EnsureAsync(string resource, IKubernetesObject obj, CancellationToken ct)
    {
        var endpoint = endpoints[catalog.Find("", "v1", resource)!];
        if (endpoint.Cache.Get(endpoint.Key(obj.Metadata.Namespace, obj.Metadata.Name!)) is not null) return;
        obj.ApiVersion = endpoint.Info.ApiVersion;
        obj.Kind = endpoint.Info.Kind;
        ObjectMetaSystemFields.FillOnCreate(obj.Metadata);
        endpoint.Strategy.PrepareForCreate(obj);
        endpoint.Strategy.ApplyDefaults(obj);
        var errors = endpoint.Strategy.ValidateCreate(obj);
        if (errors.Count > 0) throw new InvalidOperationException($"bootstrap {resource}/{obj.Metadata.Name}: {string.Join("; ", errors)}");
        try
        {
            await writer.CreateAsync(endpoint, obj, dryRun: false, ct);
        }
        catch (ApiException e) when (e.Code == 409)
        {
        }
    }
}
