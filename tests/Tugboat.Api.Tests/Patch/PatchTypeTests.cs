using Tugboat.Api.Patch;

namespace Tugboat.Api.Tests.Patch;

public class PatchTypeTests
{
    [Theory]
    [InlineData("application/json-patch+json", PatchType.JsonPatch)]
    [InlineData("application/merge-patch+json", PatchType.MergePatch)]
    [InlineData("application/strategic-merge-patch+json", PatchType.StrategicMergePatch)]
    [InlineData("application/apply-patch+yaml", PatchType.ApplyPatch)]
    [InlineData("application/merge-patch+json; charset=utf-8", PatchType.MergePatch)]
    [InlineData(" Application/Strategic-Merge-Patch+JSON ", PatchType.StrategicMergePatch)]
    public void Maps_patch_media_types(string contentType, PatchType expected) =>
        PatchType.FromContentType(contentType).ShouldBe(expected);

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/yaml")]
    [InlineData("text/plain")]
    [InlineData("")]
    [InlineData(null)]
    public void Other_media_types_are_not_patches(string? contentType) =>
        PatchType.FromContentType(contentType).ShouldBeNull();

    [Theory]
    [InlineData(PatchType.JsonPatch)]
    [InlineData(PatchType.MergePatch)]
    [InlineData(PatchType.StrategicMergePatch)]
    [InlineData(PatchType.ApplyPatch)]
    public void Content_type_round_trips(PatchType type) => PatchType.FromContentType(type.ContentType).ShouldBe(type);
}
