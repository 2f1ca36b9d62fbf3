namespace Tugboat.Api.Selection;

/// <summary>Tokens of the label selector syntax.</summary>
internal enum LabelSelectorToken
{
    Error,
    EndOfString,
    ClosedPar,
    Comma,
    DoesNotExist,
    DoubleEquals,
    Equals,
    GreaterThan,
    Identifier,
    In,
    LessThan,
    NotEquals,
    NotIn,
    OpenPar,
}

/// <summary>Port of labels.Lexer: splits a selector into tokens (keywords, operators, identifiers).</summary>
internal sealed class LabelSelectorLexer(string input)
{
    private static readonly Dictionary<string, LabelSelectorToken> Keywords = new(StringComparer.Ordinal)
    {
        [")"] = LabelSelectorToken.ClosedPar,
        [","] = LabelSelectorToken.Comma,
        ["!"] = LabelSelectorToken.DoesNotExist,
        ["=="] = LabelSelectorToken.DoubleEquals,
        ["="] = LabelSelectorToken.Equals,
        [">"] = LabelSelectorToken.GreaterThan,
        ["in"] = LabelSelectorToken.In,
        ["<"] = LabelSelectorToken.LessThan,
        ["!="] = LabelSelectorToken.NotEquals,
        ["notin"] = LabelSelectorToken.NotIn,
        ["("] = LabelSelectorToken.OpenPar,
    };

    private int _position;

    /// <summary>All tokens, ending with <see cref="LabelSelectorToken.EndOfString"/>.</summary>
    public List<(LabelSelectorToken Token, string Literal)> ScanAll()
    {
        var items = new List<(LabelSelectorToken, string)>();
        while (true)
        {
            var item = Lex();
            items.Add(item);
            if (item.Token == LabelSelectorToken.EndOfString) return items;
        }
    }

    private (LabelSelectorToken Token, string Literal) Lex()
    {
        var ch = SkipWhiteSpaces(Read());
        if (ch == '\0') return (LabelSelectorToken.EndOfString, "");
        Unread();
        return IsSpecialSymbol(ch) ? ScanSpecialSymbol() : ScanIdOrKeyword();
    }

    /// <summary>The next character, or '\0' past the end (a NUL in the input also ends it, as upstream).</summary>
    private char Read() => _position < input.Length ? input[_position++] : '\0';

    private void Unread() => _position--;

    private char SkipWhiteSpaces(char ch)
    {
        while (IsWhitespace(ch)) ch = Read();
        return ch;
    }

    private (LabelSelectorToken, string) ScanIdOrKeyword()
    {
        var start = _position;
        var end = start;
        while (true)
        {
            var ch = Read();
            if (ch == '\0') break;
            if (IsSpecialSymbol(ch) || IsWhitespace(ch))
            {
                Unread();
                break;
            }
            end = _position;
        }
        var literal = input[start..end];
        return Keywords.TryGetValue(literal, out var token) ? (token, literal) : (LabelSelectorToken.Identifier, literal);
    }

    /// <summary>The longest operator starting here ("!=" over "!", "==" over "=").</summary>
    private (LabelSelectorToken, string) ScanSpecialSymbol()
    {
        var last = (Token: LabelSelectorToken.Error, Literal: "");
        var buffer = "";
        while (true)
        {
            var ch = Read();
            if (ch == '\0') break;
            if (!IsSpecialSymbol(ch))
            {
                Unread();
                break;
            }
            buffer += ch;
            if (Keywords.TryGetValue(buffer, out var token))
            {
                last = (token, buffer);
            }
            else if (last.Token != LabelSelectorToken.Error)
            {
                Unread();
                break;
            }
        }
        return last.Token == LabelSelectorToken.Error
            ? (LabelSelectorToken.Error, $"error expected: keyword found '{buffer}'")
            : last;
    }

    private static bool IsWhitespace(char ch) => ch is ' ' or '\t' or '\r' or '\n';

    private static bool IsSpecialSymbol(char ch) => ch is '=' or '!' or '(' or ')' or ',' or '>' or '<';
}
