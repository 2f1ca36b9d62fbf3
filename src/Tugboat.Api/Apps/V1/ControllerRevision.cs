using System.Text.Json.Nodes;
using Tugboat.Api.Meta;
using Tugboat.Api.Schema;

namespace Tugboat.Api.Apps.V1;

[KubernetesKind("apps", "v1", "ControllerRevision")]
[Doc("An immutable snapshot of a controller's template, kept for history and rollback by StatefulSets and DaemonSets.")]
public sealed class ControllerRevision : KubernetesObject
{
    [PreserveUnknownFields, Doc("The serialized state captured by this revision.")]
    [ProtoField(2)] public JsonObject? Data { get; set; }
    [RequiredField, Doc("Sequence number of this revision among its owner's revisions.")]
    [ProtoField(3)] public long Revision { get; set; }
}

public sealed class ControllerRevisionList : IKubernetesList
{
    [ProtoField(0)] public string? ApiVersion { get; set; }
    [ProtoField(0)] public string? Kind { get; set; }
    [ProtoField(1)] public ListMeta Metadata { get; set; } = new();
    [RequiredField]
    [ProtoField(2)] public List<ControllerRevision> Items { get; set; } = [];
}
