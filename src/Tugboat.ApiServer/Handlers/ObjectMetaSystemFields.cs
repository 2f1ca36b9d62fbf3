using System.Security.Cryptography;
using Tugboat.Api.Meta;

namespace Tugboat.ApiServer.Handlers;

/// <summary>The metadata the server owns: uid, creation time, generated names; kept across updates.</summary>
public static class ObjectMetaSystemFields
{
    private const string NameAlphabet = "bcdfghjklmnpqrstvwxz2456789";

    public static void FillOnCreate(ObjectMeta meta)
    {
        meta.Uid = Guid.NewGuid().ToString();
        meta.CreationTimestamp = TruncateToSeconds(DateTimeOffset.UtcNow);
        meta.ResourceVersion = null;
        meta.DeletionTimestamp = null;
        meta.DeletionGracePeriodSeconds = null;
        meta.SelfLink = null;
        if (string.IsNullOrEmpty(meta.Name) && !string.IsNullOrEmpty(meta.GenerateName))
            meta.Name = GenerateName(meta.GenerateName);
    }

    /// <summary>A client's update cannot change what the server owns; absent fields are taken from the stored object.</summary>
    public static void CarryOverOnUpdate(ObjectMeta meta, ObjectMeta old)
    {
        meta.Uid ??= old.Uid;
        meta.CreationTimestamp ??= old.CreationTimestamp;
        meta.DeletionTimestamp = old.DeletionTimestamp;
        meta.DeletionGracePeriodSeconds = old.DeletionGracePeriodSeconds;
        meta.SelfLink = null;
        meta.GenerateName ??= old.GenerateName;
    }

    /// <summary>The prefix plus five random characters, as upstream's SimpleNameGenerator (prefix cut to fit 63).</summary>
    public static string GenerateName(string prefix)
    {
        const int maxPrefix = 63 - 5;
        if (prefix.Length > maxPrefix) prefix = prefix[..maxPrefix];
        Span<char> suffix = stackalloc char[5];
        for (var i = 0; i < suffix.Length; i++) suffix[i] = NameAlphabet[RandomNumberGenerator.GetInt32(NameAlphabet.Length)];
        return prefix + new string(suffix);
    }

    public static DateTimeOffset TruncateToSeconds(DateTimeOffset t) => new(t.Ticks - t.Ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero);
}
