namespace Tugboat.Api.Selection;

/// <summary>
/// One term of a field selector (fields.Requirement): <see cref="Field"/> compared with <see cref="Value"/>
/// by <see cref="SelectorOperator.Equals"/> ("=" and "==") or <see cref="SelectorOperator.NotEquals"/>.
/// </summary>
public sealed record FieldRequirement(string Field, SelectorOperator Operator, string Value)
{
    /// <summary>Whether the field's value (null when the object lacks it, which compares as "") satisfies the term.</summary>
    public bool Matches(string? actual)
    {
        var equal = string.Equals(actual ?? "", Value, StringComparison.Ordinal);
        return Operator == SelectorOperator.NotEquals ? !equal : equal;
    }

    /// <summary>"field=value" or "field!=value", the value escaped.</summary>
    public override string ToString() =>
        Field + (Operator == SelectorOperator.NotEquals ? "!=" : "=") + FieldSelectorParser.EscapeValue(Value);
}
