namespace Tugboat.Storage.Tests;

public sealed class OrderedKeySetTests
{
    [Fact]
    public void Behaves_like_a_sorted_set_through_many_inserts_and_removals()
    {
        var set = new OrderedKeySet();
        var model = new SortedSet<string>(StringComparer.Ordinal);
        var random = new Random(42);
        for (var step = 0; step < 30_000; step++)
        {
            var key = $"/k/{random.Next(5_000):D5}";
            if (random.Next(3) == 0)
            {
                set.Remove(key).ShouldBe(model.Remove(key));
            }
            else
            {
                set.Add(key).ShouldBe(model.Add(key));
            }
        }

        set.Count.ShouldBe(model.Count);
        set.From("").ShouldBe(model);
        foreach (var probe in new[] { "", "/k/", "/k/00000", "/k/01234", "/k/02500x", "/k/04999", "/k/9", "~" })
        {
            set.From(probe).ShouldBe(model.Where(k => string.CompareOrdinal(k, probe) >= 0));
            set.Rank(probe).ShouldBe(model.Count(k => string.CompareOrdinal(k, probe) < 0));
        }
    }

    [Fact]
    public void Empty_set_has_nothing_to_walk_or_remove()
    {
        var set = new OrderedKeySet();

        set.From("a").ShouldBeEmpty();
        set.Rank("a").ShouldBe(0);
        set.Remove("a").ShouldBeFalse();
    }
}
