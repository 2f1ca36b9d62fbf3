using System.Diagnostics.CodeAnalysis;
using Tugboat.Api.Validation;
using Token = Tugboat.Api.Selection.LabelSelectorToken;

namespace Tugboat.Api.Selection;

/// <summary>
/// Parses the label selector string syntax of `kubectl get -l` and `?labelSelector=` (labels.Parse):
/// <c>a=b</c>, <c>a==b</c>, <c>a!=b</c>, <c>a in (x,y)</c>, <c>a notin (x)</c>, <c>a</c>, <c>!a</c>, <c>a&gt;1</c>, <c>a&lt;5</c>,
/// joined by commas. Errors carry upstream's messages.
/// </summary>
public static class LabelSelectorParser
{
    private const string BinaryOperators = "in, notin, =, ==, !=, gt, lt";

    /// <summary>Parses a selector; throws <see cref="SelectorParseException"/> with upstream's message.</summary>
    public static Selector Parse(string selector) =>
        TryParse(selector, out var result, out var error) ? result : throw new SelectorParseException(error);

    public static bool TryParse(string selector, [NotNullWhen(true)] out Selector? result, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(selector);
        var parser = new Parser(new LabelSelectorLexer(selector).ScanAll());
        error = parser.Parse(out var requirements);
        result = error is null ? Selector.Of(requirements) : null;
        return error is null;
    }

    private enum Context
    {
        KeyAndOperator,
        Values,
    }

    /// <summary>Port of labels.Parser: a recursive descent over the scanned tokens.</summary>
    private sealed class Parser(List<(Token Token, string Literal)> items)
    {
        private int _position;

        public string? Parse(out List<Requirement> requirements)
        {
            requirements = [];
            while (true)
            {
                var (token, literal) = Lookahead(Context.Values);
                switch (token)
                {
                    case Token.Identifier or Token.DoesNotExist:
                        var error = ParseRequirement(out var requirement);
                        if (error is not null) return "unable to parse requirement: " + error;
                        requirements.Add(requirement!);
                        var (next, nextLiteral) = Consume(Context.Values);
                        switch (next)
                        {
                            case Token.EndOfString:
                                return null;
                            case Token.Comma:
                                var (afterComma, afterCommaLiteral) = Lookahead(Context.Values);
                                if (afterComma is not (Token.Identifier or Token.DoesNotExist))
                                    return $"found '{afterCommaLiteral}', expected: identifier after ','";
                                break;
                            default:
                                return $"found '{nextLiteral}', expected: ',' or 'end of string'";
                        }
                        break;
                    case Token.EndOfString:
                        return null;
                    default:
                        return $"found '{literal}', expected: !, identifier, or 'end of string'";
                }
            }
        }

        private string? ParseRequirement(out Requirement? requirement)
        {
            requirement = null;
            var error = ParseKeyAndInferOperator(out var key, out var op);
            if (error is not null) return error;
            if (op is SelectorOperator.Exists or SelectorOperator.DoesNotExist)
                return Requirement.TryCreate(key, op.Value, [], out requirement, out error) ? null : error;

            error = ParseOperator(out var binary);
            if (error is not null) return error;
            SortedSet<string>? values;
            error = binary is SelectorOperator.In or SelectorOperator.NotIn
                ? ParseValues(out values)
                : ParseExactValue(out values);
            if (error is not null) return error;
            return Requirement.TryCreate(key, binary, values!, out requirement, out error) ? null : error;
        }

        /// <summary>The key, preceded by an optional '!'; a bare key (followed by ',' or the end) means Exists.</summary>
        private string? ParseKeyAndInferOperator(out string key, out SelectorOperator? op)
        {
            key = "";
            op = null;
            var (token, literal) = Consume(Context.Values);
            if (token == Token.DoesNotExist)
            {
                op = SelectorOperator.DoesNotExist;
                (token, literal) = Consume(Context.Values);
            }
            if (token != Token.Identifier) return $"found '{literal}', expected: identifier";

            var keyErrors = NameValidation.IsQualifiedName(literal);
            if (keyErrors.Count > 0)
                return FieldErrorText.Invalid(null, GoText.Quote(literal), string.Join("; ", keyErrors));

            var (next, _) = Lookahead(Context.Values);
            if ((next is Token.EndOfString or Token.Comma) && op is not SelectorOperator.DoesNotExist)
                op = SelectorOperator.Exists;
            key = literal;
            return null;
        }

        private string? ParseOperator(out SelectorOperator op)
        {
            var (token, literal) = Consume(Context.KeyAndOperator);
            SelectorOperator? parsed = token switch
            {
                Token.In => SelectorOperator.In,
                Token.Equals => SelectorOperator.Equals,
                Token.DoubleEquals => SelectorOperator.DoubleEquals,
                Token.GreaterThan => SelectorOperator.GreaterThan,
                Token.LessThan => SelectorOperator.LessThan,
                Token.NotIn => SelectorOperator.NotIn,
                Token.NotEquals => SelectorOperator.NotEquals,
                _ => null,
            };
            op = parsed ?? default;
            return parsed is null ? $"found '{literal}', expected: {BinaryOperators}" : null;
        }

        /// <summary>"(" values ")" for in / notin; "()" is the single empty value.</summary>
        private string? ParseValues(out SortedSet<string>? values)
        {
            values = null;
            var (token, literal) = Consume(Context.Values);
            if (token != Token.OpenPar) return $"found '{literal}' expected: '('";

            (token, literal) = Lookahead(Context.Values);
            switch (token)
            {
                case Token.Identifier or Token.Comma:
                    var error = ParseIdentifiersList(out values);
                    if (error is not null) return error;
                    if (Consume(Context.Values).Token != Token.ClosedPar) return $"found '{literal}', expected: ')'";
                    return null;
                case Token.ClosedPar:
                    Consume(Context.Values);
                    values = NewSet("");
                    return null;
                default:
                    return $"found '{literal}', expected: ',', ')' or identifier";
            }
        }

        /// <summary>A comma-separated list of possibly empty identifiers, up to the closing parenthesis.</summary>
        private string? ParseIdentifiersList(out SortedSet<string>? values)
        {
            var set = NewSet();
            values = null;
            while (true)
            {
                var (token, literal) = Consume(Context.Values);
                switch (token)
                {
                    case Token.Identifier:
                        set.Add(literal);
                        var (next, nextLiteral) = Lookahead(Context.Values);
                        switch (next)
                        {
                            case Token.Comma:
                                continue;
                            case Token.ClosedPar:
                                values = set;
                                return null;
                            default:
                                return $"found '{nextLiteral}', expected: ',' or ')'";
                        }
                    case Token.Comma:
                        if (set.Count == 0) set.Add(""); // "(,"
                        var afterComma = Lookahead(Context.Values).Token;
                        if (afterComma == Token.ClosedPar)
                        {
                            set.Add(""); // ",)"
                            values = set;
                            return null;
                        }
                        if (afterComma == Token.Comma) set.Add(""); // ",,"
                        break;
                    default:
                        return $"found '{literal}', expected: ',', or identifier";
                }
            }
        }

        /// <summary>The single value after =, ==, !=, &gt; or &lt;; empty when the term ends right there.</summary>
        private string? ParseExactValue(out SortedSet<string>? values)
        {
            values = null;
            if (Lookahead(Context.Values).Token is Token.EndOfString or Token.Comma)
            {
                values = NewSet("");
                return null;
            }
            var (token, literal) = Consume(Context.Values);
            if (token != Token.Identifier) return $"found '{literal}', expected: identifier";
            values = NewSet(literal);
            return null;
        }

        private (Token Token, string Literal) Lookahead(Context context) => Item(_position, context);

        private (Token Token, string Literal) Consume(Context context)
        {
            var item = Item(_position, context);
            if (_position < items.Count - 1) _position++;
            return item;
        }

        /// <summary>An item; in the values context the keywords "in" and "notin" are plain identifiers.</summary>
        private (Token Token, string Literal) Item(int position, Context context)
        {
            var (token, literal) = items[Math.Min(position, items.Count - 1)];
            if (context == Context.Values && token is Token.In or Token.NotIn) token = Token.Identifier;
            return (token, literal);
        }

        private static SortedSet<string> NewSet(params string[] values) => new(values, GoText.Comparer);
    }
}
