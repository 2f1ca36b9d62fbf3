using Tugboat.Api.Patch;

namespace Tugboat.Api.Tests.Patch;

public class JsonPatchErrorTests
{
    public static TheoryData<string, string, string> Unprocessable => new()
    {
        { """{"foo":"bar"}""", """[{"op":"add","path":"/baz/bat","value":"qux"}]""", "add operation does not apply: doc is missing path: \"/baz/bat\": missing value" },
        { """{"foo":"bar"}""", """[{"op":"add","path":"","value":"qux"}]""", "add operation does not apply: doc is missing path: \"\": missing value" },
        { """{"foo":"bar"}""", """[{"op":"add","path":"foo","value":"qux"}]""", "add operation does not apply: doc is missing path: \"foo\": missing value" },
        { """{"foo":"bar"}""", """[{"op":"add","path":"/foo/x","value":1}]""", "add operation does not apply: doc is missing path: \"/foo/x\": missing value" },
        { """{"foo":"bar"}""", """[{"op":"add","pathz":"/baz","value":"qux"}]""", "add operation failed to decode path: missing value" },
        { """{}""", """[{"op":"add","path":null}]""", "add operation failed to decode path: missing value" },
        { """{"foo":["bar"]}""", """[{"op":"add","path":"/foo/2","value":"bum"}]""", "error in add for path: '/foo/2': Unable to access invalid index: 2: invalid index referenced" },
        { """{"foo":["bar","baz"]}""", """[{"op":"add","path":"/foo/-4","value":"bum"}]""", "error in add for path: '/foo/-4': Unable to access invalid index: -4: invalid index referenced" },
        { """{"foo":["bar"]}""", """[{"op":"add","path":"/foo/x","value":"bum"}]""", "error in add for path: '/foo/x': value was not a proper array index: 'x': strconv.Atoi: parsing \"x\": invalid syntax" },
        { """{"a":{"b":{"d":1}}}""", """[{"op":"remove","path":"/a/b/c"}]""", "error in remove for path: '/a/b/c': Unable to remove nonexistent key: c: missing value" },
        { """{"a":{"b":[1]}}""", """[{"op":"remove","path":"/a/b/1"}]""", "error in remove for path: '/a/b/1': Unable to access invalid index: 1: invalid index referenced" },
        { """{"foo":[]}""", """[{"op":"remove","path":"/foo/-"}]""", "error in remove for path: '/foo/-': strconv.Atoi: parsing \"-\": invalid syntax" },
        { """{"foo":["bar"]}""", """[{"op":"remove","path":"/foo/-2"}]""", "error in remove for path: '/foo/-2': Unable to access invalid index: -2: invalid index referenced" },
        { """{"spec":{}}""", """[{"op":"remove","path":"/spec/foo/bar"}]""", "remove operation does not apply: doc is missing path: \"/spec/foo/bar\": missing value" },
        { """{"foo":["bar","baz"]}""", """[{"op":"replace","path":"/foo/2","value":"bum"}]""", "replace operation does not apply: doc is missing key: /foo/2: missing value" },
        { """{"name":{"foo":"bat"}}""", """[{"op":"replace","path":"/foo/bar","value":"baz"}]""", "replace operation does not apply: doc is missing path: /foo/bar: missing value" },
        { """{"a":1}""", """[{"op":"replace","path":"","value":"x"}]""", "replace operation value must be object or array" },
        { """{"a":1}""", """[{"op":"replace","value":1}]""", "replace operation failed to decode path: operation missing path field: missing value" },
        { """{"a":1}""", """[{"op":"replace","path":5,"value":1}]""", "replace operation failed to decode path: json: cannot unmarshal number into Go value of type string" },
        { """{"a":{"b":{"d":1}}}""", """[{"op":"move","from":"/a/b/c","path":"/a/b/e"}]""", "error in move for path: 'c': Unable to remove nonexistent key: c: missing value" },
        { """{"a":{"b":[1]}}""", """[{"op":"move","from":"/a/b/1","path":"/a/b/2"}]""", "error in move for path: '1': Unable to access invalid index: 1: invalid index referenced" },
        { """{"foo":["all","grass","cows","eat"]}""", """[{"op":"move","from":"/foo/1","path":"/foo/4"}]""", "error in move for path: '/foo/4': Unable to access invalid index: 4: invalid index referenced" },
        { """{"a":{"b":1}}""", """[{"op":"move","from":"/x/y","path":"/c"}]""", "move operation does not apply: doc is missing from path: /x/y: missing value" },
        { """{"a":{"b":1}}""", """[{"op":"move","from":"/a","path":"/a/b/c"}]""", "move operation does not apply: doc is missing destination path: /a/b/c: missing value" },
        { """{"a":1}""", """[{"op":"move","path":"/b"}]""", "move operation failed to decode from: operation, missing from field: missing value" },
        { """{}""", """[{"op":"copy","from":null}]""", "copy operation failed to decode from: operation, missing from field: missing value" },
        { """{"foo":["bar"]}""", """[{"op":"copy","path":"/foo/2","from":"/foo/0"}]""", "error while adding value during copy: Unable to access invalid index: 2: invalid index referenced" },
        { """{"foo":["bar"]}""", """[{"op":"copy","path":"/bar","from":"/baz"}]""", "copy operation does not apply: doc is missing from path: /baz: missing value" },
        { """{"foo":["bar"]}""", """[{"op":"copy","path":"/x/y","from":"/foo"}]""", "copy operation does not apply: doc is missing destination path: /x/y: missing value" },
        { """{"baz":"qux"}""", """[{"op":"test","path":"/baz","value":"bar"}]""", "testing value /baz failed: test failed" },
        { """{"baz":"qux","foo":["a",2,"c"]}""", """[{"op":"test","path":"/baz","value":"qux"},{"op":"test","path":"/foo/1","value":"c"}]""", "testing value /foo/1 failed: test failed" },
        { """{"baz":"qux"}""", """[{"op":"test","path":"/foo","value":42}]""", "testing value /foo failed: test failed" },
        { """{"foo":{}}""", """[{"op":"test","path":"/foo","value":null}]""", "testing value /foo failed: test failed" },
        { """{"foo":[]}""", """[{"op":"test","path":"/foo"}]""", "testing value /foo failed: test failed" },
        { """{"foo":1}""", """[{"op":"test","path":"","value":{"foo":2}}]""", "testing value  failed: test failed" },
        { """{"foo":1}""", """[{"op":"test","path":"/a/b","value":1}]""", "test operation does not apply: is missing path: /a/b: missing value" },
        { """{"foo":[1]}""", """[{"op":"test","path":"/foo/3","value":1}]""", "error in test for path: '/foo/3': Unable to access invalid index: 3: invalid index referenced" },
        { """{}""", """[{"op":null,"path":""}]""", "Unexpected kind: unknown" },
        { """{}""", """[{"op":"frobnicate","path":"/a"}]""", "Unexpected kind: frobnicate" },
        { """{}""", """[null]""", "Unexpected kind: unknown" },
    };

    [Theory]
    [MemberData(nameof(Unprocessable))]
    public void Operation_that_does_not_apply_is_422(string document, string patch, string message)
    {
        var error = Should.Throw<PatchException>(() => PatchTestJson.JsonPatch(document, patch));
        error.StatusCode.ShouldBe(422);
        error.Message.ShouldBe(message);
    }

    [Fact]
    public void A_failing_operation_leaves_no_partial_result()
    {
        var document = PatchTestJson.Parse("""{"a":1}""");
        Should.Throw<PatchException>(() => JsonPatch.Apply(document,
            PatchTestJson.Parse("""[{"op":"add","path":"/b","value":2},{"op":"test","path":"/a","value":3}]""")));
        document.ShouldBeJson("""{"a":1}""");
    }

    [Theory]
    [InlineData("""{"op":"add"}""", "json: cannot unmarshal object into Go value of type jsonpatch.Patch")]
    [InlineData("\"add\"", "json: cannot unmarshal string into Go value of type jsonpatch.Patch")]
    [InlineData("""["add"]""", "json: cannot unmarshal string into Go value of type jsonpatch.Operation")]
    [InlineData("""[[]]""", "json: cannot unmarshal array into Go value of type jsonpatch.Operation")]
    public void Malformed_patch_is_400(string patch, string message)
    {
        var error = Should.Throw<PatchException>(() => JsonPatch.Parse(PatchTestJson.Parse(patch)));
        error.StatusCode.ShouldBe(400);
        error.Message.ShouldBe(message);
    }

    [Fact]
    public void Too_many_operations_is_413()
    {
        var patch = "[" + string.Join(",", Enumerable.Repeat("""{"op":"test","path":"/a"}""", JsonPatch.MaxOperations + 1)) + "]";
        var error = Should.Throw<PatchException>(() => JsonPatch.Parse(PatchTestJson.Parse(patch)));
        error.StatusCode.ShouldBe(413);
        error.Message.ShouldBe("The allowed maximum operations in a JSON patch is 10000, got 10001");
    }
}
