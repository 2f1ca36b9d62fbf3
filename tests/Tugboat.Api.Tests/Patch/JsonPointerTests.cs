using Tugboat.Api.Patch;

namespace Tugboat.Api.Tests.Patch;

public class JsonPointerTests
{
    [Theory]
    [InlineData("a/b", "a~1b")]
    [InlineData("m~n", "m~0n")]
    [InlineData("~/", "~0~1")]
    [InlineData("plain", "plain")]
    public void Escapes_tilde_and_slash(string token, string escaped)
    {
        JsonPointer.Escape(token).ShouldBe(escaped);
        JsonPointer.Unescape(escaped).ShouldBe(token);
    }

    [Fact]
    public void Unescapes_in_one_pass() => JsonPointer.Unescape("~01").ShouldBe("~1");

    [Fact]
    public void Parses_tokens()
    {
        JsonPointer.Parse("")!.ShouldBeEmpty();
        JsonPointer.Parse("/")!.ShouldBe([""]);
        JsonPointer.Parse("/metadata/labels/app.kubernetes.io~1name")!.ShouldBe(["metadata", "labels", "app.kubernetes.io/name"]);
        JsonPointer.Parse("/a//b")!.ShouldBe(["a", "", "b"]);
    }

    [Fact]
    public void Rejects_text_without_leading_slash() => JsonPointer.Parse("metadata/name").ShouldBeNull();

    [Fact]
    public void Formats_tokens() =>
        JsonPointer.Format(["metadata", "annotations", "example.com/a~b"]).ShouldBe("/metadata/annotations/example.com~1a~0b");
}
