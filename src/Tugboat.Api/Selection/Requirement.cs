using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using Tugboat.Api.Validation;

namespace Tugboat.Api.Selection;

/// <summary>
/// One term of a label selector (labels.Requirement): a key, an operator and its values.
/// Create it with <see cref="Create"/>, which validates as upstream's NewRequirement does.
/// </summary>
public sealed class Requirement : IEquatable<Requirement>
{
    private static readonly string[] SupportedOperators = ["in", "notin", "=", "==", "!=", "gt", "lt", "exists", "!"];

    public string Key { get; }
    public SelectorOperator Operator { get; }

    /// <summary>The values as given (the parser gives them sorted and de-duplicated).</summary>
    public IReadOnlyList<string> Values { get; }

    private Requirement(string key, SelectorOperator op, IReadOnlyList<string> values)
    {
        Key = key;
        Operator = op;
        Values = values;
    }

    /// <summary>
    /// Validates and builds a requirement; throws <see cref="SelectorParseException"/> carrying upstream's
    /// aggregated field errors (e.g. "values: Invalid value: null: for 'in', 'notin' operators, values set can't be empty").
    /// </summary>
    public static Requirement Create(string key, SelectorOperator op, IEnumerable<string>? values = null) =>
        TryCreate(key, op, values, out var requirement, out var error) ? requirement : throw new SelectorParseException(error);

    public static bool TryCreate(string key, SelectorOperator op, IEnumerable<string>? values,
        [NotNullWhen(true)] out Requirement? requirement, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(key);
        var list = values?.ToArray();
        error = Validate(key, op, list);
        requirement = error is null ? new Requirement(key, op, list ?? []) : null;
        return error is null;
    }

    /// <summary>Builds a requirement without validation (SelectorFromValidatedSet): callers vouch for the input.</summary>
    internal static Requirement Unvalidated(string key, SelectorOperator op, IReadOnlyList<string> values) => new(key, op, values);

    /// <summary>NewRequirement's checks; null when valid, else the aggregated error text.</summary>
    private static string? Validate(string key, SelectorOperator op, IReadOnlyList<string>? values)
    {
        var errors = new List<string>();
        var keyErrors = NameValidation.IsQualifiedName(key);
        if (keyErrors.Count > 0)
            errors.Add(FieldErrorText.Invalid("key", GoText.Quote(key), string.Join("; ", keyErrors)));

        const string valuePath = "values";
        var count = values?.Count ?? 0;
        switch (op)
        {
            case SelectorOperator.In or SelectorOperator.NotIn:
                if (count == 0)
                    errors.Add(FieldErrorText.Invalid(valuePath, GoText.JsonStringArray(values), "for 'in', 'notin' operators, values set can't be empty"));
                break;
            case SelectorOperator.Equals or SelectorOperator.DoubleEquals or SelectorOperator.NotEquals:
                if (count != 1)
                    errors.Add(FieldErrorText.Invalid(valuePath, GoText.JsonStringArray(values), "exact-match compatibility requires one single value"));
                break;
            case SelectorOperator.Exists or SelectorOperator.DoesNotExist:
                if (count != 0)
                    errors.Add(FieldErrorText.Invalid(valuePath, GoText.JsonStringArray(values), "values set must be empty for exists and does not exist"));
                break;
            case SelectorOperator.GreaterThan or SelectorOperator.LessThan:
                if (count != 1)
                    errors.Add(FieldErrorText.Invalid(valuePath, GoText.JsonStringArray(values), "for 'Gt', 'Lt' operators, exactly one value is required"));
                for (var i = 0; i < count; i++)
                {
                    if (!TryParseInt64(values![i], out _))
                        errors.Add(FieldErrorText.Invalid(Index(valuePath, i), GoText.Quote(values[i]), "for 'Gt', 'Lt' operators, the value must be an integer"));
                }
                break;
            default:
                errors.Add(FieldErrorText.NotSupported("operator", GoText.JsonString(op.ToOperatorString()), SupportedOperators));
                break;
        }

        for (var i = 0; i < count; i++)
        {
            var valueErrors = NameValidation.IsValidLabelValue(values![i]);
            if (valueErrors.Count > 0)
                errors.Add(FieldErrorText.Invalid(FieldErrorText.Subscript(Index(valuePath, i), key), GoText.Quote(values[i]), string.Join("; ", valueErrors)));
        }
        return FieldErrorText.Aggregate(errors);
    }

    /// <summary>Whether <paramref name="labels"/> (null meaning none) satisfy this requirement.</summary>
    public bool Matches(IReadOnlyDictionary<string, string>? labels)
    {
        string? value = null;
        var exists = labels is not null && labels.TryGetValue(Key, out value);
        switch (Operator)
        {
            case SelectorOperator.In or SelectorOperator.Equals or SelectorOperator.DoubleEquals:
                return exists && HasValue(value!);
            case SelectorOperator.NotIn or SelectorOperator.NotEquals:
                return !exists || !HasValue(value!);
            case SelectorOperator.Exists:
                return exists;
            case SelectorOperator.DoesNotExist:
                return !exists;
            case SelectorOperator.GreaterThan or SelectorOperator.LessThan:
                if (!exists || !TryParseInt64(value!, out var actual)) return false;
                if (Values.Count != 1 || !TryParseInt64(Values[0], out var bound)) return false;
                return Operator == SelectorOperator.GreaterThan ? actual > bound : actual < bound;
            default:
                return false;
        }
    }

    private bool HasValue(string value)
    {
        foreach (var candidate in Values)
        {
            if (string.Equals(candidate, value, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>Upstream's text: "!a", "a", "a=b", "a==b", "a!=b", "a in (x,y)", "a notin (x)", "a>1", "a&lt;1"; values sorted.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        if (Operator == SelectorOperator.DoesNotExist) text.Append('!');
        text.Append(Key);
        switch (Operator)
        {
            case SelectorOperator.Equals: text.Append('='); break;
            case SelectorOperator.DoubleEquals: text.Append("=="); break;
            case SelectorOperator.NotEquals: text.Append("!="); break;
            case SelectorOperator.In: text.Append(" in "); break;
            case SelectorOperator.NotIn: text.Append(" notin "); break;
            case SelectorOperator.GreaterThan: text.Append('>'); break;
            case SelectorOperator.LessThan: text.Append('<'); break;
            case SelectorOperator.Exists or SelectorOperator.DoesNotExist: return text.ToString();
        }

        var set = Operator is SelectorOperator.In or SelectorOperator.NotIn;
        if (set) text.Append('(');
        if (Values.Count == 1) text.Append(Values[0]);
        else text.AppendJoin(",", Values.Order(GoText.Comparer));
        if (set) text.Append(')');
        return text.ToString();
    }

    public bool Equals(Requirement? other) =>
        other is not null && Key == other.Key && Operator == other.Operator && Values.SequenceEqual(other.Values, StringComparer.Ordinal);

    public override bool Equals(object? obj) => Equals(obj as Requirement);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Key, StringComparer.Ordinal);
        hash.Add(Operator);
        foreach (var value in Values) hash.Add(value, StringComparer.Ordinal);
        return hash.ToHashCode();
    }

    /// <summary>strconv.ParseInt(s, 10, 64): optional sign, decimal digits, no spaces.</summary>
    internal static bool TryParseInt64(string text, out long value) =>
        long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    private static string Index(string path, int index) => FieldErrorText.Subscript(path, index.ToString(CultureInfo.InvariantCulture));
}
