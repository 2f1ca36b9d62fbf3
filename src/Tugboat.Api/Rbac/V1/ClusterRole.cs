using Tugboat.Api.Meta;
using Tugboat.Api.Schema;

namespace Tugboat.Api.Rbac.V1;

[KubernetesKind("rbac.authorization.k8s.io", "v1", "ClusterRole")]
[Doc("A set of permissions that applies cluster-wide, or in a namespace when bound with a RoleBinding.")]
public sealed class ClusterRole : KubernetesObject
{
    [ListType("atomic"), Doc("The permissions this role grants.")]
    [ProtoField(2)] public List<PolicyRule>? Rules { get; set; }
    [Doc("When set, the rules are computed by the controller from other ClusterRoles.")]
    [ProtoField(3)] public AggregationRule? AggregationRule { get; set; }
}

public sealed class ClusterRoleList : IKubernetesList
{
    [ProtoField(0)] public string? ApiVersion { get; set; }
    [ProtoField(0)] public string? Kind { get; set; }
    [ProtoField(1)] public ListMeta Metadata { get; set; } = new();
    [RequiredField]
    [ProtoField(2)] public List<ClusterRole> Items { get; set; } = [];
}

public sealed class AggregationRule
{
    [ListType("atomic"), Doc("ClusterRoles whose rules are merged into this one.")]
    [ProtoField(1)] public List<LabelSelector>? ClusterRoleSelectors { get; set; }
}
