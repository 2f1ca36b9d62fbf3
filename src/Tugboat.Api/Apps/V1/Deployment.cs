using Tugboat.Api.Meta;
using Tugboat.Api.Schema;
using CoreV1 = Tugboat.Api.Core.V1;

namespace Tugboat.Api.Apps.V1;

[KubernetesKind("apps", "v1", "Deployment")]
[Doc("Runs a replicated stateless application by managing ReplicaSets and rolling pods from one template revision to the next.")]
public sealed class Deployment : KubernetesObject
{
    [Doc("The desired pods and how changes to them are rolled out.")]
    public DeploymentSpec? Spec { get; set; }
    [Doc("What the deployment controller last observed; written by the controller.")]
    public DeploymentStatus? Status { get; set; }
}

public sealed class DeploymentList : IKubernetesList
{
    public string? ApiVersion { get; set; }
    public string? Kind { get; set; }
    public ListMeta Metadata { get; set; } = new();
    [RequiredField]
    public List<Deployment> Items { get; set; } = [];
}

public sealed class DeploymentSpec
{
    [Doc("Number of pods wanted. Defaults to 1.")]
    public int? Replicas { get; set; }
    [RequiredField, Doc("Label query for the pods this deployment manages; must match the template labels and cannot change after creation.")]
    public LabelSelector? Selector { get; set; }
    [RequiredField, Doc("The pod each replica is created from.")]
    public CoreV1.PodTemplateSpec Template { get; set; } = new();
    [PatchStrategy("retainKeys"), Doc("How running pods are replaced with new ones: RollingUpdate (default) or Recreate.")]
    public DeploymentStrategy? Strategy { get; set; }
    [Doc("Seconds a new pod must stay ready before it counts as available. Defaults to 0.")]
    public int? MinReadySeconds { get; set; }
    [Doc("How many old ReplicaSets to keep for rollback. Defaults to 10.")]
    public int? RevisionHistoryLimit { get; set; }
    [Doc("While true, template changes do not start a rollout.")]
    public bool? Paused { get; set; }
    [Doc("Seconds without progress before the rollout is reported as failed (ProgressDeadlineExceeded). Defaults to 600.")]
    public int? ProgressDeadlineSeconds { get; set; }
}

public sealed class DeploymentStatus
{
    [Doc("The metadata.generation this status describes.")]
    public long? ObservedGeneration { get; set; }
    [Doc("Pods owned by this deployment, old and new.")]
    public int? Replicas { get; set; }
    [Doc("Pods running the current template.")]
    public int? UpdatedReplicas { get; set; }
    [Doc("Pods whose Ready condition is true.")]
    public int? ReadyReplicas { get; set; }
    [Doc("Pods ready for at least minReadySeconds.")]
    public int? AvailableReplicas { get; set; }
    [Doc("Pods still needed to reach the desired available count.")]
    public int? UnavailableReplicas { get; set; }
    [PatchMergeKey("type"), PatchStrategy("merge"), ListType("map"), ListMapKeys("type"), Doc("Available, Progressing and ReplicaFailure conditions.")]
    public List<DeploymentCondition>? Conditions { get; set; }
    public int? CollisionCount { get; set; }
}

public sealed class DeploymentStrategy
{
    [Doc("Recreate or RollingUpdate.")]
    public string? Type { get; set; }
    [Doc("Tuning for the RollingUpdate strategy.")]
    public RollingUpdateDeployment? RollingUpdate { get; set; }
}

public sealed class DeploymentCondition
{
    [RequiredField]
    public string Type { get; set; } = "";
    [RequiredField]
    public string Status { get; set; } = "";
    public DateTimeOffset? LastUpdateTime { get; set; }
    public DateTimeOffset? LastTransitionTime { get; set; }
    public string? Reason { get; set; }
    public string? Message { get; set; }
}

public sealed class RollingUpdateDeployment
{
    [Doc("How many pods (or what percentage) may be unavailable during an update. Defaults to 25%.")]
    public IntOrString? MaxUnavailable { get; set; }
    [Doc("How many pods (or what percentage) may be created above the desired count during an update. Defaults to 25%.")]
    public IntOrString? MaxSurge { get; set; }
}
