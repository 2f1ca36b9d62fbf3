using Tugboat.Api.Coordination.V1;
using Tugboat.Api.Meta;
using Tugboat.Api.Networking.V1;
using Tugboat.Api.Policy.V1;
using Tugboat.Api.Rbac.V1;
using Tugboat.Api.Scheduling.V1;
using Tugboat.ApiServer.Printers;
using static Tugboat.ApiServer.Tests.Printers.PrinterFixtures;
using ApiExt = Tugboat.Api.ApiExtensions.V1;
using StorageV1 = Tugboat.Api.Storage.V1;

namespace Tugboat.ApiServer.Tests.Printers;

public class ClusterPrinterTests
{
    [Fact]
    public void Ingress()
    {
        var ing = new Ingress
        {
            Metadata = Meta("web", DaysAgo(2)),
            Spec = new IngressSpec
            {
                IngressClassName = "nginx",
                Rules = [new IngressRule { Host = "a.example.com" }, new IngressRule(), new IngressRule { Host = "b.example.com" }],
                Tls = [new IngressTLS { Hosts = ["a.example.com"], SecretName = "tls" }],
            },
            Status = new IngressStatus
            {
                LoadBalancer = new IngressLoadBalancerStatus
                {
                    Ingress = [new IngressLoadBalancerIngress { Hostname = "lb.example.com" }, new IngressLoadBalancerIngress { Ip = "203.0.113.10" }],
                },
            },
        };
        ColumnNames(IngressPrinter.Instance).ShouldBe(["Name", "Class", "Hosts", "Address", "Ports", "Age"]);
        Row(IngressPrinter.Instance, ing).ShouldBe(["web", "nginx", "a.example.com,b.example.com", "203.0.113.10,lb.example.com", "80, 443", "2d"]);

        var bare = new Ingress { Metadata = Meta("bare", DaysAgo(2)), Spec = new IngressSpec { Rules = [new IngressRule()] } };
        Row(IngressPrinter.Instance, bare).ShouldBe(["bare", "<none>", "*", "", "80", "2d"]);
    }

    [Fact]
    public void Ingress_hosts_beyond_three()
    {
        var rules = Enumerable.Range(1, 5).Select(i => new IngressRule { Host = $"h{i}.example.com" }).ToList();
        IngressPrinter.Hosts(rules).ShouldBe("h1.example.com,h2.example.com,h3.example.com + 2 more...");
    }

    [Fact]
    public void IngressClass()
    {
        var ic = new IngressClass { Metadata = Meta("nginx", ns: null), Spec = new IngressClassSpec { Controller = "k8s.io/ingress-nginx" } };
        ColumnNames(IngressClassPrinter.Instance).ShouldBe(["Name", "Controller", "Parameters", "Age"]);
        Row(IngressClassPrinter.Instance, ic).ShouldBe(["nginx", "k8s.io/ingress-nginx", "<none>", "3d"]);
        ic.Spec.Parameters = new IngressClassParametersReference { ApiGroup = "k8s.example.com", Kind = "IngressParameters", Name = "external-lb" };
        Cell(IngressClassPrinter.Instance, ic, "Parameters").ShouldBe("IngressParameters.k8s.example.com/external-lb");
    }

    [Fact]
    public void NetworkPolicy()
    {
        var np = new NetworkPolicy { Metadata = Meta("deny-all"), Spec = new NetworkPolicySpec() };
        ColumnNames(NetworkPolicyPrinter.Instance).ShouldBe(["Name", "Pod-Selector", "Age"]);
        Row(NetworkPolicyPrinter.Instance, np).ShouldBe(["deny-all", "<none>", "3d"]);
        np.Spec.PodSelector = new LabelSelector { MatchExpressions = [new LabelSelectorRequirement { Key = "legacy", Operator = "DoesNotExist" }] };
        Cell(NetworkPolicyPrinter.Instance, np, "Pod-Selector").ShouldBe("!legacy");
    }

    [Fact]
    public void PodDisruptionBudget()
    {
        var pdb = new PodDisruptionBudget
        {
            Metadata = Meta("web"),
            Spec = new PodDisruptionBudgetSpec { MinAvailable = "50%" },
            Status = new PodDisruptionBudgetStatus { DisruptionsAllowed = 1 },
        };
        ColumnNames(PodDisruptionBudgetPrinter.Instance).ShouldBe(["Name", "Min Available", "Max Unavailable", "Allowed Disruptions", "Age"]);
        Row(PodDisruptionBudgetPrinter.Instance, pdb).ShouldBe(["web", "50%", "N/A", 1L, "3d"]);
        pdb.Spec = new PodDisruptionBudgetSpec { MaxUnavailable = 1 };
        Row(PodDisruptionBudgetPrinter.Instance, pdb)[1..3].ShouldBe(["N/A", "1"]);
    }

    [Fact]
    public void Role_bindings()
    {
        var rb = new RoleBinding
        {
            Metadata = Meta("read-pods"),
            RoleRef = new RoleRef { ApiGroup = "rbac.authorization.k8s.io", Kind = "ClusterRole", Name = "view" },
            Subjects =
            [
                new Subject { Kind = "User", Name = "jane" },
                new Subject { Kind = "ServiceAccount", Name = "builder", Namespace = "ci" },
                new Subject { Kind = "Group", Name = "devs" },
                new Subject { Kind = "User", Name = "joe" },
            ],
        };
        ColumnNames(RoleBindingPrinter.Instance).ShouldBe(["Name", "Role", "Age", "Users", "Groups", "ServiceAccounts"]);
        WideColumnNames(RoleBindingPrinter.Instance).ShouldBe(["Users", "Groups", "ServiceAccounts"]);
        Row(RoleBindingPrinter.Instance, rb).ShouldBe(["read-pods", "ClusterRole/view", "3d", "jane, joe", "devs", "ci/builder"]);

        var crb = new ClusterRoleBinding { Metadata = Meta("admins", ns: null), RoleRef = new RoleRef { Kind = "ClusterRole", Name = "cluster-admin" } };
        Row(ClusterRoleBindingPrinter.Instance, crb).ShouldBe(["admins", "ClusterRole/cluster-admin", "3d", "", "", ""]);
    }

    [Fact]
    public void Roles_and_crds_use_created_at()
    {
        var created = new DateTimeOffset(2024, 4, 30, 8, 15, 0, TimeSpan.Zero);
        PrinterRegistry.For(typeof(Role)).ShouldBeSameAs(CreatedAtTablePrinter.Instance);
        PrinterRegistry.For(typeof(ClusterRole)).ShouldBeSameAs(CreatedAtTablePrinter.Instance);
        PrinterRegistry.For(typeof(ApiExt.CustomResourceDefinition)).ShouldBeSameAs(CreatedAtTablePrinter.Instance);
        Row(CreatedAtTablePrinter.Instance, new ClusterRole { Metadata = Meta("view", created, ns: null) }).ShouldBe(["view", "2024-04-30T08:15:00Z"]);
        Row(CreatedAtTablePrinter.Instance, new Role { Metadata = new ObjectMeta { Name = "r" } }).ShouldBe(["r", "0001-01-01T00:00:00Z"]);
    }

    [Fact]
    public void StorageClass()
    {
        var sc = new StorageV1.StorageClass { Metadata = Meta("standard", DaysAgo(9), ns: null), Provisioner = "rancher.io/local-path" };
        ColumnNames(StorageClassPrinter.Instance).ShouldBe(["Name", "Provisioner", "ReclaimPolicy", "VolumeBindingMode", "AllowVolumeExpansion", "Age"]);
        Row(StorageClassPrinter.Instance, sc).ShouldBe(["standard", "rancher.io/local-path", "Delete", "Immediate", false, "9d"]);

        sc.Metadata.Annotations = new() { ["storageclass.kubernetes.io/is-default-class"] = "true" };
        sc.ReclaimPolicy = "Retain";
        sc.VolumeBindingMode = "WaitForFirstConsumer";
        sc.AllowVolumeExpansion = true;
        Row(StorageClassPrinter.Instance, sc).ShouldBe(["standard (default)", "rancher.io/local-path", "Retain", "WaitForFirstConsumer", true, "9d"]);

        sc.Metadata.Annotations = new() { ["storageclass.beta.kubernetes.io/is-default-class"] = "true" };
        Cell(StorageClassPrinter.Instance, sc, "Name").ShouldBe("standard (default)");
        sc.Metadata.Annotations = new() { ["storageclass.kubernetes.io/is-default-class"] = "false" };
        Cell(StorageClassPrinter.Instance, sc, "Name").ShouldBe("standard");
    }

    [Fact]
    public void Csi_driver_node_attachment_and_capacity()
    {
        var driver = new StorageV1.CSIDriver { Metadata = Meta("csi.example.com", DaysAgo(1), ns: null) };
        ColumnNames(CSIDriverPrinter.Instance).ShouldBe(
            ["Name", "AttachRequired", "PodInfoOnMount", "StorageCapacity", "TokenRequests", "RequiresRepublish", "Modes", "Age"]);
        Row(CSIDriverPrinter.Instance, driver).ShouldBe(["csi.example.com", true, false, false, "<unset>", false, "Persistent", "24h"]);
        driver.Spec = new StorageV1.CSIDriverSpec
        {
            AttachRequired = false,
            PodInfoOnMount = true,
            TokenRequests = [new StorageV1.TokenRequest { Audience = "vault" }, new StorageV1.TokenRequest { Audience = "gcp" }],
            VolumeLifecycleModes = ["Persistent", "Ephemeral"],
        };
        Row(CSIDriverPrinter.Instance, driver).ShouldBe(["csi.example.com", false, true, false, "vault,gcp", false, "Persistent,Ephemeral", "24h"]);

        var csiNode = new StorageV1.CSINode
        {
            Metadata = Meta("node-1", DaysAgo(1), ns: null),
            Spec = new StorageV1.CSINodeSpec { Drivers = [new StorageV1.CSINodeDriver { Name = "csi.example.com", NodeID = "n1" }] },
        };
        Row(CSINodePrinter.Instance, csiNode).ShouldBe(["node-1", 1L, "24h"]);

        var va = new StorageV1.VolumeAttachment
        {
            Metadata = Meta("csi-123", DaysAgo(1), ns: null),
            Spec = new StorageV1.VolumeAttachmentSpec
            {
                Attacher = "csi.example.com",
                NodeName = "node-1",
                Source = new StorageV1.VolumeAttachmentSource { PersistentVolumeName = "pv-1" },
            },
        };
        ColumnNames(VolumeAttachmentPrinter.Instance).ShouldBe(["Name", "Attacher", "PV", "Node", "Attached", "Age"]);
        Row(VolumeAttachmentPrinter.Instance, va).ShouldBe(["csi-123", "csi.example.com", "pv-1", "node-1", false, "24h"]);
        va.Status = new StorageV1.VolumeAttachmentStatus { Attached = true };
        Cell(VolumeAttachmentPrinter.Instance, va, "Attached").ShouldBe(true);

        var capacity = new StorageV1.CSIStorageCapacity { Metadata = Meta("cap"), StorageClassName = "fast", Capacity = "100Gi" };
        Row(CSIStorageCapacityPrinter.Instance, capacity).ShouldBe(["cap", "fast", "100Gi"]);
        capacity.Capacity = null;
        Cell(CSIStorageCapacityPrinter.Instance, capacity, "Capacity").ShouldBe("<unset>");
    }

    [Fact]
    public void PriorityClass()
    {
        var pc = new PriorityClass { Metadata = Meta("high", DaysAgo(1), ns: null), Value = 1000000, GlobalDefault = true };
        ColumnNames(PriorityClassPrinter.Instance).ShouldBe(["Name", "Value", "Global-Default", "Age", "PreemptionPolicy"]);
        Row(PriorityClassPrinter.Instance, pc).ShouldBe(["high", 1000000L, true, "24h", "PreemptLowerPriority"]);
        pc.PreemptionPolicy = "Never";
        pc.GlobalDefault = null;
        Row(PriorityClassPrinter.Instance, pc).ShouldBe(["high", 1000000L, false, "24h", "Never"]);
    }

    [Fact]
    public void Lease()
    {
        var lease = new Lease { Metadata = Meta("kube-scheduler", MinutesAgo(90)), Spec = new LeaseSpec { HolderIdentity = "cp-1_abc" } };
        ColumnNames(LeasePrinter.Instance).ShouldBe(["Name", "Holder", "Age"]);
        Row(LeasePrinter.Instance, lease).ShouldBe(["kube-scheduler", "cp-1_abc", "90m"]);
        Row(LeasePrinter.Instance, new Lease { Metadata = Meta("empty", MinutesAgo(90)) }).ShouldBe(["empty", "", "90m"]);
    }
}
