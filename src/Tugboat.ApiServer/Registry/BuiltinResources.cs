using Tugboat.Api.Apps.V1;
using Tugboat.Api.Batch.V1;
using Tugboat.Api.Coordination.V1;
using Tugboat.Api.Core.V1;
using Tugboat.Api.Networking.V1;
using Tugboat.Api.Policy.V1;
using Tugboat.Api.Rbac.V1;
using Tugboat.Api.Scheduling.V1;
using ApiExt = Tugboat.Api.ApiExtensions.V1;
using Tugboat.ApiServer.Conversion;
using AutoscalingV1 = Tugboat.Api.Autoscaling.V1;
using AutoscalingV2 = Tugboat.Api.Autoscaling.V2;
using DiscoveryV1 = Tugboat.Api.Discovery.V1;
using EventsV1 = Tugboat.Api.Events.V1;
using StorageV1 = Tugboat.Api.Storage.V1;

namespace Tugboat.ApiServer.Registry;

/// <summary>The built-in resources, with upstream's names, short names, categories, scopes and subresources.</summary>
public static class BuiltinResources
{
    public static IReadOnlyList<ResourceInfo> All { get; } =
    [
        // core/v1
        R<ConfigMap>("", "v1", "configmaps", true, ["cm"]),
        R<Endpoints>("", "v1", "endpoints", true, ["ep"]),
        R<Event>("", "v1", "events", true, ["ev"]),
        R<LimitRange>("", "v1", "limitranges", true, ["limits"]),
        R<Namespace>("", "v1", "namespaces", false, ["ns"], subresources: ["finalize", "status"])
            with { Verbs = ["create", "delete", "get", "list", "patch", "update", "watch"] },
        R<Node>("", "v1", "nodes", false, ["no"], subresources: ["status"]),
        R<PersistentVolumeClaim>("", "v1", "persistentvolumeclaims", true, ["pvc"], subresources: ["status"]),
        R<PersistentVolume>("", "v1", "persistentvolumes", false, ["pv"], subresources: ["status"]),
        R<Pod>("", "v1", "pods", true, ["po"], ["all"], ["binding", "eviction", "status"]),
        R<PodTemplate>("", "v1", "podtemplates", true),
        R<ReplicationController>("", "v1", "replicationcontrollers", true, ["rc"], ["all"], ["scale", "status"]),
        R<ResourceQuota>("", "v1", "resourcequotas", true, ["quota"], subresources: ["status"]),
        R<Secret>("", "v1", "secrets", true),
        R<ServiceAccount>("", "v1", "serviceaccounts", true, ["sa"]),
        R<Service>("", "v1", "services", true, ["svc"], ["all"], ["status"]),
        // apps/v1
        R<ControllerRevision>("apps", "v1", "controllerrevisions", true),
        R<DaemonSet>("apps", "v1", "daemonsets", true, ["ds"], ["all"], ["status"]),
        R<Deployment>("apps", "v1", "deployments", true, ["deploy"], ["all"], ["scale", "status"]),
        R<ReplicaSet>("apps", "v1", "replicasets", true, ["rs"], ["all"], ["scale", "status"]),
        R<StatefulSet>("apps", "v1", "statefulsets", true, ["sts"], ["all"], ["scale", "status"]),
        // events.k8s.io/v1
        R<EventsV1.Event>("events.k8s.io", "v1", "events", true) with { StorageVersion = "v1", Converter = new EventConverter() },
        // autoscaling/v1
        R<AutoscalingV1.HorizontalPodAutoscaler>("autoscaling", "v1", "horizontalpodautoscalers", true, ["hpa"], ["all"], ["status"])
            with { StorageVersion = "autoscaling/v2", Converter = new HorizontalPodAutoscalerConverter() },
        // autoscaling/v2
        R<AutoscalingV2.HorizontalPodAutoscaler>("autoscaling", "v2", "horizontalpodautoscalers", true, ["hpa"], ["all"], ["status"]),
        // batch/v1
        R<CronJob>("batch", "v1", "cronjobs", true, ["cj"], ["all"], ["status"]),
        R<Job>("batch", "v1", "jobs", true, [], ["all"], ["status"]),
        // networking.k8s.io/v1
        R<IngressClass>("networking.k8s.io", "v1", "ingressclasses", false),
        R<Ingress>("networking.k8s.io", "v1", "ingresses", true, ["ing"], subresources: ["status"]),
        R<NetworkPolicy>("networking.k8s.io", "v1", "networkpolicies", true, ["netpol"]),
        // policy/v1
        R<PodDisruptionBudget>("policy", "v1", "poddisruptionbudgets", true, ["pdb"], subresources: ["status"]),
        // rbac.authorization.k8s.io/v1
        R<ClusterRoleBinding>("rbac.authorization.k8s.io", "v1", "clusterrolebindings", false),
        R<ClusterRole>("rbac.authorization.k8s.io", "v1", "clusterroles", false),
        R<RoleBinding>("rbac.authorization.k8s.io", "v1", "rolebindings", true),
        R<Role>("rbac.authorization.k8s.io", "v1", "roles", true),
        // storage.k8s.io/v1
        R<StorageV1.CSIDriver>("storage.k8s.io", "v1", "csidrivers", false),
        R<StorageV1.CSINode>("storage.k8s.io", "v1", "csinodes", false),
        R<StorageV1.CSIStorageCapacity>("storage.k8s.io", "v1", "csistoragecapacities", true),
        R<StorageV1.StorageClass>("storage.k8s.io", "v1", "storageclasses", false, ["sc"]),
        R<StorageV1.VolumeAttachment>("storage.k8s.io", "v1", "volumeattachments", false, subresources: ["status"]),
        // apiextensions.k8s.io/v1
        R<ApiExt.CustomResourceDefinition>("apiextensions.k8s.io", "v1", "customresourcedefinitions", false, ["crd", "crds"], ["api-extensions"], ["status"]),
        // scheduling.k8s.io/v1
        R<PriorityClass>("scheduling.k8s.io", "v1", "priorityclasses", false, ["pc"]),
        // coordination.k8s.io/v1
        R<Lease>("coordination.k8s.io", "v1", "leases", true),
        // discovery.k8s.io/v1
        R<DiscoveryV1.EndpointSlice>("discovery.k8s.io", "v1", "endpointslices", true),
    ];

    private static ResourceInfo R<T>(string group, string version, string resource, bool namespaced,
        string[]? shortNames = null, string[]? categories = null, string[]? subresources = null)
    {
        var kind = typeof(T).Name;
        return new ResourceInfo
        {
            Group = group,
            Version = version,
            Resource = resource,
            Kind = kind,
            Singular = kind.ToLowerInvariant(),
            Namespaced = namespaced,
            ClrType = typeof(T),
            ShortNames = shortNames ?? [],
            Categories = categories ?? [],
            Subresources = subresources ?? [],
        };
    }
}
