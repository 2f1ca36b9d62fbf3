using Tugboat.Api.Meta;
using Tugboat.Api.Schema;
using CoreV1 = Tugboat.Api.Core.V1;

namespace Tugboat.Api.Apps.V1;

[KubernetesKind("apps", "v1", "Deployment")]
[Doc("Runs a replicated stateless application by managing ReplicaSets and rolling pods from one template revision to the next.")]
public sealed class Deployment : KubernetesObject
{
    [Doc("The desired pods and how changes to them are rolled out.")]
    [ProtoField(2)] public DeploymentSpec? Spec { get; set; }
    [Doc("What the deployment controller last observed; written by the controller.")]
    [ProtoField(3)] public DeploymentStatus? Status { get; set; }
}

public sealed class DeploymentList : IKubernetesList
{
    [ProtoField(0)] public string? ApiVersion { get; set; }
    [ProtoField(0)] public string? Kind { get; set; }
    [ProtoField(1)] public ListMeta Metadata { get; set; } = new();
    [RequiredField]
    [ProtoField(2)] public List<Deployment> Items { get; set; } = [];
}

public sealed class DeploymentSpec
{
    [Doc("Number of pods wanted. Defaults to 1.")]
    [ProtoField(1)] public int? Replicas { get; set; }
    [RequiredField, Doc("Label query for the pods this deployment manages; must match the template labels and cannot change after creation.")]
    [ProtoField(2)] public LabelSelector? Selector { get; set; }
    [RequiredField, Doc("The pod each replica is created from.")]
    [ProtoField(3)] public CoreV1.PodTemplateSpec Template { get; set; } = new();
    [PatchStrategy("retainKeys"), Doc("How running pods are replaced with new ones: RollingUpdate (default) or Recreate.")]
    [ProtoField(4)] public DeploymentStrategy? Strategy { get; set; }
    [Doc("Seconds a new pod must stay ready before it counts as available. Defaults to 0.")]
    [ProtoField(5, OmitEmpty = true)] public int? MinReadySeconds { get; set; }
    [Doc("How many old ReplicaSets to keep for rollback. Defaults to 10.")]
    [ProtoField(6)] public int? RevisionHistoryLimit { get; set; }
    [Doc("While true, template changes do not start a rollout.")]
    [ProtoField(7, OmitEmpty = true)] public bool? Paused { get; set; }
    [Doc("Seconds without progress before the rollout is reported as failed (ProgressDeadlineExceeded). Defaults to 600.")]
    [ProtoField(9)] public int? ProgressDeadlineSeconds { get; set; }
}

public sealed class DeploymentStatus
{
    [Doc("The metadata.generation this status describes.")]
    [ProtoField(1, OmitEmpty = true)] public long? ObservedGeneration { get; set; }
    [Doc("Pods owned by this deployment, old and new.")]
    [ProtoField(2, OmitEmpty = true)] public int? Replicas { get; set; }
    [Doc("Pods running the current template.")]
    [ProtoField(3, OmitEmpty = true)] public int? UpdatedReplicas { get; set; }
    [Doc("Pods whose Ready condition is true.")]
    [ProtoField(7, OmitEmpty = true)] public int? ReadyReplicas { get; set; }
    [Doc("Pods ready for at least minReadySeconds.")]
    [ProtoField(4, OmitEmpty = true)] public int? AvailableReplicas { get; set; }
    [Doc("Pods still needed to reach the desired available count.")]
    [ProtoField(5, OmitEmpty = true)] public int? UnavailableReplicas { get; set; }
    [PatchMergeKey("type"), PatchStrategy("merge"), ListType("map"), ListMapKeys("type"), Doc("Available, Progressing and ReplicaFailure conditions.")]
    [ProtoField(6)] public List<DeploymentCondition>? Conditions { get; set; }
    [ProtoField(8)] public int? CollisionCount { get; set; }
}

public sealed class DeploymentStrategy
{
    [Doc("Recreate or RollingUpdate.")]
    [ProtoField(1, OmitEmpty = true)] public string? Type { get; set; }
    [Doc("Tuning for the RollingUpdate strategy.")]
    [ProtoField(2)] public RollingUpdateDeployment? RollingUpdate { get; set; }
}

public sealed class DeploymentCondition
{
    [RequiredField]
    [ProtoField(1)] public string Type { get; set; } = "";
    [RequiredField]
    [ProtoField(2)] public string Status { get; set; } = "";
    [ProtoField(6)] public DateTimeOffset? LastUpdateTime { get; set; }
    [ProtoField(7)] public DateTimeOffset? LastTransitionTime { get; set; }
    [ProtoField(4, OmitEmpty = true)] public string? Reason { get; set; }
    [ProtoField(5, OmitEmpty = true)] public string? Message { get; set; }
}

public sealed class RollingUpdateDeployment
{
    [Doc("How many pods (or what percentage) may be unavailable during an update. Defaults to 25%.")]
    [ProtoField(1)] public IntOrString? MaxUnavailable { get; set; }
    [Doc("How many pods (or what percentage) may be created above the desired count during an update. Defaults to 25%.")]
    [ProtoField(2)] public IntOrString? MaxSurge { get; set; }
}
