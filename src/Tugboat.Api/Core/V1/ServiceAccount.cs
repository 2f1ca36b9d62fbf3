using Tugboat.Api.Meta;
using Tugboat.Api.Schema;

namespace Tugboat.Api.Core.V1;

[KubernetesKind("", "v1", "ServiceAccount")]
[Doc("An identity for the processes running in a pod, with the secrets and image pull secrets it may use.")]
public sealed class ServiceAccount : KubernetesObject
{
    [Doc("Secrets pods running as this account may use.")]
    [PatchMergeKey("name")]
    [PatchStrategy("merge")]
    [ListType("map")]
    [ListMapKeys("name")]
    [ProtoField(2)] public List<ObjectReference>? Secrets { get; set; }
    [Doc("Secrets added to pods running as this account for pulling images.")]
    [ListType("atomic"), ProtoField(3)] public List<LocalObjectReference>? ImagePullSecrets { get; set; }
    [Doc("Whether pods using this account get an API token mounted by default.")]
    [ProtoField(4)] public bool? AutomountServiceAccountToken { get; set; }
}
