using System.Diagnostics.CodeAnalysis;

namespace Tugboat.Api.Selection;

/// <summary>
/// A field selector (fields.Selector): the AND of field = / != value terms. The API server supplies the
/// field values per kind through a lookup function (field path to value, null when absent).
/// </summary>
public sealed class FieldSelector
{
    private readonly bool _matchesNothing;

    /// <summary>Matches every object (fields.Everything()).</summary>
    public static FieldSelector Everything { get; } = new([], matchesNothing: false);

    /// <summary>Matches no object (fields.Nothing()).</summary>
    public static FieldSelector Nothing { get; } = new([], matchesNothing: true);

    /// <summary>The terms in parse order (terms are sorted by their text before parsing, as upstream).</summary>
    public IReadOnlyList<FieldRequirement> Requirements { get; }

    internal FieldSelector(IReadOnlyList<FieldRequirement> requirements, bool matchesNothing = false)
    {
        Requirements = requirements;
        _matchesNothing = matchesNothing;
    }

    /// <summary>True when the selector does not restrict anything; false for <see cref="Nothing"/>.</summary>
    public bool IsEmpty => !_matchesNothing && Requirements.Count == 0;

    public bool MatchesNothing => _matchesNothing;

    /// <summary>Whether every term holds; <paramref name="getField"/> returns a field's value, or null when absent (read as "").</summary>
    public bool Matches(Func<string, string?> getField)
    {
        ArgumentNullException.ThrowIfNull(getField);
        if (_matchesNothing) return false;
        foreach (var requirement in Requirements)
        {
            if (!requirement.Matches(getField(requirement.Field))) return false;
        }
        return true;
    }

    /// <summary>Matches against a fields.Set.</summary>
    public bool Matches(IReadOnlyDictionary<string, string>? fields) =>
        Matches(field => fields is not null && fields.TryGetValue(field, out var value) ? value : null);

    /// <summary>RequiresExactMatch: the value of the first "field=value" term on <paramref name="field"/>.</summary>
    public bool TryGetExactMatch(string field, [NotNullWhen(true)] out string? value)
    {
        foreach (var requirement in Requirements)
        {
            if (requirement.Operator != SelectorOperator.NotEquals && requirement.Field == field)
            {
                value = requirement.Value;
                return true;
            }
        }
        value = null;
        return false;
    }

    /// <summary>
    /// Rewrites every term (e.g. field label conversion); a term rewritten to an empty field and value is dropped.
    /// Exceptions from <paramref name="transform"/> propagate.
    /// </summary>
    public FieldSelector Transform(Func<string, string, (string Field, string Value)> transform)
    {
        ArgumentNullException.ThrowIfNull(transform);
        if (_matchesNothing) return this;
        var next = new List<FieldRequirement>(Requirements.Count);
        foreach (var requirement in Requirements)
        {
            var (field, value) = transform(requirement.Field, requirement.Value);
            if (field.Length == 0 && value.Length == 0) continue;
            next.Add(requirement with { Field = field, Value = value });
        }
        return next.Count == 0 ? Everything : new FieldSelector(next);
    }

    /// <summary>field=value for every entry, in key order (fields.SelectorFromSet); null selects everything.</summary>
    public static FieldSelector FromSet(IReadOnlyDictionary<string, string>? set) =>
        set is null || set.Count == 0
            ? Everything
            : new FieldSelector(set.OrderBy(pair => pair.Key, GoText.Comparer)
                .Select(pair => new FieldRequirement(pair.Key, SelectorOperator.Equals, pair.Value)).ToArray());

    /// <summary>Parses the string syntax; see <see cref="FieldSelectorParser.Parse"/>.</summary>
    public static FieldSelector Parse(string selector) => FieldSelectorParser.Parse(selector);

    /// <summary>Upstream's text: terms joined by ",", values escaped ("==" prints as "=").</summary>
    public override string ToString() => string.Join(",", Requirements.Select(r => r.ToString()));
}
