using Tugboat.Api.Meta;
using Tugboat.Api.Schema;

namespace Tugboat.Api.Networking.V1;

[KubernetesKind("networking.k8s.io", "v1", "NetworkPolicy")]
[Doc("Controls which traffic may reach and leave the selected pods.")]
public sealed class NetworkPolicy : KubernetesObject
{
    [Doc("The pods the policy applies to and the traffic it allows.")]
    [ProtoField(2)] public NetworkPolicySpec? Spec { get; set; }
}

public sealed class NetworkPolicyList : IKubernetesList
{
    [ProtoField(0)] public string? ApiVersion { get; set; }
    [ProtoField(0)] public string? Kind { get; set; }
    [ProtoField(1)] public ListMeta Metadata { get; set; } = new();
    [RequiredField]
    [ProtoField(2)] public List<NetworkPolicy> Items { get; set; } = [];
}

public sealed class NetworkPolicySpec
{
    [RequiredField, Doc("Pods this policy applies to; empty selects every pod in the namespace.")]
    [ProtoField(1)] public LabelSelector PodSelector { get; set; } = new();
    [ListType("atomic"), Doc("Allowed incoming traffic; every rule adds to what is allowed.")]
    [ProtoField(2)] public List<NetworkPolicyIngressRule>? Ingress { get; set; }
    [ListType("atomic"), Doc("Allowed outgoing traffic; every rule adds to what is allowed.")]
    [ProtoField(3)] public List<NetworkPolicyEgressRule>? Egress { get; set; }
    [ListType("atomic"), Doc("Ingress, Egress or both: the directions this policy restricts.")]
    [ProtoField(4)] public List<string>? PolicyTypes { get; set; }
}

public sealed class NetworkPolicyIngressRule
{
    [ListType("atomic")]
    [ProtoField(1)] public List<NetworkPolicyPort>? Ports { get; set; }
    [ListType("atomic")]
    [ProtoField(2)] public List<NetworkPolicyPeer>? From { get; set; }
}

public sealed class NetworkPolicyEgressRule
{
    [ListType("atomic")]
    [ProtoField(1)] public List<NetworkPolicyPort>? Ports { get; set; }
    [ListType("atomic")]
    [ProtoField(2)] public List<NetworkPolicyPeer>? To { get; set; }
}

public sealed class NetworkPolicyPort
{
    [Doc("TCP (default), UDP or SCTP.")]
    [ProtoField(1)] public string? Protocol { get; set; }
    [Doc("Port by number or named container port.")]
    [ProtoField(2)] public IntOrString? Port { get; set; }
    [Doc("With a numeric port, the end of an inclusive port range.")]
    [ProtoField(3)] public int? EndPort { get; set; }
}

public sealed class NetworkPolicyPeer
{
    [Doc("Pods allowed as peers.")]
    [ProtoField(1)] public LabelSelector? PodSelector { get; set; }
    [Doc("Namespaces whose pods are allowed as peers.")]
    [ProtoField(2)] public LabelSelector? NamespaceSelector { get; set; }
    [Doc("A CIDR range allowed as peer.")]
    [ProtoField(3)] public IPBlock? IpBlock { get; set; }
}

public sealed class IPBlock
{
    [RequiredField]
    [ProtoField(1)] public string Cidr { get; set; } = "";
    [ListType("atomic")]
    [ProtoField(2)] public List<string>? Except { get; set; }
}
