using System.Globalization;
using System.Text.Json;
using Tugboat.Api.Json;
using Tugboat.Api.Meta;

namespace Tugboat.ApiServer.Caching;

/// <summary>Turns stored bytes into API objects and back. Stored JSON carries no resourceVersion; it is the store's modRevision.</summary>
public static class ObjectCodec
{
    public static IKubernetesObject Decode(ReadOnlySpan<byte> json, Type type, long modRevision)
    {
        var obj = (IKubernetesObject)ApiJson.Deserialize(json, type);
        obj.Metadata.ResourceVersion = modRevision.ToString(CultureInfo.InvariantCulture);
        return obj;
    }

    /// <summary>Serializes for storage, without resourceVersion.</summary>
    public static byte[] EncodeForStorage(IKubernetesObject obj)
    {
        var rv = obj.Metadata.ResourceVersion;
        obj.Metadata.ResourceVersion = null;
        try { return ApiJson.Serialize(obj); }
        finally { obj.Metadata.ResourceVersion = rv; }
    }

    /// <summary>A deep copy through JSON, for changing an object the cache holds.</summary>
    public static T Clone<T>(T obj) where T : IKubernetesObject =>
        (T)JsonSerializer.Deserialize(JsonSerializer.SerializeToUtf8Bytes(obj, obj.GetType(), ApiJson.Options), obj.GetType(), ApiJson.Options)!;

    public static CachedObject ToCached(string key, IKubernetesObject obj, long createRevision, long modRevision)
    {
        obj.Metadata.ResourceVersion = modRevision.ToString(CultureInfo.InvariantCulture);
        return new CachedObject(key, obj, ApiJson.Serialize(obj), createRevision, modRevision);
    }
}
