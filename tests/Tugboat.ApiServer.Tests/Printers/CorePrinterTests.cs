using Tugboat.Api.Core.V1;
using Tugboat.ApiServer.Printers;
using static Tugboat.ApiServer.Tests.Printers.PrinterFixtures;
using DiscoveryV1 = Tugboat.Api.Discovery.V1;

namespace Tugboat.ApiServer.Tests.Printers;

public class CorePrinterTests
{
    [Fact]
    public void Node()
    {
        var node = new Node
        {
            Metadata = Meta("cp-1", DaysAgo(12), ns: null),
            Spec = new NodeSpec { Unschedulable = true },
            Status = new NodeStatus
            {
                Conditions = [new NodeCondition { Type = "MemoryPressure", Status = "False" }, new NodeCondition { Type = "Ready", Status = "True" }],
                Addresses = [new NodeAddress { Type = "Hostname", Address = "cp-1" }, new NodeAddress { Type = "InternalIP", Address = "172.18.0.2" }],
                NodeInfo = new NodeSystemInfo
                {
                    KubeletVersion = "v1.32.0",
                    OSImage = "Debian GNU/Linux 12 (bookworm)",
                    KernelVersion = "6.8.0",
                    ContainerRuntimeVersion = "containerd://1.7.24",
                },
            },
        };
        node.Metadata.Labels = new()
        {
            ["node-role.kubernetes.io/control-plane"] = "",
            ["node-role.kubernetes.io/"] = "",
            ["kubernetes.io/role"] = "etcd",
            ["kubernetes.io/hostname"] = "cp-1",
        };
        ColumnNames(NodePrinter.Instance).ShouldBe(["Name", "Status", "Roles", "Age", "Version", "Internal-IP", "External-IP", "OS-Image", "Kernel-Version", "Container-Runtime"]);
        Row(NodePrinter.Instance, node).ShouldBe(
        [
            "cp-1", "Ready,SchedulingDisabled", "control-plane,etcd", "12d", "v1.32.0",
            "172.18.0.2", "<none>", "Debian GNU/Linux 12 (bookworm)", "6.8.0", "containerd://1.7.24",
        ]);
    }

    [Fact]
    public void Node_without_status()
    {
        var node = new Node { Metadata = Meta("n", DaysAgo(1), ns: null) };
        Row(NodePrinter.Instance, node).ShouldBe(["n", "Unknown", "<none>", "24h", "", "<none>", "<none>", "<unknown>", "<unknown>", "<unknown>"]);
        node.Status = new NodeStatus { Conditions = [new NodeCondition { Type = "Ready", Status = "Unknown" }] };
        Cell(NodePrinter.Instance, node, "Status").ShouldBe("NotReady");
    }

    [Fact]
    public void Namespace()
    {
        ColumnNames(NamespacePrinter.Instance).ShouldBe(["Name", "Status", "Age"]);
        var ns = new Namespace { Metadata = Meta("kube-system", DaysAgo(40), ns: null) };
        Row(NamespacePrinter.Instance, ns).ShouldBe(["kube-system", "Active", "40d"]);
        ns.Status = new NamespaceStatus { Phase = "Terminating" };
        Cell(NamespacePrinter.Instance, ns, "Status").ShouldBe("Terminating");
    }

    [Fact]
    public void Endpoints_lists_three_and_counts_the_rest()
    {
        var ep = new Endpoints
        {
            Metadata = Meta("web"),
            Subsets =
            [
                new EndpointSubset
                {
                    Addresses = [new EndpointAddress { IP = "10.0.0.1" }, new EndpointAddress { IP = "10.0.0.2" }],
                    Ports = [new EndpointPort { Name = "http", Port = 80 }, new EndpointPort { Name = "https", Port = 443 }],
                },
                new EndpointSubset { Addresses = [new EndpointAddress { IP = "fd00::1" }], Ports = [new EndpointPort { Port = 8080 }] },
            ],
        };
        ColumnNames(EndpointsPrinter.Instance).ShouldBe(["Name", "Endpoints", "Age"]);
        Cell(EndpointsPrinter.Instance, ep, "Endpoints").ShouldBe("10.0.0.1:80,10.0.0.2:80,10.0.0.1:443 + 2 more...");
        ep.Subsets = [ep.Subsets[1]];
        Cell(EndpointsPrinter.Instance, ep, "Endpoints").ShouldBe("[fd00::1]:8080");
        ep.Subsets = [new EndpointSubset { Addresses = [new EndpointAddress { IP = "10.0.0.7" }] }];
        Cell(EndpointsPrinter.Instance, ep, "Endpoints").ShouldBe("10.0.0.7");
        ep.Subsets = null;
        Cell(EndpointsPrinter.Instance, ep, "Endpoints").ShouldBe("<none>");
        ep.Subsets = [new EndpointSubset { NotReadyAddresses = [new EndpointAddress { IP = "10.0.0.8" }], Ports = [new EndpointPort { Port = 80 }] }];
        Cell(EndpointsPrinter.Instance, ep, "Endpoints").ShouldBe("");
    }

    [Fact]
    public void EndpointSlice()
    {
        var slice = new DiscoveryV1.EndpointSlice
        {
            Metadata = Meta("web-abc12", MinutesAgo(7)),
            AddressType = "IPv4",
            Ports = [new DiscoveryV1.EndpointPort { Name = "http", Port = 80 }, new DiscoveryV1.EndpointPort { Name = "named" }, new DiscoveryV1.EndpointPort()],
            Endpoints =
            [
                new DiscoveryV1.Endpoint { Addresses = ["10.0.0.1"] },
                new DiscoveryV1.Endpoint { Addresses = ["10.0.0.2", "10.0.0.3"] },
                new DiscoveryV1.Endpoint { Addresses = ["10.0.0.4"] },
                new DiscoveryV1.Endpoint { Addresses = ["10.0.0.5"] },
            ],
        };
        ColumnNames(EndpointSlicePrinter.Instance).ShouldBe(["Name", "AddressType", "Ports", "Endpoints", "Age"]);
        Row(EndpointSlicePrinter.Instance, slice).ShouldBe(["web-abc12", "IPv4", "80,named,*", "10.0.0.1,10.0.0.2,10.0.0.3 + 2 more...", "7m"]);
        slice.Ports = null;
        slice.Endpoints = [];
        Row(EndpointSlicePrinter.Instance, slice)[2..4].ShouldBe(["<unset>", "<unset>"]);
    }

    [Fact]
    public void ConfigMap_secret_and_service_account_counts()
    {
        var cm = new ConfigMap { Metadata = Meta("cfg"), Data = new() { ["a"] = "1", ["b"] = "2" }, BinaryData = new() { ["c"] = [1] } };
        Row(ConfigMapPrinter.Instance, cm).ShouldBe(["cfg", 3L, "3d"]);

        var secret = new Secret { Metadata = Meta("tls"), Type = "kubernetes.io/tls", Data = new() { ["tls.crt"] = [1], ["tls.key"] = [2] } };
        ColumnNames(SecretPrinter.Instance).ShouldBe(["Name", "Type", "Data", "Age"]);
        Row(SecretPrinter.Instance, secret).ShouldBe(["tls", "kubernetes.io/tls", 2L, "3d"]);
        var plain = new Secret { Metadata = Meta("plain"), Data = new() { ["a"] = [1] }, StringData = new() { ["a"] = "x", ["b"] = "y" } };
        Row(SecretPrinter.Instance, plain).ShouldBe(["plain", "Opaque", 2L, "3d"]);

        var sa = new ServiceAccount { Metadata = Meta("default"), Secrets = [new ObjectReference { Name = "token" }] };
        Row(ServiceAccountPrinter.Instance, sa).ShouldBe(["default", 1L, "3d"]);
        Row(ServiceAccountPrinter.Instance, new ServiceAccount { Metadata = Meta("x") }).ShouldBe(["x", 0L, "3d"]);
    }

    [Fact]
    public void ResourceQuota_splits_requests_and_limits()
    {
        var quota = new ResourceQuota
        {
            Metadata = Meta("compute"),
            Status = new ResourceQuotaStatus
            {
                Hard = new() { ["requests.cpu"] = "1", ["limits.memory"] = "2Gi", ["pods"] = "10", ["limits.cpu"] = "2", ["requests.memory"] = "1Gi" },
                Used = new() { ["requests.cpu"] = "500m", ["limits.cpu"] = "1", ["pods"] = "3" },
            },
        };
        ColumnNames(ResourceQuotaPrinter.Instance).ShouldBe(["Name", "Request", "Limit", "Age"]);
        Row(ResourceQuotaPrinter.Instance, quota).ShouldBe(
            ["compute", "pods: 3/10, requests.cpu: 500m/1, requests.memory: 0/1Gi", "limits.cpu: 1/2, limits.memory: 0/2Gi", "3d"]);
        Row(ResourceQuotaPrinter.Instance, new ResourceQuota { Metadata = Meta("empty") }).ShouldBe(["empty", "", "", "3d"]);
    }

    [Fact]
    public void PersistentVolume()
    {
        var pv = new PersistentVolume
        {
            Metadata = Meta("pv-1", DaysAgo(5), ns: null),
            Spec = new PersistentVolumeSpec
            {
                Capacity = new() { ["storage"] = "10Gi" },
                AccessModes = ["ReadWriteMany", "ReadWriteOnce", "ReadWriteOncePod", "ReadOnlyMany", "ReadWriteOnce"],
                PersistentVolumeReclaimPolicy = "Delete",
                ClaimRef = new ObjectReference { Namespace = "default", Name = "data" },
                StorageClassName = "standard",
                VolumeMode = "Block",
            },
            Status = new PersistentVolumeStatus { Phase = "Bound" },
        };
        ColumnNames(PersistentVolumePrinter.Instance).ShouldBe(
            ["Name", "Capacity", "Access Modes", "Reclaim Policy", "Status", "Claim", "StorageClass", "VolumeAttributesClass", "Reason", "Age", "VolumeMode"]);
        WideColumnNames(PersistentVolumePrinter.Instance).ShouldBe(["VolumeMode"]);
        Row(PersistentVolumePrinter.Instance, pv).ShouldBe(
            ["pv-1", "10Gi", "RWO,ROX,RWX,RWOP", "Delete", "Bound", "default/data", "standard", "<unset>", "", "5d", "Block"]);

        var bare = new PersistentVolume { Metadata = Meta("pv-2", DaysAgo(5), ns: null) };
        bare.Metadata.Annotations = new() { ["volume.beta.kubernetes.io/storage-class"] = "legacy" };
        bare.Metadata.DeletionTimestamp = SecondsAgo(3);
        Row(PersistentVolumePrinter.Instance, bare).ShouldBe(["pv-2", "0", "", "Retain", "Terminating", "", "legacy", "<unset>", "", "5d", "Filesystem"]);
    }

    [Fact]
    public void PersistentVolumeClaim()
    {
        var pvc = new PersistentVolumeClaim
        {
            Metadata = Meta("data", HoursAgo(1)),
            Spec = new PersistentVolumeClaimSpec
            {
                AccessModes = ["ReadWriteOnce"],
                Resources = new VolumeResourceRequirements { Requests = new() { ["storage"] = "1Gi" } },
                StorageClassName = "standard",
                VolumeAttributesClassName = "gold",
            },
        };
        ColumnNames(PersistentVolumeClaimPrinter.Instance).ShouldBe(
            ["Name", "Status", "Volume", "Capacity", "Access Modes", "StorageClass", "VolumeAttributesClass", "Age", "VolumeMode"]);
        Row(PersistentVolumeClaimPrinter.Instance, pvc).ShouldBe(["data", "Pending", "", "", "", "standard", "gold", "60m", "Filesystem"]);

        pvc.Spec.VolumeName = "pv-1";
        pvc.Status = new PersistentVolumeClaimStatus { Phase = "Bound", AccessModes = ["ReadWriteOnce"], Capacity = new() { ["storage"] = "10Gi" } };
        Row(PersistentVolumeClaimPrinter.Instance, pvc).ShouldBe(["data", "Bound", "pv-1", "10Gi", "RWO", "standard", "gold", "60m", "Filesystem"]);
    }

    [Fact]
    public void LimitRange_uses_created_at()
    {
        var lr = new LimitRange { Metadata = Meta("limits", new DateTimeOffset(2024, 3, 2, 1, 2, 3, TimeSpan.FromHours(2))) };
        var printer = PrinterRegistry.For(typeof(LimitRange));
        ColumnNames(printer).ShouldBe(["Name", "Created At"]);
        printer.Columns[1].Type.ShouldBe("date");
        Row(printer, lr).ShouldBe(["limits", "2024-03-01T23:02:03Z"]);
    }
}
