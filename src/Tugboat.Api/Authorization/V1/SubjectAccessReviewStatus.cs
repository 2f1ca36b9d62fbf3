using Tugboat.Api.Meta;
using Tugboat.Api.Schema;

namespace Tugboat.Api.Authorization.V1;

public sealed class SubjectAccessReviewStatus
{
    [RequiredField, Doc("Whether the action is allowed.")]
    [ProtoField(1)] public bool Allowed { get; set; }
    [Doc("Whether the action is explicitly denied.")]
    [ProtoField(4, OmitEmpty = true)] public bool? Denied { get; set; }
    [Doc("Why the action is allowed or denied.")]
    [ProtoField(2, OmitEmpty = true)] public string? Reason { get; set; }
    [ProtoField(3, OmitEmpty = true)] public string? EvaluationError { get; set; }
}
