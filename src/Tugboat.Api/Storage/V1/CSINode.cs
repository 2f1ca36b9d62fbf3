using Tugboat.Api.Meta;
using Tugboat.Api.Schema;

namespace Tugboat.Api.Storage.V1;

[KubernetesKind("storage.k8s.io", "v1", "CSINode")]
[Doc("The CSI drivers installed on one node; named after the node.")]
public sealed class CSINode : KubernetesObject
{
    [RequiredField, Doc("The drivers on the node.")]
    [ProtoField(2)] public CSINodeSpec Spec { get; set; } = new();
}

public sealed class CSINodeList : IKubernetesList
{
    [ProtoField(0)] public string? ApiVersion { get; set; }
    [ProtoField(0)] public string? Kind { get; set; }
    [ProtoField(1)] public ListMeta Metadata { get; set; } = new();
    [RequiredField]
    [ProtoField(2)] public List<CSINode> Items { get; set; } = [];
}

public sealed class CSINodeSpec
{
    [RequiredField, PatchMergeKey("name"), PatchStrategy("merge"), ListType("map"), ListMapKeys("name"), Doc("The CSI drivers registered on the node.")]
    [ProtoField(1)] public List<CSINodeDriver>? Drivers { get; set; }
}

public sealed class CSINodeDriver
{
    [RequiredField, Doc("Name of the driver, as in its CSIDriver object.")]
    [ProtoField(1)] public string Name { get; set; } = "";
    [RequiredField, Doc("The node's identifier as the driver knows it.")]
    [ProtoField(2)] public string NodeID { get; set; } = "";
    [ListType("atomic")]
    [ProtoField(3)] public List<string>? TopologyKeys { get; set; }
    [ProtoField(4)] public VolumeNodeResources? Allocatable { get; set; }
}

public sealed class VolumeNodeResources
{
    [ProtoField(1)] public int? Count { get; set; }
}
