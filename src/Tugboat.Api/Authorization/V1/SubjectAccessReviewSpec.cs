using Tugboat.Api.Meta;
using Tugboat.Api.Schema;

namespace Tugboat.Api.Authorization.V1;

public sealed class SubjectAccessReviewSpec
{
    [Doc("The resource request to check.")]
    [ProtoField(1)] public ResourceAttributes? ResourceAttributes { get; set; }
    [Doc("The non-resource request (a URL path) to check.")]
    [ProtoField(2)] public NonResourceAttributes? NonResourceAttributes { get; set; }
    [Doc("The user to check.")]
    [ProtoField(3, OmitEmpty = true)] public string? User { get; set; }
    [ListType("atomic"), Doc("Groups of the user to check.")]
    [ProtoField(4)] public List<string>? Groups { get; set; }
    [ProtoField(5)] public Dictionary<string, List<string>>? Extra { get; set; }
    [ProtoField(6, OmitEmpty = true)] public string? Uid { get; set; }
}
