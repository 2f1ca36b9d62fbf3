using Tugboat.Api.Meta;
using Tugboat.Api.Selection;

namespace Tugboat.Api.Tests;

public class LabelSelectorTests
{
    private const string LabelValueMsg =
        "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";
    private const string NamePartMsg =
        "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";
    private const string LabelKeyMsg =
        "a valid label key must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]') with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')";
    private const string SubdomainMsg =
        @"a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";

    [Theory]
    // upstream TestSelectorParse good strings (re-stringed without spaces)
    [InlineData("x=a,y=b,z=c", "x=a,y=b,z=c")]
    [InlineData("", "")]
    [InlineData("x!=a,y=b", "x!=a,y=b")]
    [InlineData("x=", "x=")]
    [InlineData("x= ", "x=")]
    [InlineData("x=,z= ", "x=,z=")]
    [InlineData("x= ,z= ", "x=,z=")]
    [InlineData("!x", "!x")]
    [InlineData("x>1", "x>1")]
    [InlineData("x>1,z<5", "x>1,z<5")]
    // ordering by key, stable for equal keys
    [InlineData("y=b,x=a", "x=a,y=b")]
    [InlineData("z!=a,x=abc,z,y==jkl", "x=abc,y==jkl,z!=a,z")]
    // upstream TestSetSelectorParser
    [InlineData("\rx", "x")]
    [InlineData("this-is-a-dns.domain.com/key-with-dash", "this-is-a-dns.domain.com/key-with-dash")]
    [InlineData("this-is-another-dns.domain.com/key-with-dash in (so,what)", "this-is-another-dns.domain.com/key-with-dash in (so,what)")]
    [InlineData("0.1.2.domain/99 notin (10.10.100.1, tick.tack.clock)", "0.1.2.domain/99 notin (10.10.100.1,tick.tack.clock)")]
    [InlineData("foo  in\t (abc)", "foo in (abc)")]
    [InlineData("x notin\n (abc)", "x notin (abc)")]
    [InlineData("x  notin\t\t(abc,def)", "x notin (abc,def)")]
    [InlineData("x in (abc,)", "x in (,abc)")]
    [InlineData("x in (abc,abc)", "x in (abc)")]
    [InlineData("x in (def,abc)", "x in (abc,def)")]
    [InlineData("x in ()", "x in ()")]
    [InlineData("x in (a,,)", "x in (,a)")]
    [InlineData("x in (a,,,,,,)", "x in (,a)")]
    [InlineData("x in (a,,a,,a,,a,,)", "x in (,a)")]
    [InlineData("x notin (abc,,def),bar,z in (),w", "bar,w,x notin (,abc,def),z in ()")]
    [InlineData("x,y in (a)", "x,y in (a)")]
    [InlineData("x=a,y!=b,z in (h,i,j)", "x=a,y!=b,z in (h,i,j)")]
    [InlineData("x notin ( )", "x notin ()")]
    [InlineData("x notin (, a)", "x notin (,a)")]
    [InlineData("a ", "a")]
    [InlineData("a in (x,y,notin, z,in)", "a in (in,notin,x,y,z)")]
    // keywords are plain identifiers where a key or value is expected
    [InlineData("in in (in)", "in in (in)")]
    [InlineData("notin=in", "notin=in")]
    [InlineData("!in", "!in")]
    [InlineData("x==a", "x==a")]
    [InlineData("example.com/My_Key.1=Some-Value_2.x", "example.com/My_Key.1=Some-Value_2.x")]
    public void Parses_and_prints_canonically(string input, string expected)
    {
        var selector = LabelSelectorParser.Parse(input);
        selector.ToString().ShouldBe(expected);
        LabelSelectorParser.Parse(expected).ToString().ShouldBe(expected);
        Selector.Parse(input).ToString().ShouldBe(expected);
    }

    [Theory]
    [InlineData("x=a||y=b", "unable to parse requirement: values[0][x]: Invalid value: \"a||y\": " + LabelValueMsg)]
    [InlineData("x==a==b", "found '==', expected: ',' or 'end of string'")]
    [InlineData("!x=a", "found '=', expected: ',' or 'end of string'")]
    [InlineData("x<a", "unable to parse requirement: values[0]: Invalid value: \"a\": for 'Gt', 'Lt' operators, the value must be an integer")]
    [InlineData("x>", "unable to parse requirement: values[0]: Invalid value: \"\": for 'Gt', 'Lt' operators, the value must be an integer")]
    [InlineData("x>-1", "unable to parse requirement: values[0][x]: Invalid value: \"-1\": " + LabelValueMsg)]
    [InlineData("x>=1", "unable to parse requirement: found '=', expected: identifier")]
    [InlineData("x,,y", "found ',', expected: identifier after ','")]
    [InlineData(",x,y", "found ',', expected: !, identifier, or 'end of string'")]
    [InlineData("x nott in (y)", "unable to parse requirement: found 'nott', expected: in, notin, =, ==, !=, gt, lt")]
    [InlineData("a in (xyz),", "found '', expected: identifier after ','")]
    [InlineData("a in (xyz)b notin ()", "found 'b', expected: ',' or 'end of string'")]
    [InlineData("a in (xyz abc)", "unable to parse requirement: found 'abc', expected: ',' or ')'")]
    [InlineData("a notin(", "unable to parse requirement: found '', expected: ',', ')' or identifier")]
    [InlineData("a (", "unable to parse requirement: found '(', expected: in, notin, =, ==, !=, gt, lt")]
    [InlineData("(", "found '(', expected: !, identifier, or 'end of string'")]
    [InlineData("=a", "found '=', expected: !, identifier, or 'end of string'")]
    [InlineData("x=(a)", "unable to parse requirement: found '(', expected: identifier")]
    [InlineData("x in a", "unable to parse requirement: found 'a' expected: '('")]
    [InlineData("x in (a", "unable to parse requirement: found '', expected: ',' or ')'")]
    [InlineData("x in (=)", "unable to parse requirement: found '=', expected: ',', ')' or identifier")]
    [InlineData("x in (a,=)", "unable to parse requirement: found '=', expected: ',', or identifier")]
    [InlineData("!", "unable to parse requirement: found '', expected: identifier")]
    [InlineData("!!x", "unable to parse requirement: found '!', expected: identifier")]
    [InlineData("x!", "unable to parse requirement: found '!', expected: in, notin, =, ==, !=, gt, lt")]
    [InlineData("x in (a b)", "unable to parse requirement: found 'b', expected: ',' or ')'")]
    [InlineData("a/b/c", "unable to parse requirement: <nil>: Invalid value: \"a/b/c\": " + LabelKeyMsg)]
    [InlineData("-a=b", "unable to parse requirement: <nil>: Invalid value: \"-a\": " + NamePartMsg)]
    [InlineData("/a", "unable to parse requirement: <nil>: Invalid value: \"/a\": prefix part must be non-empty")]
    [InlineData("a/", "unable to parse requirement: <nil>: Invalid value: \"a/\": name part must be non-empty; " + NamePartMsg)]
    [InlineData("Example.com/a", "unable to parse requirement: <nil>: Invalid value: \"Example.com/a\": prefix part " + SubdomainMsg)]
    [InlineData("x=\"q\"", "unable to parse requirement: values[0][x]: Invalid value: \"\\\"q\\\"\": " + LabelValueMsg)]
    [InlineData("x=é", "unable to parse requirement: values[0][x]: Invalid value: \"é\": " + LabelValueMsg)]
    [InlineData("x in (a,b-)", "unable to parse requirement: values[1][x]: Invalid value: \"b-\": " + LabelValueMsg)]
    public void Rejects_bad_input_with_upstream_messages(string input, string message)
    {
        Should.Throw<SelectorParseException>(() => LabelSelectorParser.Parse(input)).Message.ShouldBe(message);
        LabelSelectorParser.TryParse(input, out var selector, out var error).ShouldBeFalse();
        selector.ShouldBeNull();
        error.ShouldBe(message);
    }

    [Fact]
    public void Rejects_over_long_keys_and_values()
    {
        var longName = new string('a', 64);
        Should.Throw<SelectorParseException>(() => LabelSelectorParser.Parse(longName))
            .Message.ShouldBe($"unable to parse requirement: <nil>: Invalid value: \"{longName}\": name part must be no more than 63 bytes");
        var longPrefix = new string('a', 254) + "/a";
        Should.Throw<SelectorParseException>(() => LabelSelectorParser.Parse(longPrefix))
            .Message.ShouldBe($"unable to parse requirement: <nil>: Invalid value: \"{longPrefix}\": prefix part must be no more than 253 bytes");
        Should.Throw<SelectorParseException>(() => LabelSelectorParser.Parse("x=" + longName))
            .Message.ShouldBe($"unable to parse requirement: values[0][x]: Invalid value: \"{longName}\": must be no more than 63 bytes");
        LabelSelectorParser.Parse(new string('a', 63) + "=" + new string('b', 63)).Requirements.Count.ShouldBe(1);
    }

    [Fact]
    public void A_NUL_character_acts_as_upstream_byte_zero()
    {
        // right after an identifier or operator it is swallowed; where a token starts it ends the input
        LabelSelectorParser.Parse("x=a\0,y=b").ToString().ShouldBe("x=a,y=b");
        LabelSelectorParser.Parse("x=a,\0y=b").ToString().ShouldBe("x=a,y=b");
        Should.Throw<SelectorParseException>(() => LabelSelectorParser.Parse("x=a, \0y=b"))
            .Message.ShouldBe("found '', expected: identifier after ','");
        LabelSelectorParser.Parse("\0x=a").IsEmpty.ShouldBeTrue();
    }

    [Fact]
    public void Parsed_requirements_expose_key_operator_and_sorted_values()
    {
        var selector = LabelSelectorParser.Parse("tier notin (web,cache,web),!legacy,app=api,env in (prod),size>3");
        selector.Requirements.Select(r => (r.Key, r.Operator, string.Join("|", r.Values))).ShouldBe(
        [
            ("app", SelectorOperator.Equals, "api"),
            ("env", SelectorOperator.In, "prod"),
            ("legacy", SelectorOperator.DoesNotExist, ""),
            ("size", SelectorOperator.GreaterThan, "3"),
            ("tier", SelectorOperator.NotIn, "cache|web"),
        ]);
        selector.IsEmpty.ShouldBeFalse();
    }

    public static TheoryData<string, Dictionary<string, string>?, bool> MatchCases => new()
    {
        // upstream TestSelectorMatches
        { "", new() { ["x"] = "y" }, true },
        { "x=y", new() { ["x"] = "y" }, true },
        { "x=y,z=w", new() { ["x"] = "y", ["z"] = "w" }, true },
        { "x!=y,z!=w", new() { ["x"] = "z", ["z"] = "a" }, true },
        { "notin=in", new() { ["notin"] = "in" }, true },
        { "x", new() { ["x"] = "z" }, true },
        { "!x", new() { ["y"] = "z" }, true },
        { "x>1", new() { ["x"] = "2" }, true },
        { "x<1", new() { ["x"] = "0" }, true },
        { "x=z", new(), false },
        { "x=y", new() { ["x"] = "z" }, false },
        { "x=y,z=w", new() { ["x"] = "w", ["z"] = "w" }, false },
        { "x!=y,z!=w", new() { ["x"] = "z", ["z"] = "w" }, false },
        { "x", new() { ["y"] = "z" }, false },
        { "!x", new() { ["x"] = "z" }, false },
        { "x>1", new() { ["x"] = "0" }, false },
        { "x<1", new() { ["x"] = "2" }, false },
        { "foo=bar,baz=blah", new() { ["foo"] = "bar", ["baz"] = "blah" }, true },
        { "foo=bar,foobar=bar,baz=blah", new() { ["foo"] = "bar", ["baz"] = "blah" }, false },
        // upstream TestRequirementSelectorMatching
        { "x in (foo),y notin (alpha)", new() { ["x"] = "foo", ["y"] = "baz" }, true },
        { "x in (foo),y in (alpha)", new() { ["x"] = "foo", ["y"] = "baz" }, false },
        { "x notin (),y", new() { ["y"] = "" }, true },
        { "!x,y", new() { ["y"] = "" }, true },
        { "x notin (),!y", new() { ["y"] = "" }, false },
        { "x in ()", new() { ["y"] = "baz" }, false },
        { "x in ()", new() { ["x"] = "" }, true },
        { "z>1", new() { ["z"] = "2" }, true },
        { "z>1", new() { ["z"] = "v2" }, false },
        { "z<10", new() { ["z"] = "-5" }, true },
        { "z<10", new() { ["z"] = "+5" }, true },
        { "z>1", new(), false },
        // the empty value and absent labels
        { "x=", new() { ["x"] = "" }, true },
        { "x=", new(), false },
        { "x!=", new(), true },
        { "x notin (a)", null, true },
        { "x", null, false },
        { "", null, true },
        // values compare exactly
        { "x=A", new() { ["x"] = "a" }, false },
    };

    [Theory]
    [MemberData(nameof(MatchCases))]
    public void Matches_label_sets(string selector, Dictionary<string, string>? labels, bool expected) =>
        LabelSelectorParser.Parse(selector).Matches(labels).ShouldBe(expected);

    [Fact]
    public void Everything_and_Nothing()
    {
        Selector.Everything.IsEmpty.ShouldBeTrue();
        Selector.Everything.MatchesNothing.ShouldBeFalse();
        Selector.Everything.Matches(new Dictionary<string, string> { ["x"] = "y" }).ShouldBeTrue();
        Selector.Everything.Matches(null).ShouldBeTrue();
        Selector.Everything.ToString().ShouldBe("");

        Selector.Nothing.IsEmpty.ShouldBeFalse();
        Selector.Nothing.MatchesNothing.ShouldBeTrue();
        Selector.Nothing.Matches(new Dictionary<string, string> { ["x"] = "y" }).ShouldBeFalse();
        Selector.Nothing.Matches(null).ShouldBeFalse();
        Selector.Nothing.ToString().ShouldBe("");
        Selector.Nothing.Add(Requirement.Create("a", SelectorOperator.Exists)).MatchesNothing.ShouldBeTrue();

        LabelSelectorParser.Parse("").IsEmpty.ShouldBeTrue();
        LabelSelectorParser.Parse("  ").IsEmpty.ShouldBeTrue();
    }

    [Fact]
    public void Add_keeps_requirements_sorted_by_key()
    {
        var selector = Selector.Everything
            .Add(Requirement.Create("key2", SelectorOperator.Equals, ["value2"]))
            .Add(Requirement.Create("key", SelectorOperator.In, ["value"]));
        selector.ToString().ShouldBe("key in (value),key2=value2");
        Selector.Everything.IsEmpty.ShouldBeTrue();
    }

    [Theory]
    [InlineData("key in (value)", "key", "value")]
    [InlineData("key in (value,value2)", "key", null)]
    [InlineData("key in (value,value1),key2 in (value2)", "key2", "value2")]
    [InlineData("key=value", "key", "value")]
    [InlineData("key==value", "key", "value")]
    [InlineData("key!=value", "key", null)]
    [InlineData("key in (value),key2 in (value2)", "key", "value")]
    [InlineData("key", "key", null)]
    [InlineData("other=value", "key", null)]
    [InlineData("key=", "key", "")]
    public void Exact_match_introspection(string selector, string label, string? expected)
    {
        var found = LabelSelectorParser.Parse(selector).TryGetExactMatch(label, out var value);
        found.ShouldBe(expected is not null);
        value.ShouldBe(expected);
    }

    [Fact]
    public void FromSet_builds_sorted_equality_requirements()
    {
        var labels = new Dictionary<string, string> { ["app"] = "foo", ["a"] = "b" };
        var selector = Selector.FromSet(labels);
        selector.ToString().ShouldBe("a=b,app=foo");
        selector.Matches(new Dictionary<string, string> { ["a"] = "b", ["app"] = "foo", ["extra"] = "x" }).ShouldBeTrue();
        selector.Matches(new Dictionary<string, string> { ["a"] = "b" }).ShouldBeFalse();
        Selector.FromSet(null).IsEmpty.ShouldBeTrue();
        Selector.FromSet(new Dictionary<string, string>()).IsEmpty.ShouldBeTrue();
    }

    [Fact]
    public void Requirement_ToString_matches_upstream()
    {
        Requirement.Create("x", SelectorOperator.In, ["def", "abc"]).ToString().ShouldBe("x in (abc,def)");
        Requirement.Create("y", SelectorOperator.NotIn, ["jkl"]).ToString().ShouldBe("y notin (jkl)");
        Requirement.Create("z", SelectorOperator.Exists).ToString().ShouldBe("z");
        Requirement.Create("z", SelectorOperator.DoesNotExist).ToString().ShouldBe("!z");
        Requirement.Create("z", SelectorOperator.NotIn, [""]).ToString().ShouldBe("z notin ()");
        Requirement.Create("x", SelectorOperator.GreaterThan, ["2"]).ToString().ShouldBe("x>2");
        Requirement.Create("y", SelectorOperator.LessThan, ["8"]).ToString().ShouldBe("y<8");
        Requirement.Create("x", SelectorOperator.In, ["b", "a"]).Values.ShouldBe(["b", "a"]);
    }

    [Fact]
    public void Requirement_equality_is_by_content()
    {
        Requirement.Create("a", SelectorOperator.In, ["x", "y"]).ShouldBe(Requirement.Create("a", SelectorOperator.In, ["x", "y"]));
        Requirement.Create("a", SelectorOperator.In, ["x", "y"]).GetHashCode()
            .ShouldBe(Requirement.Create("a", SelectorOperator.In, ["x", "y"]).GetHashCode());
        Requirement.Create("a", SelectorOperator.In, ["x"]).ShouldNotBe(Requirement.Create("a", SelectorOperator.NotIn, ["x"]));
    }

    [Theory]
    // upstream TestRequirementConstructor, with the messages upstream produces
    [InlineData("x1", SelectorOperator.In, null, "values: Invalid value: null: for 'in', 'notin' operators, values set can't be empty")]
    [InlineData("x2", SelectorOperator.NotIn, new string[0], "values: Invalid value: []: for 'in', 'notin' operators, values set can't be empty")]
    [InlineData("x3", SelectorOperator.In, new[] { "foo" }, null)]
    [InlineData("x4", SelectorOperator.NotIn, new[] { "foo" }, null)]
    [InlineData("x5", SelectorOperator.Equals, new[] { "bar", "foo" }, "values: Invalid value: [\"bar\",\"foo\"]: exact-match compatibility requires one single value")]
    [InlineData("x6", SelectorOperator.Exists, null, null)]
    [InlineData("x7", SelectorOperator.DoesNotExist, null, null)]
    [InlineData("x8", SelectorOperator.Exists, new[] { "foo" }, "values: Invalid value: [\"foo\"]: values set must be empty for exists and does not exist")]
    [InlineData("x9", SelectorOperator.NotEquals, new string[0], "values: Invalid value: []: exact-match compatibility requires one single value")]
    [InlineData("x11", SelectorOperator.GreaterThan, new[] { "1" }, null)]
    [InlineData("x12", SelectorOperator.LessThan, new[] { "6" }, null)]
    [InlineData("x13", SelectorOperator.GreaterThan, null, "values: Invalid value: null: for 'Gt', 'Lt' operators, exactly one value is required")]
    [InlineData("x14", SelectorOperator.GreaterThan, new[] { "bar" }, "values[0]: Invalid value: \"bar\": for 'Gt', 'Lt' operators, the value must be an integer")]
    [InlineData("x15", SelectorOperator.LessThan, new[] { "1", "2" },
        "values: Invalid value: [\"1\",\"2\"]: for 'Gt', 'Lt' operators, exactly one value is required")]
    [InlineData("x17", SelectorOperator.Equals, new[] { "a b" }, "values[0][x17]: Invalid value: \"a b\": " + LabelValueMsg)]
    [InlineData("-k", SelectorOperator.In, new string[0],
        "[key: Invalid value: \"-k\": " + NamePartMsg + ", values: Invalid value: []: for 'in', 'notin' operators, values set can't be empty]")]
    [InlineData("k", SelectorOperator.Exists, new[] { "<a>" },
        "[values: Invalid value: [\"\\u003ca\\u003e\"]: values set must be empty for exists and does not exist, values[0][k]: Invalid value: \"<a>\": " + LabelValueMsg + "]")]
    [InlineData("a\tb", SelectorOperator.Exists, null, "key: Invalid value: \"a\\tb\": " + NamePartMsg)]
    [InlineData("k", SelectorOperator.In, new[] { "-a", "-a" },
        "[values[0][k]: Invalid value: \"-a\": " + LabelValueMsg + ", values[1][k]: Invalid value: \"-a\": " + LabelValueMsg + "]")]
    public void Requirement_validation_matches_NewRequirement(string key, SelectorOperator op, string[]? values, string? error)
    {
        Requirement.TryCreate(key, op, values, out var requirement, out var message).ShouldBe(error is null);
        message.ShouldBe(error);
        if (error is null)
        {
            requirement.ShouldNotBeNull();
            requirement.Key.ShouldBe(key);
            requirement.Operator.ShouldBe(op);
        }
        else
        {
            Should.Throw<SelectorParseException>(() => Requirement.Create(key, op, values)).Message.ShouldBe(error);
        }
    }

    [Fact]
    public void Requirement_rejects_undefined_operators_as_unsupported()
    {
        Requirement.TryCreate("x18", (SelectorOperator)99, null, out _, out var error).ShouldBeFalse();
        error.ShouldBe("operator: Unsupported value: \"99\": supported values: \"in\", \"notin\", \"=\", \"==\", \"!=\", \"gt\", \"lt\", \"exists\", \"!\"");
    }

    [Fact]
    public void Requirement_key_too_long_for_a_prefix()
    {
        var key = new string('a', 254);
        Requirement.TryCreate(key, SelectorOperator.Exists, null, out _, out var error).ShouldBeFalse();
        error.ShouldBe($"key: Invalid value: \"{key}\": name part must be no more than 63 bytes");
    }

    // ---------------------------------------------------------------- metav1.LabelSelector

    [Fact]
    public void Null_label_selector_selects_nothing_and_empty_selects_everything()
    {
        LabelSelector? none = null;
        none.ToSelector().MatchesNothing.ShouldBeTrue();
        new LabelSelector().ToSelector().IsEmpty.ShouldBeTrue();
        new LabelSelector { MatchLabels = [], MatchExpressions = [] }.ToSelector().IsEmpty.ShouldBeTrue();
    }

    [Fact]
    public void Label_selector_converts_to_the_same_model_as_the_parser()
    {
        var labelSelector = new LabelSelector
        {
            MatchLabels = new Dictionary<string, string> { ["app"] = "web", ["a"] = "b" },
            MatchExpressions =
            [
                new LabelSelectorRequirement { Key = "tier", Operator = "In", Values = ["front", "back"] },
                new LabelSelectorRequirement { Key = "env", Operator = "NotIn", Values = ["dev"] },
                new LabelSelectorRequirement { Key = "team", Operator = "Exists" },
                new LabelSelectorRequirement { Key = "legacy", Operator = "DoesNotExist", Values = [] },
            ],
        };
        var selector = labelSelector.ToSelector();
        selector.ToString().ShouldBe("a=b,app=web,env notin (dev),!legacy,team,tier in (back,front)");
        selector.ToString().ShouldBe(LabelSelectorParser.Parse(selector.ToString()).ToString());
        selector.Matches(new Dictionary<string, string> { ["a"] = "b", ["app"] = "web", ["team"] = "x", ["tier"] = "front" }).ShouldBeTrue();
        selector.Matches(new Dictionary<string, string> { ["a"] = "b", ["app"] = "web", ["team"] = "x", ["tier"] = "mid" }).ShouldBeFalse();
        selector.Matches(new Dictionary<string, string> { ["a"] = "b", ["app"] = "web", ["team"] = "x", ["tier"] = "back", ["legacy"] = "" }).ShouldBeFalse();
    }

    public static TheoryData<LabelSelector, string> InvalidLabelSelectors => new()
    {
        {
            new LabelSelector { MatchExpressions = [new() { Key = "a", Operator = "Foo" }] },
            "\"Foo\" is not a valid label selector operator"
        },
        {
            new LabelSelector { MatchExpressions = [new() { Key = "a", Operator = "in", Values = ["x"] }] },
            "\"in\" is not a valid label selector operator"
        },
        {
            new LabelSelector { MatchExpressions = [new() { Key = "a", Operator = "In" }] },
            "values: Invalid value: null: for 'in', 'notin' operators, values set can't be empty"
        },
        {
            new LabelSelector { MatchExpressions = [new() { Key = "a", Operator = "NotIn", Values = [] }] },
            "values: Invalid value: null: for 'in', 'notin' operators, values set can't be empty"
        },
        {
            new LabelSelector { MatchExpressions = [new() { Key = "a", Operator = "Exists", Values = ["x"] }] },
            "values: Invalid value: [\"x\"]: values set must be empty for exists and does not exist"
        },
        {
            new LabelSelector { MatchLabels = new() { ["app"] = "bad value" } },
            "values[0][app]: Invalid value: \"bad value\": " + LabelValueMsg
        },
        {
            new LabelSelector { MatchLabels = new() { ["-bad"] = "v" } },
            "key: Invalid value: \"-bad\": " + NamePartMsg
        },
        {
            new LabelSelector { MatchLabels = new() { ["z"] = "-z", ["b"] = "-b" } },
            "values[0][b]: Invalid value: \"-b\": " + LabelValueMsg
        },
        {
            new LabelSelector { MatchExpressions = [new() { Key = "a/b/c", Operator = "Exists" }] },
            "key: Invalid value: \"a/b/c\": " + LabelKeyMsg
        },
    };

    [Theory]
    [MemberData(nameof(InvalidLabelSelectors))]
    public void Invalid_label_selectors_fail_with_upstream_messages(LabelSelector labelSelector, string message)
    {
        Should.Throw<SelectorParseException>(() => labelSelector.ToSelector()).Message.ShouldBe(message);
        labelSelector.TryToSelector(out var selector, out var error).ShouldBeFalse();
        selector.ShouldBeNull();
        error.ShouldBe(message);
    }
}
