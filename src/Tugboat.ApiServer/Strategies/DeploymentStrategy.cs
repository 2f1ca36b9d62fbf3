using Tugboat.Api;
using Tugboat.Api.Apps.V1;
using Tugboat.Api.Meta;

namespace Tugboat.ApiServer.Strategies;

/// <summary>Deployments: upstream's apps/v1 defaults for the spec and its pod template.</summary>
public sealed class DeploymentStrategy() : GenericStrategy(hasStatus: true, namespaced: true)
{
    public override void ApplyDefaults(IKubernetesObject obj)
    {
        var spec = ((Deployment)obj).Spec ??= new DeploymentSpec();
        spec.Replicas ??= 1;
        spec.RevisionHistoryLimit ??= 10;
        spec.ProgressDeadlineSeconds ??= 600;
        spec.Strategy ??= new Tugboat.Api.Apps.V1.DeploymentStrategy();
        spec.Strategy.Type ??= "RollingUpdate";
        if (spec.Strategy.Type == "RollingUpdate")
        {
            spec.Strategy.RollingUpdate ??= new RollingUpdateDeployment();
            spec.Strategy.RollingUpdate.MaxUnavailable ??= new IntOrString("25%");
            spec.Strategy.RollingUpdate.MaxSurge ??= new IntOrString("25%");
        }
        PodSpecDefaults.Apply(spec.Template.Spec ??= new());
    }
}
