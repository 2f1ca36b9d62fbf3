using Tugboat.ApiServer.Caching;
using Tugboat.ApiServer.Registry;
using Tugboat.ApiServer.Validation;

namespace Tugboat.ApiServer.Strategies;

/// <summary>Picks each resource's strategy: a kind-specific one where upstream has special rules, the generic one otherwise.</summary>
public static class StrategyRegistry
{
    public static IResourceStrategy For(ResourceInfo r, Func<string, ResourceCache> caches)
    {
        var hasStatus = r.Subresources.Contains("status");
        return (r.Group, r.Resource) switch
        {
            ("", "namespaces") => new NamespaceStrategy(),
            ("", "services") => new ServiceStrategy(new ServiceIpAllocator(caches(r.StoragePrefix))),
            ("", "pods") => new PodStrategy(),
            ("", "podtemplates") => new PodTemplateStrategy(),
            ("", "replicationcontrollers") => new ReplicationControllerStrategy(),
            ("", "configmaps") => new ConfigMapStrategy(),
            ("", "secrets") => new SecretStrategy(),
            ("", "serviceaccounts") => new ServiceAccountStrategy(),
            ("", "persistentvolumes") => new PersistentVolumeStrategy(),
            ("", "persistentvolumeclaims") => new PersistentVolumeClaimStrategy(),
            ("", "nodes") => new NodeStrategy(),
            ("", "endpoints") => new EndpointsStrategy(),
            ("", "resourcequotas") => new ResourceQuotaStrategy(),
            ("", "limitranges") => new LimitRangeStrategy(),
            ("", "events") or ("events.k8s.io", "events") => new EventStrategy(),
            ("apps", "deployments") => new DeploymentStrategy(),
            ("apps", "replicasets") => new ReplicaSetStrategy(),
            ("apps", "statefulsets") => new StatefulSetStrategy(),
            ("apps", "daemonsets") => new DaemonSetStrategy(),
            ("apps", "controllerrevisions") => new ControllerRevisionStrategy(),
            ("batch", "jobs") => new JobStrategy(),
            ("batch", "cronjobs") => new CronJobStrategy(),
            ("autoscaling", "horizontalpodautoscalers") => new HorizontalPodAutoscalerStrategy(),
            ("networking.k8s.io", "ingresses") => new IngressStrategy(),
            ("networking.k8s.io", "ingressclasses") => new IngressClassStrategy(),
            ("policy", "poddisruptionbudgets") => new PodDisruptionBudgetStrategy(),
            ("scheduling.k8s.io", "priorityclasses") => new PriorityClassStrategy(),
            ("storage.k8s.io", "storageclasses") => new StorageClassStrategy(),
            ("coordination.k8s.io", "leases") => new LeaseStrategy(),
            ("rbac.authorization.k8s.io", "roles") => new RoleStrategy(clusterScoped: false),
            ("rbac.authorization.k8s.io", "clusterroles") => new RoleStrategy(clusterScoped: true),
            ("rbac.authorization.k8s.io", "rolebindings") => new RoleBindingStrategy(clusterScoped: false),
            ("rbac.authorization.k8s.io", "clusterrolebindings") => new RoleBindingStrategy(clusterScoped: true),
            _ => new GenericStrategy(hasStatus, r.Namespaced),
        };
    }
}
