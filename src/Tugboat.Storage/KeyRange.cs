namespace Tugboat.Storage;

/// <summary>Key ordering and prefix ranges shared by the stores: keys compare ordinally, like etcd's bytes.</summary>
internal static class KeyRange
{
    public static readonly StringComparer Comparer = StringComparer.Ordinal;

    public static bool HasPrefix(string key, string prefix) => key.StartsWith(prefix, StringComparison.Ordinal);

    /// <summary>The smallest key greater than every key starting with <paramref name="prefix"/>; null when there is none (empty prefix).</summary>
    public static string? PrefixEnd(string prefix)
    {
        for (var i = prefix.Length - 1; i >= 0; i--)
        {
            if (prefix[i] < char.MaxValue)
            {
                return prefix[..i] + (char)(prefix[i] + 1);
            }
        }
        return null;
    }

    /// <summary>Where a listing of <paramref name="prefix"/> starts: the later of the prefix itself and the requested start key.</summary>
    public static string Start(string prefix, string? startKey) =>
        startKey is not null && Comparer.Compare(startKey, prefix) > 0 ? startKey : prefix;
}
