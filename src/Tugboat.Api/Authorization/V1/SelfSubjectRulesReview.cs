using Tugboat.Api.Meta;
using Tugboat.Api.Schema;

namespace Tugboat.Api.Authorization.V1;

[KubernetesKind("authorization.k8s.io", "v1", "SelfSubjectRulesReview")]
[Doc("Lists the actions the caller may perform in a namespace (kubectl auth can-i --list).")]
public sealed class SelfSubjectRulesReview : KubernetesObject
{
    [RequiredField, Doc("The namespace to list rules for.")]
    [ProtoField(2)] public SelfSubjectRulesReviewSpec Spec { get; set; } = new();
    [ProtoField(3)] public SubjectRulesReviewStatus? Status { get; set; }
}

public sealed class SelfSubjectRulesReviewSpec
{
    [ProtoField(1, OmitEmpty = true)] public string? Namespace { get; set; }
}

public sealed class SubjectRulesReviewStatus
{
    [RequiredField, ListType("atomic"), Doc("Resource actions allowed.")]
    [ProtoField(1)] public List<ResourceRule>? ResourceRules { get; set; }
    [RequiredField, ListType("atomic"), Doc("Non-resource actions allowed.")]
    [ProtoField(2)] public List<NonResourceRule>? NonResourceRules { get; set; }
    [RequiredField, Doc("True when the list may miss rules, for example because an authorizer cannot list them.")]
    [ProtoField(3)] public bool Incomplete { get; set; }
    [ProtoField(4, OmitEmpty = true)] public string? EvaluationError { get; set; }
}

public sealed class ResourceRule
{
    [RequiredField, ListType("atomic")]
    [ProtoField(1)] public List<string>? Verbs { get; set; }
    [ListType("atomic")]
    [ProtoField(2)] public List<string>? ApiGroups { get; set; }
    [ListType("atomic")]
    [ProtoField(3)] public List<string>? Resources { get; set; }
    [ListType("atomic")]
    [ProtoField(4)] public List<string>? ResourceNames { get; set; }
}

public sealed class NonResourceRule
{
    [RequiredField, ListType("atomic")]
    [ProtoField(1)] public List<string>? Verbs { get; set; }
    [ListType("atomic")]
    [ProtoField(2)] public List<string>? NonResourceURLs { get; set; }
}
