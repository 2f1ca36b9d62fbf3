using Tugboat.Api.Meta;
using Tugboat.ApiServer.Caching;
using Tugboat.ApiServer.Printers;
using Tugboat.ApiServer.Registry;
using Tugboat.ApiServer.Strategies;

namespace Tugboat.ApiServer.Handlers;

/// <summary>Everything the generic handlers need about one served resource.</summary>
public sealed class ResourceEndpoint(ResourceInfo info, ResourceCache cache, IResourceStrategy strategy, ITablePrinter printer)
{
    public ResourceInfo Info { get; } = info;
    public ResourceCache Cache { get; } = cache;
    public IResourceStrategy Strategy { get; } = strategy;
    public ITablePrinter Printer { get; } = printer;

    /// <summary>The object as this endpoint serves it: converted from the storage version when they differ.</summary>
    public CachedObject Present(CachedObject stored)
    {
        if (Info.Converter is null) return stored;
        var served = Info.Converter.ToServed(stored.Value);
        return ObjectCodec.ToCached(stored.Key, served, stored.CreateRevision, stored.ModRevision);
    }

    /// <summary>A decoded request object in the storage version.</summary>
    public IKubernetesObject ToStorage(IKubernetesObject served) => Info.Converter?.ToStorage(served) ?? served;

    public string Key(string? ns, string name) =>
        Info.Namespaced ? $"{Info.StoragePrefix}{ns}/{name}" : $"{Info.StoragePrefix}{name}";

    /// <summary>The key prefix of a list: one namespace, or everything.</summary>
    public string ListPrefix(string? ns) => Info.Namespaced && ns is not null ? $"{Info.StoragePrefix}{ns}/" : Info.StoragePrefix;
}
