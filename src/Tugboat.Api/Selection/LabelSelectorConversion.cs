using System.Diagnostics.CodeAnalysis;
using Tugboat.Api.Meta;

namespace Tugboat.Api.Selection;

/// <summary>metav1.LabelSelectorAsSelector: the API type (matchLabels + matchExpressions) as a <see cref="Selector"/>.</summary>
public static class LabelSelectorConversion
{
    /// <summary>
    /// Converts as upstream does: null selects nothing, an empty selector selects everything, and invalid
    /// keys, values or operators throw <see cref="SelectorParseException"/> with upstream's message.
    /// </summary>
    public static Selector ToSelector(this LabelSelector? labelSelector) =>
        TryToSelector(labelSelector, out var selector, out var error) ? selector : throw new SelectorParseException(error);

    public static bool TryToSelector(this LabelSelector? labelSelector,
        [NotNullWhen(true)] out Selector? selector, [NotNullWhen(false)] out string? error)
    {
        selector = null;
        error = null;
        if (labelSelector is null)
        {
            selector = Selector.Nothing;
            return true;
        }
        var matchLabels = labelSelector.MatchLabels;
        var matchExpressions = labelSelector.MatchExpressions;
        if ((matchLabels?.Count ?? 0) + (matchExpressions?.Count ?? 0) == 0)
        {
            selector = Selector.Everything;
            return true;
        }

        var requirements = new List<Requirement>();
        // upstream walks the map in random order; sorted keys make the reported error deterministic
        foreach (var (key, value) in (matchLabels ?? []).OrderBy(pair => pair.Key, GoText.Comparer))
        {
            if (!Requirement.TryCreate(key, SelectorOperator.Equals, [value], out var requirement, out error)) return false;
            requirements.Add(requirement);
        }
        foreach (var expression in matchExpressions ?? [])
        {
            var operatorName = expression.Operator ?? "";
            SelectorOperator? op = operatorName switch
            {
                "In" => SelectorOperator.In,
                "NotIn" => SelectorOperator.NotIn,
                "Exists" => SelectorOperator.Exists,
                "DoesNotExist" => SelectorOperator.DoesNotExist,
                _ => null,
            };
            if (op is null)
            {
                error = $"{GoText.Quote(operatorName)} is not a valid label selector operator";
                return false;
            }
            // an empty list is a nil slice upstream, reported as null
            var values = expression.Values is { Count: > 0 } list ? list : null;
            if (!Requirement.TryCreate(expression.Key ?? "", op.Value, values, out var requirement, out error)) return false;
            requirements.Add(requirement);
        }
        selector = Selector.Of(requirements);
        return true;
    }
}
