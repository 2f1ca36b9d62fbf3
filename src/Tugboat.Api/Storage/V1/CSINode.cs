using Tugboat.Api.Meta;
using Tugboat.Api.Schema;

namespace Tugboat.Api.Storage.V1;

[KubernetesKind("storage.k8s.io", "v1", "CSINode")]
[Doc("The CSI drivers installed on one node; named after the node.")]
public sealed class CSINode : KubernetesObject
{
    [RequiredField, Doc("The drivers on the node.")]
    public CSINodeSpec Spec { get; set; } = new();
}

public sealed class CSINodeList : IKubernetesList
{
    public string? ApiVersion { get; set; }
    public string? Kind { get; set; }
    public ListMeta Metadata { get; set; } = new();
    [RequiredField]
    public List<CSINode> Items { get; set; } = [];
}

public sealed class CSINodeSpec
{
    [RequiredField, PatchMergeKey("name"), PatchStrategy("merge"), ListType("map"), ListMapKeys("name"), Doc("The CSI drivers registered on the node.")]
    public List<CSINodeDriver>? Drivers { get; set; }
}

public sealed class CSINodeDriver
{
    [RequiredField, Doc("Name of the driver, as in its CSIDriver object.")]
    public string Name { get; set; } = "";
    [RequiredField, Doc("The node's identifier as the driver knows it.")]
    public string NodeID { get; set; } = "";
    [ListType("atomic")]
    public List<string>? TopologyKeys { get; set; }
    public VolumeNodeResources? Allocatable { get; set; }
}

public sealed class VolumeNodeResources
{
    public int? Count { get; set; }
}
