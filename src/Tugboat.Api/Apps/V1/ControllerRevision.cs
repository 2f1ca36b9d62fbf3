using System.Text.Json.Nodes;
using Tugboat.Api.Meta;
using Tugboat.Api.Schema;

namespace Tugboat.Api.Apps.V1;

[KubernetesKind("apps", "v1", "ControllerRevision")]
[Doc("An immutable snapshot of a controller's template, kept for history and rollback by StatefulSets and DaemonSets.")]
public sealed class ControllerRevision : KubernetesObject
{
    [PreserveUnknownFields, Doc("The serialized state captured by this revision.")]
    public JsonObject? Data { get; set; }
    [RequiredField, Doc("Sequence number of this revision among its owner's revisions.")]
    public long Revision { get; set; }
}

public sealed class ControllerRevisionList : IKubernetesList
{
    public string? ApiVersion { get; set; }
    public string? Kind { get; set; }
    public ListMeta Metadata { get; set; } = new();
    [RequiredField]
    public List<ControllerRevision> Items { get; set; } = [];
}
