namespace Tugboat.Api.Tests.Patch;

public class JsonMergePatchTests
{
    // The examples of RFC 7386 appendix A, then Kubernetes-shaped ones.
    public static TheoryData<string, string, string> Cases => new()
    {
        { """{"a":"b"}""", """{"a":"c"}""", """{"a":"c"}""" },
        { """{"a":"b"}""", """{"b":"c"}""", """{"a":"b","b":"c"}""" },
        { """{"a":"b"}""", """{"a":null}""", """{}""" },
        { """{"a":"b","b":"c"}""", """{"a":null}""", """{"b":"c"}""" },
        { """{"a":["b"]}""", """{"a":"c"}""", """{"a":"c"}""" },
        { """{"a":"c"}""", """{"a":["b"]}""", """{"a":["b"]}""" },
        { """{"a":{"b":"c"}}""", """{"a":{"b":"d","c":null}}""", """{"a":{"b":"d"}}""" },
        { """{"a":[{"b":"c"}]}""", """{"a":[1]}""", """{"a":[1]}""" },
        { """["a","b"]""", """["c","d"]""", """["c","d"]""" },
        { """{"a":"b"}""", """["c"]""", """["c"]""" },
        { """{"a":"foo"}""", """null""", """null""" },
        { """{"a":"foo"}""", "\"bar\"", "\"bar\"" },
        { """{"e":null}""", """{"a":1}""", """{"e":null,"a":1}""" },
        { """[1,2]""", """{"a":"b","c":null}""", """{"a":"b"}""" },
        { """{}""", """{"a":{"bb":{"ccc":null}}}""", """{"a":{"bb":{}}}""" },
        { "null", """{"a":1}""", """{"a":1}""" },
        { """{"a":"b"}""", """{}""", """{"a":"b"}""" },
        { """{"a":{"b":1}}""", """{"a":{"c":{"d":null,"e":2}}}""", """{"a":{"b":1,"c":{"e":2}}}""" },
        { """{"a":null}""", """{"a":{"b":null,"c":1}}""", """{"a":{"c":1}}""" },
        { """{"a":1}""", """{"a":[{"b":null,"c":1},null]}""", """{"a":[{"c":1},null]}""" },
        {
            """{"metadata":{"name":"web","labels":{"app":"web","tier":"fe"}},"spec":{"containers":[{"name":"a","image":"x"},{"name":"b"}]}}""",
            """{"metadata":{"labels":{"tier":null,"env":"prod"}},"spec":{"containers":[{"name":"a","image":"y"}]}}""",
            """{"metadata":{"name":"web","labels":{"app":"web","env":"prod"}},"spec":{"containers":[{"name":"a","image":"y"}]}}"""
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Applies(string target, string patch, string expected) =>
        PatchTestJson.MergePatch(target, patch).ShouldBeJson(expected);

    [Fact]
    public void Result_shares_nothing_with_the_inputs()
    {
        var target = PatchTestJson.Parse("""{"a":{"b":1}}""");
        var patch = PatchTestJson.Parse("""{"c":{"d":2}}""");
        var result = Tugboat.Api.Patch.JsonMergePatch.Apply(target, patch)!;
        result["a"]!["b"] = 9;
        result["c"]!["d"] = 9;
        target.ShouldBeJson("""{"a":{"b":1}}""");
        patch.ShouldBeJson("""{"c":{"d":2}}""");
    }
}
