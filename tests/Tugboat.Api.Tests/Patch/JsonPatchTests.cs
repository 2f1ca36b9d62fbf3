namespace Tugboat.Api.Tests.Patch;

public class JsonPatchTests
{
    public static TheoryData<string, string, string, string> Cases => new()
    {
        { "add member", """{"foo":"bar"}""", """[{"op":"add","path":"/baz","value":"qux"}]""", """{"foo":"bar","baz":"qux"}""" },
        { "add replaces existing member", """{"foo":"bar"}""", """[{"op":"add","path":"/foo","value":1}]""", """{"foo":1}""" },
        { "add inserts into array", """{"foo":["bar","baz"]}""", """[{"op":"add","path":"/foo/1","value":"qux"}]""", """{"foo":["bar","qux","baz"]}""" },
        { "add at array end index", """{"foo":["bar"]}""", """[{"op":"add","path":"/foo/1","value":"qux"}]""", """{"foo":["bar","qux"]}""" },
        { "add dash appends", """{"foo":["bar"]}""", """[{"op":"add","path":"/foo/-","value":["abc","def"]}]""", """{"foo":["bar",["abc","def"]]}""" },
        { "add negative index counts from end", """{"foo":["bar","baz"]}""", """[{"op":"add","path":"/foo/-1","value":"qux"}]""", """{"foo":["bar","baz","qux"]}""" },
        { "add nested object", """{"foo":"bar"}""", """[{"op":"add","path":"/child","value":{"grandchild":{}}}]""", """{"foo":"bar","child":{"grandchild":{}}}""" },
        { "add null value", """{"foo":"bar"}""", """[{"op":"add","path":"/baz","value":null}]""", """{"foo":"bar","baz":null}""" },
        { "add without value adds null", """{}""", """[{"op":"add","path":"/baz"}]""", """{"baz":null}""" },
        { "add empty key", """{}""", """[{"op":"add","path":"/","value":1}]""", """{"":1}""" },
        { "add escaped key", """{"metadata":{"labels":{}}}""", """[{"op":"add","path":"/metadata/labels/app.kubernetes.io~1name","value":"web"}]""", """{"metadata":{"labels":{"app.kubernetes.io/name":"web"}}}""" },
        { "add tilde key", """{}""", """[{"op":"add","path":"/a~0b","value":1}]""", """{"a~b":1}""" },
        { "remove member", """{"baz":"qux","foo":"bar"}""", """[{"op":"remove","path":"/baz"}]""", """{"foo":"bar"}""" },
        { "remove null member", """{"qux":{"baz":1,"bar":null}}""", """[{"op":"remove","path":"/qux/bar"}]""", """{"qux":{"baz":1}}""" },
        { "remove array element", """{"foo":["bar","qux","baz"]}""", """[{"op":"remove","path":"/foo/1"}]""", """{"foo":["bar","baz"]}""" },
        { "remove negative index", """{"foo":["bar","qux","baz"]}""", """[{"op":"remove","path":"/foo/-2"}]""", """{"foo":["bar","baz"]}""" },
        { "replace member", """{"baz":"qux","foo":"bar"}""", """[{"op":"replace","path":"/baz","value":"boo"}]""", """{"baz":"boo","foo":"bar"}""" },
        { "replace missing member sets it as upstream does", """{"metadata":{}}""", """[{"op":"replace","path":"/metadata/name","value":"x"}]""", """{"metadata":{"name":"x"}}""" },
        { "replace array element", """{"foo":["bar","qux","baz"]}""", """[{"op":"replace","path":"/foo/1","value":"bum"}]""", """{"foo":["bar","bum","baz"]}""" },
        { "replace with null", """{"bar":[1]}""", """[{"op":"replace","path":"/bar/0","value":null}]""", """{"bar":[null]}""" },
        { "replace null", """{"bar":[{"baz":null}]}""", """[{"op":"replace","path":"/bar/0/baz","value":1}]""", """{"bar":[{"baz":1}]}""" },
        { "replace root", """{"id":"a"}""", """[{"op":"replace","path":"","value":{"id":"b"}}]""", """{"id":"b"}""" },
        { "replace in array root", """[{"foo":["bar"]}]""", """[{"op":"replace","path":"/0/foo/0","value":"bum"}]""", """[{"foo":["bum"]}]""" },
        { "move member", """{"foo":{"bar":"baz","waldo":"fred"},"qux":{"corge":"grault"}}""", """[{"op":"move","from":"/foo/waldo","path":"/qux/thud"}]""", """{"foo":{"bar":"baz"},"qux":{"corge":"grault","thud":"fred"}}""" },
        { "move array element forward", """{"foo":["all","grass","cows","eat"]}""", """[{"op":"move","from":"/foo/1","path":"/foo/3"}]""", """{"foo":["all","cows","eat","grass"]}""" },
        { "move array element", """{"foo":["all","grass","cows","eat"]}""", """[{"op":"move","from":"/foo/1","path":"/foo/2"}]""", """{"foo":["all","cows","grass","eat"]}""" },
        { "move renames", """{"a":{"x":1}}""", """[{"op":"move","from":"/a","path":"/b"}]""", """{"b":{"x":1}}""" },
        { "copy into array", """[{"foo":["bar","qux"],"bar":["qux"]}]""", """[{"op":"copy","from":"/0/foo/0","path":"/0/bar/0"}]""", """[{"foo":["bar","qux"],"bar":["bar","qux"]}]""" },
        { "copy replaces member", """{"foo":["bar"],"bar":["x"]}""", """[{"op":"copy","from":"/foo","path":"/bar"}]""", """{"foo":["bar"],"bar":["bar"]}""" },
        { "copy into itself", """{"foo":["bar"]}""", """[{"op":"copy","from":"/foo","path":"/foo/0"}]""", """{"foo":[["bar"],"bar"]}""" },
        { "copies are independent", """{"a":{"x":1}}""", """[{"op":"copy","from":"/a","path":"/b"},{"op":"replace","path":"/b/x","value":2}]""", """{"a":{"x":1},"b":{"x":2}}""" },
        { "test passes", """{"baz":"qux","foo":["a",2,"c"]}""", """[{"op":"test","path":"/baz","value":"qux"},{"op":"test","path":"/foo/1","value":2}]""", """{"baz":"qux","foo":["a",2,"c"]}""" },
        { "test compares structure", """{"a":{"x":[1,{"y":true}]}}""", """[{"op":"test","path":"/a","value":{"x":[1,{"y":true}]}}]""", """{"a":{"x":[1,{"y":true}]}}""" },
        { "test compares numbers by value", """{"a":1}""", """[{"op":"test","path":"/a","value":1.0}]""", """{"a":1}""" },
        { "test null on missing member", """{"baz":"qux"}""", """[{"op":"test","path":"/foo","value":null}]""", """{"baz":"qux"}""" },
        { "test null on null member", """{"foo":null}""", """[{"op":"test","path":"/foo","value":null}]""", """{"foo":null}""" },
        { "test escaped key", """{"baz/foo":"qux"}""", """[{"op":"test","path":"/baz~1foo","value":"qux"}]""", """{"baz/foo":"qux"}""" },
        { "test whole document then replace it", """{"id":"0"}""", """[{"op":"test","path":"","value":{"id":"0"}},{"op":"replace","path":"","value":{"id":"1"}}]""", """{"id":"1"}""" },
        { "operations apply in order", """{}""", """[{"op":"add","path":"/a","value":[]},{"op":"add","path":"/a/-","value":1},{"op":"add","path":"/a/0","value":0},{"op":"test","path":"/a","value":[0,1]}]""", """{"a":[0,1]}""" },
        { "empty patch", """{"a":1}""", """[]""", """{"a":1}""" },
        { "null patch is empty", """{"a":1}""", """null""", """{"a":1}""" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Applies(string name, string document, string patch, string expected)
    {
        _ = name;
        PatchTestJson.JsonPatch(document, patch).ShouldBeJson(expected);
    }

    [Fact]
    public void Parsed_patch_can_be_applied_to_many_documents()
    {
        var patch = Tugboat.Api.Patch.JsonPatch.Parse(PatchTestJson.Parse("""[{"op":"add","path":"/n","value":1}]"""));
        patch.Operations.Count.ShouldBe(1);
        patch.Apply(PatchTestJson.Parse("""{}""")).ShouldBeJson("""{"n":1}""");
        patch.Apply(PatchTestJson.Parse("""{"m":0}""")).ShouldBeJson("""{"m":0,"n":1}""");
    }

    [Fact]
    public void Result_shares_nothing_with_the_patch()
    {
        var patch = PatchTestJson.Parse("""[{"op":"add","path":"/a","value":{"x":1}}]""");
        var result = Tugboat.Api.Patch.JsonPatch.Apply(PatchTestJson.Parse("{}"), patch)!;
        result["a"]!["x"] = 2;
        patch.ShouldBeJson("""[{"op":"add","path":"/a","value":{"x":1}}]""");
    }
}
