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

    public string Key(string? ns, string name) =>
        Info.Namespaced ? $"{Info.StoragePrefix}{ns}/{name}" : $"{Info.StoragePrefix}{name}";

    /// <summary>The key prefix of a list: one namespace, or everything.</summary>
    public string ListPrefix(string? ns) => Info.Namespaced && ns is not null ? $"{Info.StoragePrefix}{ns}/" : Info.StoragePrefix;
}
