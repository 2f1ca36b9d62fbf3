using Tugboat.Api.Meta;
using Tugboat.Api.Schema;

namespace Tugboat.Api.Core.V1;

[KubernetesKind("", "v1", "ResourceQuota")]
[Doc("Limits on the total resources and object counts a namespace may consume.")]
public sealed class ResourceQuota : KubernetesObject
{
    [Doc("The limits to enforce.")]
    [ProtoField(2)] public ResourceQuotaSpec? Spec { get; set; }
    [Doc("Limits in force and current usage.")]
    [ProtoField(3)] public ResourceQuotaStatus? Status { get; set; }
}

[Doc("The limits of a quota.")]
public sealed class ResourceQuotaSpec
{
    [Doc("Hard limit for each named resource.")]
    [ProtoField(1)] public Dictionary<string, Quantity>? Hard { get; set; }
    [Doc("Scopes an object must match to be counted.")]
    [ListType("atomic"), ProtoField(2)] public List<string>? Scopes { get; set; }
    [Doc("Scope expressions an object must match to be counted.")]
    [ProtoField(3)] public ScopeSelector? ScopeSelector { get; set; }
}

[MapType("atomic")]
[Doc("Scope expressions that must all match.")]
public sealed class ScopeSelector
{
    [ListType("atomic"), ProtoField(1)] public List<ScopedResourceSelectorRequirement>? MatchExpressions { get; set; }
}

[Doc("A scope name, an operator and values.")]
public sealed class ScopedResourceSelectorRequirement
{
    [RequiredField, ProtoField(1)] public string ScopeName { get; set; } = "";
    [RequiredField, ProtoField(2)] public string Operator { get; set; } = "";
    [ListType("atomic"), ProtoField(3)] public List<string>? Values { get; set; }
}

[Doc("Limits in force and observed usage.")]
public sealed class ResourceQuotaStatus
{
    [Doc("Enforced hard limits.")]
    [ProtoField(1)] public Dictionary<string, Quantity>? Hard { get; set; }
    [Doc("Current usage in the namespace.")]
    [ProtoField(2)] public Dictionary<string, Quantity>? Used { get; set; }
}
