using System.Diagnostics.CodeAnalysis;

namespace Tugboat.Api.Selection;

/// <summary>
/// A label selector (labels.Selector): the AND of its requirements, kept sorted by key.
/// <see cref="Everything"/> has no requirements and matches all; <see cref="Nothing"/> matches none.
/// Build one with <see cref="LabelSelectorParser"/>, <see cref="FromSet"/> or <see cref="Add"/>.
/// </summary>
public sealed class Selector
{
    private readonly bool _matchesNothing;

    /// <summary>Matches every label set (labels.Everything()).</summary>
    public static Selector Everything { get; } = new([], matchesNothing: false);

    /// <summary>Matches no label set (labels.Nothing(), e.g. from a null metav1.LabelSelector).</summary>
    public static Selector Nothing { get; } = new([], matchesNothing: true);

    /// <summary>The requirements, sorted by key (empty for <see cref="Nothing"/>).</summary>
    public IReadOnlyList<Requirement> Requirements { get; }

    private Selector(IReadOnlyList<Requirement> requirements, bool matchesNothing)
    {
        Requirements = requirements;
        _matchesNothing = matchesNothing;
    }

    /// <summary>A selector of the given requirements, ordered by key (a stable sort: equal keys keep their order).</summary>
    internal static Selector Of(IEnumerable<Requirement> requirements)
    {
        var sorted = requirements.OrderBy(r => r.Key, GoText.Comparer).ToArray();
        return sorted.Length == 0 ? Everything : new Selector(sorted, matchesNothing: false);
    }

    /// <summary>True when the selector does not restrict anything (labels.Selector.Empty()); false for <see cref="Nothing"/>.</summary>
    public bool IsEmpty => !_matchesNothing && Requirements.Count == 0;

    /// <summary>True only for <see cref="Nothing"/> (labels.MatchesNothing).</summary>
    public bool MatchesNothing => _matchesNothing;

    /// <summary>Whether all requirements match <paramref name="labels"/> (null meaning no labels).</summary>
    public bool Matches(IReadOnlyDictionary<string, string>? labels)
    {
        if (_matchesNothing) return false;
        foreach (var requirement in Requirements)
        {
            if (!requirement.Matches(labels)) return false;
        }
        return true;
    }

    /// <summary>A new selector with the extra requirements (<see cref="Nothing"/> stays Nothing).</summary>
    public Selector Add(params IEnumerable<Requirement> requirements) =>
        _matchesNothing ? this : Of(Requirements.Concat(requirements));

    /// <summary>
    /// RequiresExactMatch: when the first requirement on <paramref name="label"/> pins it to a single value
    /// (=, == or in with one value), that value.
    /// </summary>
    public bool TryGetExactMatch(string label, [NotNullWhen(true)] out string? value)
    {
        value = null;
        foreach (var requirement in Requirements)
        {
            if (requirement.Key != label) continue;
            if (requirement.Operator is SelectorOperator.Equals or SelectorOperator.DoubleEquals or SelectorOperator.In
                && requirement.Values.Count == 1)
            {
                value = requirement.Values[0];
                return true;
            }
            return false;
        }
        return false;
    }

    /// <summary>key=value for every entry, unvalidated (labels.SelectorFromSet); null or empty selects everything.</summary>
    public static Selector FromSet(IReadOnlyDictionary<string, string>? set) =>
        set is null || set.Count == 0
            ? Everything
            : Of(set.Select(pair => Requirement.Unvalidated(pair.Key, SelectorOperator.Equals, [pair.Value])));

    /// <summary>Parses the string syntax; see <see cref="LabelSelectorParser.Parse"/>.</summary>
    public static Selector Parse(string selector) => LabelSelectorParser.Parse(selector);

    /// <summary>Upstream's canonical text: requirements joined by "," (empty for Everything and Nothing).</summary>
    public override string ToString() => string.Join(",", Requirements.Select(r => r.ToString()));
}
