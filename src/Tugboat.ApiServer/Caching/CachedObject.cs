using Tugboat.Api.Meta;

namespace Tugboat.ApiServer.Caching;

/// <summary>An object as the cache holds it: decoded once, with resourceVersion set, and its JSON. Never mutated.</summary>
public sealed class CachedObject(string key, IKubernetesObject value, byte[] json, long createRevision, long modRevision)
{
    public string Key { get; } = key;
    public IKubernetesObject Value { get; } = value;
    public byte[] Json { get; } = json;
    public long CreateRevision { get; } = createRevision;
    public long ModRevision { get; } = modRevision;
    public ObjectMeta Metadata => Value.Metadata;
    public string Name => Value.Metadata.Name ?? "";
    public string? Namespace => Value.Metadata.Namespace;
}

public enum CacheEventType { Added, Modified, Deleted }

/// <summary>A change seen by the cache: the new state (for a delete, the last state) and the one before it.</summary>
public sealed record CacheEvent(CacheEventType Type, CachedObject Object, CachedObject? Previous, long Revision);
