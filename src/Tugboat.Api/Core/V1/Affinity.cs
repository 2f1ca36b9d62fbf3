using Tugboat.Api.Meta;
using Tugboat.Api.Schema;

namespace Tugboat.Api.Core.V1;

[Doc("Scheduling constraints based on node labels and on pods already running.")]
public sealed class Affinity
{
    [Doc("Rules about which nodes the pod may or prefers to run on.")]
    [ProtoField(1)] public NodeAffinity? NodeAffinity { get; set; }
    [Doc("Rules for placing the pod near other pods.")]
    [ProtoField(2)] public PodAffinity? PodAffinity { get; set; }
    [Doc("Rules for keeping the pod away from other pods.")]
    [ProtoField(3)] public PodAntiAffinity? PodAntiAffinity { get; set; }
}

[Doc("Node affinity scheduling rules.")]
public sealed class NodeAffinity
{
    [Doc("Nodes the pod must be scheduled on.")]
    [ProtoField(1)] public NodeSelector? RequiredDuringSchedulingIgnoredDuringExecution { get; set; }
    [Doc("Weighted preferences for nodes.")]
    [ListType("atomic"), ProtoField(2)] public List<PreferredSchedulingTerm>? PreferredDuringSchedulingIgnoredDuringExecution { get; set; }
}

[Doc("A node selector term with a weight (1-100) added to matching nodes' scores.")]
public sealed class PreferredSchedulingTerm
{
    [RequiredField, ProtoField(1)] public int Weight { get; set; }
    [RequiredField, ProtoField(2)] public NodeSelectorTerm Preference { get; set; } = new();
}

[Doc("Rules that attract the pod to topology domains holding matching pods.")]
public sealed class PodAffinity
{
    [ListType("atomic"), ProtoField(1)] public List<PodAffinityTerm>? RequiredDuringSchedulingIgnoredDuringExecution { get; set; }
    [ListType("atomic"), ProtoField(2)] public List<WeightedPodAffinityTerm>? PreferredDuringSchedulingIgnoredDuringExecution { get; set; }
}

[Doc("Rules that repel the pod from topology domains holding matching pods.")]
public sealed class PodAntiAffinity
{
    [ListType("atomic"), ProtoField(1)] public List<PodAffinityTerm>? RequiredDuringSchedulingIgnoredDuringExecution { get; set; }
    [ListType("atomic"), ProtoField(2)] public List<WeightedPodAffinityTerm>? PreferredDuringSchedulingIgnoredDuringExecution { get; set; }
}

[Doc("A set of pods, chosen by label selector and namespaces, and the topology key to co-locate (or not) with them.")]
public sealed class PodAffinityTerm
{
    [ProtoField(1)] public LabelSelector? LabelSelector { get; set; }
    [ListType("atomic"), ProtoField(2)] public List<string>? Namespaces { get; set; }
    [Doc("Node label whose value defines the topology domain, e.g. kubernetes.io/hostname.")]
    [RequiredField, ProtoField(3)] public string TopologyKey { get; set; } = "";
    [ProtoField(4)] public LabelSelector? NamespaceSelector { get; set; }
    [ListType("atomic"), ProtoField(5)] public List<string>? MatchLabelKeys { get; set; }
    [ListType("atomic"), ProtoField(6)] public List<string>? MismatchLabelKeys { get; set; }
}

[Doc("A pod affinity term with a weight (1-100) added to matching nodes' scores.")]
public sealed class WeightedPodAffinityTerm
{
    [RequiredField, ProtoField(1)] public int Weight { get; set; }
    [RequiredField, ProtoField(2)] public PodAffinityTerm PodAffinityTerm { get; set; } = new();
}
