namespace Tugboat.Storage;

/// <summary>
/// A sorted set of keys stored as a list of small sorted chunks. Unlike SortedSet, a walk can start at any key
/// without visiting the keys before it, and counting a range is a rank difference, so paged lists and prefix
/// counts stay cheap however many keys there are. Not thread-safe.
/// </summary>
internal sealed class OrderedKeySet
{
    private const int MaxChunkSize = 512;
    private const int MergeThreshold = MaxChunkSize / 4;

    private readonly List<List<string>> chunks = [];

    public int Count { get; private set; }

    public bool Add(string key)
    {
        if (chunks.Count == 0)
        {
            chunks.Add([key]);
            Count = 1;
            return true;
        }
        var c = ChunkFor(key);
        var chunk = chunks[c];
        var i = chunk.BinarySearch(key, KeyRange.Comparer);
        if (i >= 0)
        {
            return false;
        }
        chunk.Insert(~i, key);
        Count++;
        if (chunk.Count > MaxChunkSize)
        {
            var half = chunk.Count / 2;
            chunks.Insert(c + 1, chunk.GetRange(half, chunk.Count - half));
            chunk.RemoveRange(half, chunk.Count - half);
        }
        return true;
    }

    public bool Remove(string key)
    {
        if (chunks.Count == 0)
        {
            return false;
        }
        var c = ChunkFor(key);
        var chunk = chunks[c];
        var i = chunk.BinarySearch(key, KeyRange.Comparer);
        if (i < 0)
        {
            return false;
        }
        chunk.RemoveAt(i);
        Count--;
        if (chunk.Count == 0)
        {
            chunks.RemoveAt(c);
        }
        else if (chunk.Count < MergeThreshold && c + 1 < chunks.Count && chunk.Count + chunks[c + 1].Count <= MaxChunkSize)
        {
            chunk.AddRange(chunks[c + 1]);
            chunks.RemoveAt(c + 1);
        }
        return true;
    }

    /// <summary>Keys greater than or equal to <paramref name="from"/>, in order. The set must not change during the walk.</summary>
    public IEnumerable<string> From(string from)
    {
        if (chunks.Count == 0)
        {
            yield break;
        }
        var c = ChunkFor(from);
        var i = chunks[c].BinarySearch(from, KeyRange.Comparer);
        if (i < 0)
        {
            i = ~i;
        }
        for (; c < chunks.Count; c++, i = 0)
        {
            var chunk = chunks[c];
            for (; i < chunk.Count; i++)
            {
                yield return chunk[i];
            }
        }
    }

    /// <summary>How many keys are smaller than <paramref name="key"/>.</summary>
    public int Rank(string key)
    {
        if (chunks.Count == 0)
        {
            return 0;
        }
        var c = ChunkFor(key);
        var before = 0;
        for (var j = 0; j < c; j++)
        {
            before += chunks[j].Count;
        }
        var i = chunks[c].BinarySearch(key, KeyRange.Comparer);
        return before + (i < 0 ? ~i : i);
    }

    /// <summary>The first chunk whose last key is not smaller than <paramref name="key"/>, or the last chunk.</summary>
    private int ChunkFor(string key)
    {
        int lo = 0, hi = chunks.Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (KeyRange.Comparer.Compare(chunks[mid][^1], key) < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }
}
