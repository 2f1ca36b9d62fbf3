using Tugboat.Api.Core.V1;
using Tugboat.Api.Storage.V1;
using Tugboat.ApiServer.Strategies;
using static Tugboat.ApiServer.Tests.Strategies.StrategyFixture;

namespace Tugboat.ApiServer.Tests.Strategies;

public class StorageStrategyTests
{
    private readonly PersistentVolumeStrategy _volumes = new();
    private readonly PersistentVolumeClaimStrategy _claims = new();
    private readonly StorageClassStrategy _classes = new();

    private static PersistentVolumeClaim Claim() => Yaml<PersistentVolumeClaim>("""
        apiVersion: v1
        kind: PersistentVolumeClaim
        metadata:
          name: data
        spec:
          accessModes: ["ReadWriteOnce"]
          resources:
            requests:
              storage: 1Gi
        """);

    private static PersistentVolume Volume() => Yaml<PersistentVolume>("""
        apiVersion: v1
        kind: PersistentVolume
        metadata:
          name: pv0001
        spec:
          capacity:
            storage: 5Gi
          accessModes: ["ReadWriteOnce"]
          hostPath:
            path: /mnt/data
        """);

    [Fact]
    public void Claims_default_their_mode_and_phase()
    {
        var claim = Created(_claims, Claim());
        claim.Spec!.VolumeMode.ShouldBe("Filesystem");
        claim.Status!.Phase.ShouldBe("Pending");
    }

    [Fact]
    public void Claims_need_access_modes_and_a_storage_request()
    {
        var claim = Claim();
        claim.Spec!.AccessModes = ["ReadWriteEverywhere"];
        claim.Spec.Resources = null;
        CreateErrors(_claims, claim).ShouldBe([
            "spec.accessModes: Unsupported value: \"ReadWriteEverywhere\": supported values: \"ReadOnlyMany\", \"ReadWriteMany\", \"ReadWriteOnce\", \"ReadWriteOncePod\"",
            "spec.resources[storage]: Required value",
        ]);
        var zero = Claim();
        zero.Spec!.AccessModes = [];
        zero.Spec.Resources!.Requests!["storage"] = "0";
        CreateErrors(_claims, zero).ShouldBe([
            "spec.accessModes: Required value: at least 1 access mode is required",
            "spec.resources[storage]: Invalid value: \"0\": must be greater than zero",
        ]);
    }

    [Fact]
    public void A_pending_claims_spec_is_immutable_but_a_bound_claim_may_grow()
    {
        var stored = Created(_claims, Claim());
        var grown = Copy(stored);
        grown.Spec!.Resources!.Requests!["storage"] = "2Gi";
        var errors = UpdateErrors(_claims, stored, grown);
        errors.Length.ShouldBe(1);
        errors[0].ShouldStartWith("spec: Forbidden: spec is immutable after creation except resources.requests and volumeAttributesClassName for bound claims\n  core.PersistentVolumeClaimSpec{\n");

        stored.Status!.Phase = "Bound";
        var bound = Copy(stored);
        bound.Spec!.Resources!.Requests!["storage"] = "2Gi";
        UpdateErrors(_claims, stored, bound).ShouldBeEmpty();
        var bindingVolume = Copy(stored);
        bindingVolume.Spec!.VolumeName = "pv0001";
        UpdateErrors(_claims, stored, bindingVolume).ShouldBeEmpty();
    }

    [Fact]
    public void Volumes_default_reclaim_policy_mode_and_phase()
    {
        var pv = Created(_volumes, Volume(), ns: null);
        pv.Spec!.PersistentVolumeReclaimPolicy.ShouldBe("Retain");
        pv.Spec.VolumeMode.ShouldBe("Filesystem");
        pv.Status!.Phase.ShouldBe("Pending");
    }

    [Fact]
    public void Volumes_need_capacity_and_one_source()
    {
        var pv = Volume();
        pv.Spec!.Capacity = null;
        pv.Spec.HostPath = null;
        pv.Spec.PersistentVolumeReclaimPolicy = "Recycle2";
        CreateErrors(_volumes, pv, ns: null).ShouldBe([
            "spec.capacity: Required value",
            "spec.capacity: Unsupported value: core.ResourceList(nil): supported values: \"storage\"",
            "spec.persistentVolumeReclaimPolicy: Unsupported value: \"Recycle2\": supported values: \"Delete\", \"Recycle\", \"Retain\"",
            "spec: Required value: must specify a volume type",
        ]);
    }

    [Fact]
    public void A_volumes_source_never_changes()
    {
        var stored = Created(_volumes, Volume(), ns: null);
        var moved = Copy(stored);
        moved.Spec!.HostPath!.Path = "/mnt/other";
        var errors = UpdateErrors(_volumes, stored, moved);
        errors.Length.ShouldBe(1);
        errors[0].ShouldStartWith("spec.persistentvolumesource: Forbidden: spec.persistentvolumesource is immutable after creation\n");
        var resized = Copy(stored);
        resized.Spec!.Capacity!["storage"] = "10Gi";
        UpdateErrors(_volumes, stored, resized).ShouldBeEmpty();
    }

    [Fact]
    public void Storage_classes_default_and_freeze_their_parameters()
    {
        var sc = Created(_classes, new StorageClass { Metadata = new() { Name = "fast" }, Provisioner = "rancher.io/local-path", Parameters = new() { ["type"] = "ssd" } }, ns: null);
        sc.ReclaimPolicy.ShouldBe("Delete");
        sc.VolumeBindingMode.ShouldBe("Immediate");
        var changed = Copy(sc);
        changed.Parameters!["type"] = "hdd";
        changed.Provisioner = "example.com/other";
        changed.VolumeBindingMode = "WaitForFirstConsumer";
        UpdateErrors(_classes, sc, changed).ShouldBe([
            "parameters: Forbidden: updates to parameters are forbidden.",
            "provisioner: Forbidden: updates to provisioner are forbidden.",
            "volumeBindingMode: Invalid value: \"WaitForFirstConsumer\": field is immutable",
        ]);
    }

    [Fact]
    public void Storage_class_fields_are_checked()
    {
        CreateErrors(_classes, new StorageClass { Metadata = new() { Name = "x" }, Provisioner = "", ReclaimPolicy = "Recycle", VolumeBindingMode = "Later" }, ns: null).ShouldBe([
            "provisioner: Required value",
            "reclaimPolicy: Unsupported value: \"Recycle\": supported values: \"Delete\", \"Retain\"",
            "volumeBindingMode: Unsupported value: \"Later\": supported values: \"Immediate\", \"WaitForFirstConsumer\"",
        ]);
    }
}
