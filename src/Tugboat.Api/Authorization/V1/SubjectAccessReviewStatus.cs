using Tugboat.Api.Meta;
using Tugboat.Api.Schema;

namespace Tugboat.Api.Authorization.V1;

public sealed class SubjectAccessReviewStatus
{
    [RequiredField, Doc("Whether the action is allowed.")]
    public bool Allowed { get; set; }
    [Doc("Whether the action is explicitly denied.")]
    public bool? Denied { get; set; }
    [Doc("Why the action is allowed or denied.")]
    public string? Reason { get; set; }
    public string? EvaluationError { get; set; }
}
