using Tugboat.Api.Meta;
using Tugboat.Api.Schema;

namespace Tugboat.Api.Rbac.V1;

[Doc("A set of verbs allowed on a set of resources or non-resource URLs.")]
public sealed class PolicyRule
{
    [RequiredField, ListType("atomic"), Doc("Allowed actions (get, list, watch, create, update, patch, delete, ...); * means all.")]
    [ProtoField(1)] public List<string>? Verbs { get; set; }
    [ListType("atomic"), Doc("API groups of the resources; empty string is the core group, * means all.")]
    [ProtoField(2)] public List<string>? ApiGroups { get; set; }
    [ListType("atomic"), Doc("Resources covered, optionally with a subresource (pods/log); * means all.")]
    [ProtoField(3)] public List<string>? Resources { get; set; }
    [ListType("atomic"), Doc("When set, only objects with these names are covered.")]
    [ProtoField(4)] public List<string>? ResourceNames { get; set; }
    [ListType("atomic"), Doc("URL paths (such as /healthz) covered; only meaningful in ClusterRoles.")]
    [ProtoField(5)] public List<string>? NonResourceURLs { get; set; }
}
