using Tugboat.Api.Apps.V1;
using Tugboat.Api.Batch.V1;
using Tugboat.Api.Coordination.V1;
using Tugboat.Api.Core.V1;
using Tugboat.Api.Networking.V1;
using Tugboat.Api.Policy.V1;
using Tugboat.Api.Rbac.V1;
using Tugboat.Api.Scheduling.V1;
using ApiExt = Tugboat.Api.ApiExtensions.V1;
using AutoscalingV1 = Tugboat.Api.Autoscaling.V1;
using AutoscalingV2 = Tugboat.Api.Autoscaling.V2;
using DiscoveryV1 = Tugboat.Api.Discovery.V1;
using EventsV1 = Tugboat.Api.Events.V1;
using StorageV1 = Tugboat.Api.Storage.V1;

namespace Tugboat.ApiServer.Printers;

/// <summary>The table printer of each built-in kind, as upstream registers them; <see cref="DefaultTablePrinter"/> for the rest.</summary>
public static class PrinterRegistry
{
    private static readonly Dictionary<Type, ITablePrinter> Printers = new()
    {
        // core/v1
        [typeof(Pod)] = PodPrinter.Instance,
        [typeof(Node)] = NodePrinter.Instance,
        [typeof(Namespace)] = NamespacePrinter.Instance,
        [typeof(Service)] = ServicePrinter.Instance,
        [typeof(Endpoints)] = EndpointsPrinter.Instance,
        [typeof(ConfigMap)] = ConfigMapPrinter.Instance,
        [typeof(Secret)] = SecretPrinter.Instance,
        [typeof(ServiceAccount)] = ServiceAccountPrinter.Instance,
        [typeof(Event)] = EventPrinter.Instance,
        [typeof(LimitRange)] = CreatedAtTablePrinter.Instance,
        [typeof(ResourceQuota)] = ResourceQuotaPrinter.Instance,
        [typeof(PersistentVolume)] = PersistentVolumePrinter.Instance,
        [typeof(PersistentVolumeClaim)] = PersistentVolumeClaimPrinter.Instance,
        [typeof(ReplicationController)] = ReplicationControllerPrinter.Instance,
        [typeof(PodTemplate)] = PodTemplatePrinter.Instance,
        // apps/v1
        [typeof(Deployment)] = DeploymentPrinter.Instance,
        [typeof(ReplicaSet)] = ReplicaSetPrinter.Instance,
        [typeof(StatefulSet)] = StatefulSetPrinter.Instance,
        [typeof(DaemonSet)] = DaemonSetPrinter.Instance,
        [typeof(ControllerRevision)] = ControllerRevisionPrinter.Instance,
        // batch/v1
        [typeof(Job)] = JobPrinter.Instance,
        [typeof(CronJob)] = CronJobPrinter.Instance,
        // networking.k8s.io/v1
        [typeof(Ingress)] = IngressPrinter.Instance,
        [typeof(IngressClass)] = IngressClassPrinter.Instance,
        [typeof(NetworkPolicy)] = NetworkPolicyPrinter.Instance,
        // autoscaling
        [typeof(AutoscalingV2.HorizontalPodAutoscaler)] = HorizontalPodAutoscalerPrinter.Instance,
        [typeof(AutoscalingV1.HorizontalPodAutoscaler)] = HorizontalPodAutoscalerV1Printer.Instance,
        [typeof(AutoscalingV1.Scale)] = ScalePrinter.Instance,
        // policy/v1
        [typeof(PodDisruptionBudget)] = PodDisruptionBudgetPrinter.Instance,
        // rbac.authorization.k8s.io/v1: roles have no printer upstream and use the default "Created At" table
        [typeof(Role)] = CreatedAtTablePrinter.Instance,
        [typeof(ClusterRole)] = CreatedAtTablePrinter.Instance,
        [typeof(RoleBinding)] = RoleBindingPrinter.Instance,
        [typeof(ClusterRoleBinding)] = ClusterRoleBindingPrinter.Instance,
        // storage.k8s.io/v1
        [typeof(StorageV1.StorageClass)] = StorageClassPrinter.Instance,
        [typeof(StorageV1.CSIDriver)] = CSIDriverPrinter.Instance,
        [typeof(StorageV1.CSINode)] = CSINodePrinter.Instance,
        [typeof(StorageV1.VolumeAttachment)] = VolumeAttachmentPrinter.Instance,
        [typeof(StorageV1.CSIStorageCapacity)] = CSIStorageCapacityPrinter.Instance,
        // scheduling.k8s.io/v1
        [typeof(PriorityClass)] = PriorityClassPrinter.Instance,
        // coordination.k8s.io/v1
        [typeof(Lease)] = LeasePrinter.Instance,
        // discovery.k8s.io/v1
        [typeof(DiscoveryV1.EndpointSlice)] = EndpointSlicePrinter.Instance,
        // events.k8s.io/v1
        [typeof(EventsV1.Event)] = EventsV1EventPrinter.Instance,
        // apiextensions.k8s.io/v1
        [typeof(ApiExt.CustomResourceDefinition)] = CreatedAtTablePrinter.Instance,
    };

    public static ITablePrinter For(Type clrType) =>
        Printers.TryGetValue(clrType, out var printer) ? printer : DefaultTablePrinter.Instance;
}
