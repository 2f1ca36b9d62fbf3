using Tugboat.Api.Selection;

namespace Tugboat.Api.Tests;

public class FieldSelectorTests
{
    [Theory]
    // upstream TestSelectorParse good strings round-trip unchanged
    [InlineData("x=a,y=b,z=c", "x=a,y=b,z=c")]
    [InlineData("", "")]
    [InlineData("x!=a,y=b", "x!=a,y=b")]
    [InlineData(@"x=a||y\=b", @"x=a||y\=b")]
    [InlineData(@"x=a\=\=b", @"x=a\=\=b")]
    // terms are sorted by their text before parsing
    [InlineData("x=a,a=x", "a=x,x=a")]
    [InlineData("status.phase!=Running,metadata.name=foo", "metadata.name=foo,status.phase!=Running")]
    [InlineData("함=수,목=록", "목=록,함=수")]
    // == is equality and prints as =
    [InlineData("x==a", "x=a")]
    [InlineData("spec.nodeName==", "spec.nodeName=")]
    // empty terms are skipped; a term with neither field nor value disappears
    [InlineData("a=b,", "a=b")]
    [InlineData(",a=b", "a=b")]
    [InlineData(",,", "")]
    [InlineData("=", "")]
    [InlineData("!=", "")]
    [InlineData("=,a=b", "a=b")]
    [InlineData("=x", "=x")]
    // escapes in values
    // (sorting is by raw term text: '2' sorts before '=')
    [InlineData(@"k=\,,k2=v2", @"k2=v2,k=\,")]
    [InlineData(@"k=\\,k2=v2", @"k2=v2,k=\\")]
    [InlineData(@"k=\\\,,k2=v2", @"k2=v2,k=\\\,")]
    [InlineData(@"complex=\=value\\\,\\", @"complex=\=value\\\,\\")]
    public void Parses_and_prints_like_upstream(string input, string expected)
    {
        var selector = FieldSelectorParser.Parse(input);
        selector.ToString().ShouldBe(expected);
        FieldSelector.Parse(expected).ToString().ShouldBe(expected);
    }

    [Theory]
    [InlineData("x=a||y=b", "invalid field selector: unescaped character in value: 61")]
    [InlineData("x==a==b", "invalid field selector: unescaped character in value: 61")]
    [InlineData(@"k=a\,=b", "invalid field selector: unescaped character in value: 61")]
    // the field is everything before the first operator, so the rest is the value
    [InlineData("a!=b=c", "invalid field selector: unescaped character in value: 61")]
    [InlineData("x=a,b", "invalid selector: 'x=a,b'; can't understand 'b'")]
    [InlineData("x in (a)", "invalid selector: 'x in (a)'; can't understand 'x in (a)'")]
    [InlineData("x in (a,b,c)", "invalid selector: 'x in (a,b,c)'; can't understand 'b'")]
    [InlineData("x", "invalid selector: 'x'; can't understand 'x'")]
    [InlineData("!x", "invalid selector: '!x'; can't understand '!x'")]
    [InlineData("x>1", "invalid selector: 'x>1'; can't understand 'x>1'")]
    [InlineData("x<1", "invalid selector: 'x<1'; can't understand 'x<1'")]
    [InlineData("a=b,x notin (y)", "invalid selector: 'a=b,x notin (y)'; can't understand 'x notin (y)'")]
    [InlineData(@"k=\a", @"invalid field selector: invalid escape sequence: \a")]
    [InlineData(@"k=\", @"invalid field selector: invalid escape sequence: \")]
    [InlineData(@"k=\\\", @"invalid field selector: invalid escape sequence: \")]
    [InlineData(@"k=\수", @"invalid field selector: invalid escape sequence: \수")]
    public void Rejects_unsupported_operators_and_bad_escapes(string input, string message)
    {
        Should.Throw<SelectorParseException>(() => FieldSelectorParser.Parse(input)).Message.ShouldBe(message);
        FieldSelectorParser.TryParse(input, out var selector, out var error).ShouldBeFalse();
        selector.ShouldBeNull();
        error.ShouldBe(message);
    }

    [Fact]
    public void Parsed_terms_expose_field_operator_and_unescaped_value()
    {
        var selector = FieldSelectorParser.Parse(@"spec.nodeName==node\,1,status.phase!=Failed,metadata.name=web");
        selector.Requirements.ShouldBe(
        [
            new FieldRequirement("metadata.name", SelectorOperator.Equals, "web"),
            new FieldRequirement("spec.nodeName", SelectorOperator.Equals, "node,1"),
            new FieldRequirement("status.phase", SelectorOperator.NotEquals, "Failed"),
        ]);
    }

    public static TheoryData<string, Dictionary<string, string>, bool> MatchCases => new()
    {
        // upstream TestSelectorMatches
        { "", new() { ["x"] = "y" }, true },
        { "x=y", new() { ["x"] = "y" }, true },
        { "x=y,z=w", new() { ["x"] = "y", ["z"] = "w" }, true },
        { "x!=y,z!=w", new() { ["x"] = "z", ["z"] = "a" }, true },
        { "notin=in", new() { ["notin"] = "in" }, true },
        { "x=y", new() { ["x"] = "z" }, false },
        { "x=y,z=w", new() { ["x"] = "w", ["z"] = "w" }, false },
        { "x!=y,z!=w", new() { ["x"] = "z", ["z"] = "w" }, false },
        { "foo=bar", new() { ["foo"] = "bar", ["baz"] = "blah", ["complex"] = @"=value\,\" }, true },
        { "foo=bar,baz=blah", new() { ["foo"] = "bar", ["baz"] = "blah", ["complex"] = @"=value\,\" }, true },
        { @"foo=bar,baz=blah,complex=\=value\\\,\\", new() { ["foo"] = "bar", ["baz"] = "blah", ["complex"] = @"=value\,\" }, true },
        { "foo=blah", new() { ["foo"] = "bar", ["baz"] = "blah" }, false },
        { "foo=bar,foobar=bar,baz=blah", new() { ["foo"] = "bar", ["baz"] = "blah" }, false },
        // an absent field reads as ""
        { "x=", new(), true },
        { "x!=", new(), false },
        { "x!=a", new(), true },
        { "x=a", new(), false },
        { "x=A", new() { ["x"] = "a" }, false },
    };

    [Theory]
    [MemberData(nameof(MatchCases))]
    public void Matches_field_sets(string selector, Dictionary<string, string> fields, bool expected)
    {
        var parsed = FieldSelectorParser.Parse(selector);
        parsed.Matches(fields).ShouldBe(expected);
        parsed.Matches(field => fields.TryGetValue(field, out var value) ? value : null).ShouldBe(expected);
    }

    [Fact]
    public void Matches_through_a_per_kind_field_function()
    {
        var pod = new Dictionary<string, string?>
        {
            ["metadata.name"] = "web-1",
            ["metadata.namespace"] = "default",
            ["spec.nodeName"] = null,
            ["status.phase"] = "Running",
        };
        string? Fields(string path) => pod.GetValueOrDefault(path);

        FieldSelectorParser.Parse("metadata.name=web-1,status.phase=Running").Matches(Fields).ShouldBeTrue();
        FieldSelectorParser.Parse("spec.nodeName=").Matches(Fields).ShouldBeTrue();
        FieldSelectorParser.Parse("spec.nodeName!=").Matches(Fields).ShouldBeFalse();
        FieldSelectorParser.Parse("status.phase!=Running").Matches(Fields).ShouldBeFalse();
        FieldSelectorParser.Parse("metadata.namespace==default,metadata.name!=web-2").Matches(Fields).ShouldBeTrue();
    }

    [Fact]
    public void Everything_and_Nothing()
    {
        FieldSelector.Everything.IsEmpty.ShouldBeTrue();
        FieldSelector.Everything.Matches(new Dictionary<string, string> { ["x"] = "y" }).ShouldBeTrue();
        FieldSelector.Everything.Matches((IReadOnlyDictionary<string, string>?)null).ShouldBeTrue();
        FieldSelector.Everything.ToString().ShouldBe("");
        FieldSelector.Nothing.IsEmpty.ShouldBeFalse();
        FieldSelector.Nothing.MatchesNothing.ShouldBeTrue();
        FieldSelector.Nothing.Matches(_ => "anything").ShouldBeFalse();
        FieldSelector.Nothing.Transform((f, v) => (f, v)).MatchesNothing.ShouldBeTrue();
        FieldSelectorParser.Parse("").IsEmpty.ShouldBeTrue();
        FieldSelectorParser.Parse("a=b").IsEmpty.ShouldBeFalse();
    }

    [Theory]
    // upstream TestRequiresExactMatch
    [InlineData("", "test", null)]
    [InlineData("a=b", "test", null)]
    [InlineData("test=b", "test", "b")]
    [InlineData("test=", "test", "")]
    [InlineData("test!=b", "test", null)]
    [InlineData("test!=", "test", null)]
    [InlineData("test!=a,test=b", "test", "b")]
    [InlineData("a=c,test=b", "test", "b")]
    public void Exact_match_introspection(string selector, string field, string? expected)
    {
        var found = FieldSelectorParser.Parse(selector).TryGetExactMatch(field, out var value);
        found.ShouldBe(expected is not null);
        value.ShouldBe(expected);
    }

    [Theory]
    // upstream TestTransform
    [InlineData("", "", true)]
    [InlineData("a=b,c=d", "a=b,c=d", false)]
    public void Identity_transform_keeps_the_selector(string selector, string expected, bool empty)
    {
        var result = FieldSelectorParser.Parse(selector).Transform((field, value) => (field, value));
        result.ToString().ShouldBe(expected);
        result.IsEmpty.ShouldBe(empty);
    }

    [Fact]
    public void Transform_rewrites_and_drops_terms()
    {
        FieldSelectorParser.Parse("a=b,c=d").Transform((f, v) => f == "a" ? ("e", "f") : (f, v)).ToString().ShouldBe("e=f,c=d");
        var emptied = FieldSelectorParser.Parse("a=b").Transform((_, _) => ("", ""));
        emptied.IsEmpty.ShouldBeTrue();
        emptied.ToString().ShouldBe("");
        FieldSelectorParser.Parse("a=b,c=d,e=f").Transform((f, v) => f == "c" ? ("", "") : (f, v)).ToString().ShouldBe("a=b,e=f");
        FieldSelectorParser.Parse("spec.host!=n1").Transform((f, v) => f == "spec.host" ? ("spec.nodeName", v) : (f, v))
            .ToString().ShouldBe("spec.nodeName!=n1");
        Should.Throw<InvalidOperationException>(() =>
            FieldSelectorParser.Parse("bogus=x").Transform((f, _) => throw new InvalidOperationException($"field label not supported: {f}")));
    }

    [Fact]
    public void FromSet_selects_exact_values()
    {
        var labelset = new Dictionary<string, string> { ["foo"] = "bar", ["baz"] = "blah" };
        FieldSelector.FromSet(new Dictionary<string, string>()).Matches(labelset).ShouldBeTrue();
        FieldSelector.FromSet(new Dictionary<string, string> { ["foo"] = "bar" }).Matches(labelset).ShouldBeTrue();
        FieldSelector.FromSet(new Dictionary<string, string> { ["foo"] = "bar", ["baz"] = "blah" }).Matches(labelset).ShouldBeTrue();
        FieldSelector.FromSet(new Dictionary<string, string> { ["foo"] = "=blah" }).Matches(labelset).ShouldBeFalse();
        FieldSelector.FromSet(new Dictionary<string, string> { ["foo"] = "=bar", ["foobar"] = "bar", ["baz"] = "blah" }).Matches(labelset).ShouldBeFalse();
        FieldSelector.FromSet(new Dictionary<string, string> { ["b"] = "x,y", ["a"] = "1" }).ToString().ShouldBe(@"a=1,b=x\,y");
        FieldSelector.FromSet(null).IsEmpty.ShouldBeTrue();
    }

    [Theory]
    // upstream TestEscapeValue
    [InlineData("", "")]
    [InlineData("a", "a")]
    [InlineData("=", @"\=")]
    [InlineData(",", @"\,")]
    [InlineData(@"\", @"\\")]
    [InlineData(@"\=\,\", @"\\\=\\\,\\")]
    public void Escape_and_unescape_round_trip(string value, string escaped)
    {
        FieldSelectorParser.EscapeValue(value).ShouldBe(escaped);
        FieldSelectorParser.UnescapeValue(escaped).ShouldBe(value);
    }

    [Theory]
    [InlineData(@"\", @"invalid field selector: invalid escape sequence: \")]
    [InlineData(@"\\\", @"invalid field selector: invalid escape sequence: \")]
    [InlineData(@"\a", @"invalid field selector: invalid escape sequence: \a")]
    [InlineData("a,b", "invalid field selector: unescaped character in value: 44")]
    [InlineData("a=b", "invalid field selector: unescaped character in value: 61")]
    public void Unescape_rejects_bad_sequences(string value, string message)
    {
        Should.Throw<SelectorParseException>(() => FieldSelectorParser.UnescapeValue(value)).Message.ShouldBe(message);
        FieldSelectorParser.TryUnescapeValue(value, out var result, out var error).ShouldBeFalse();
        result.ShouldBeNull();
        error.ShouldBe(message);
    }

    [Fact]
    public void Requirement_prints_escaped()
    {
        new FieldRequirement("metadata.name", SelectorOperator.Equals, "a=b").ToString().ShouldBe(@"metadata.name=a\=b");
        new FieldRequirement("metadata.name", SelectorOperator.NotEquals, @"a\b").ToString().ShouldBe(@"metadata.name!=a\\b");
        new FieldRequirement("x", SelectorOperator.DoubleEquals, "y").ToString().ShouldBe("x=y");
    }
}
