using Tugboat.Api.Meta;
using Tugboat.Api.Schema;

namespace Tugboat.Api.Authorization.V1;

public sealed class SubjectAccessReviewSpec
{
    [Doc("The resource request to check.")]
    public ResourceAttributes? ResourceAttributes { get; set; }
    [Doc("The non-resource request (a URL path) to check.")]
    public NonResourceAttributes? NonResourceAttributes { get; set; }
    [Doc("The user to check.")]
    public string? User { get; set; }
    [ListType("atomic"), Doc("Groups of the user to check.")]
    public List<string>? Groups { get; set; }
    public Dictionary<string, List<string>>? Extra { get; set; }
    public string? Uid { get; set; }
}
