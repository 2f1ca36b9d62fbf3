using Tugboat.Api.Meta;
using Tugboat.Api.Schema;

namespace Tugboat.Api.Authorization.V1;

[KubernetesKind("authorization.k8s.io", "v1", "SelfSubjectRulesReview")]
[Doc("Lists the actions the caller may perform in a namespace (kubectl auth can-i --list).")]
public sealed class SelfSubjectRulesReview : KubernetesObject
{
    [RequiredField, Doc("The namespace to list rules for.")]
    public SelfSubjectRulesReviewSpec Spec { get; set; } = new();
    public SubjectRulesReviewStatus? Status { get; set; }
}

public sealed class SelfSubjectRulesReviewSpec
{
    public string? Namespace { get; set; }
}

public sealed class SubjectRulesReviewStatus
{
    [RequiredField, ListType("atomic"), Doc("Resource actions allowed.")]
    public List<ResourceRule>? ResourceRules { get; set; }
    [RequiredField, ListType("atomic"), Doc("Non-resource actions allowed.")]
    public List<NonResourceRule>? NonResourceRules { get; set; }
    [RequiredField, Doc("True when the list may miss rules, for example because an authorizer cannot list them.")]
    public bool Incomplete { get; set; }
    public string? EvaluationError { get; set; }
}

public sealed class ResourceRule
{
    [RequiredField, ListType("atomic")]
    public List<string>? Verbs { get; set; }
    [ListType("atomic")]
    public List<string>? ApiGroups { get; set; }
    [ListType("atomic")]
    public List<string>? Resources { get; set; }
    [ListType("atomic")]
    public List<string>? ResourceNames { get; set; }
}

public sealed class NonResourceRule
{
    [RequiredField, ListType("atomic")]
    public List<string>? Verbs { get; set; }
    [ListType("atomic")]
    public List<string>? NonResourceURLs { get; set; }
}
