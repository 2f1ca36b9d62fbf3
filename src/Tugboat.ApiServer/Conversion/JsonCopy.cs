using Tugboat.Api.Json;

namespace Tugboat.ApiServer.Conversion;

/// <summary>Deep copies through JSON, so converted objects never share parts with their source.</summary>
internal static class JsonCopy
{
    public static T Of<T>(T value) where T : notnull => ApiJson.Deserialize<T>(ApiJson.Serialize(value));

    public static TTarget As<TTarget>(object value) => ApiJson.Deserialize<TTarget>(ApiJson.Serialize(value));
}
