using Tugboat.Api.Apps.V1;
using Tugboat.ApiServer.Strategies;
using static Tugboat.ApiServer.Tests.Strategies.StrategyFixture;

namespace Tugboat.ApiServer.Tests.Strategies;

public class StatefulSetStrategyTests
{
    private readonly StatefulSetStrategy _strategy = new();

    private static StatefulSet Web() => Yaml<StatefulSet>("""
        apiVersion: apps/v1
        kind: StatefulSet
        metadata:
          name: web
        spec:
          selector:
            matchLabels:
              app: nginx
          serviceName: nginx
          template:
            metadata:
              labels:
                app: nginx
            spec:
              containers:
              - name: nginx
                image: registry.k8s.io/nginx-slim:0.24
                volumeMounts:
                - name: www
                  mountPath: /usr/share/nginx/html
          volumeClaimTemplates:
          - metadata:
              name: www
            spec:
              accessModes: ["ReadWriteOnce"]
              resources:
                requests:
                  storage: 1Gi
        """);

    [Fact]
    public void Defaults_follow_SetDefaults_StatefulSet()
    {
        var sts = Created(_strategy, Web());
        var spec = sts.Spec!;
        spec.Replicas.ShouldBe(1);
        spec.PodManagementPolicy.ShouldBe("OrderedReady");
        spec.UpdateStrategy!.Type.ShouldBe("RollingUpdate");
        spec.UpdateStrategy.RollingUpdate!.Partition.ShouldBe(0);
        spec.RevisionHistoryLimit.ShouldBe(10);
        spec.PersistentVolumeClaimRetentionPolicy!.WhenDeleted.ShouldBe("Retain");
        spec.PersistentVolumeClaimRetentionPolicy.WhenScaled.ShouldBe("Retain");
        var claim = spec.VolumeClaimTemplates![0];
        claim.Spec!.VolumeMode.ShouldBe("Filesystem");
        claim.Status!.Phase.ShouldBe("Pending");
        claim.ApiVersion.ShouldBe("v1");
        claim.Kind.ShouldBe("PersistentVolumeClaim");
    }

    [Fact]
    public void Claim_templates_count_as_volumes_but_unknown_mounts_fail()
    {
        var sts = Web();
        sts.Spec!.Template.Spec!.Containers[0].VolumeMounts![0].Name = "data";
        CreateErrors(_strategy, sts).ShouldBe(["spec.template.spec.containers[0].volumeMounts[0].name: Not found: \"data\""]);
    }

    [Fact]
    public void Names_are_dns_labels()
    {
        var sts = Web();
        sts.Metadata.Name = "web.v1";
        CreateErrors(_strategy, sts).ShouldBe(["metadata.name: Invalid value: \"web.v1\": must not contain dots"]);
    }

    [Fact]
    public void Policies_and_strategies_are_checked()
    {
        var sts = Web();
        sts.Spec!.PodManagementPolicy = "Sometimes";
        sts.Spec.UpdateStrategy = new() { Type = "OnDelete", RollingUpdate = new() { Partition = 1 } };
        sts.Spec.PersistentVolumeClaimRetentionPolicy = new() { WhenDeleted = "Keep" };
        CreateErrors(_strategy, sts).ShouldBe([
            "spec.podManagementPolicy: Invalid value: \"Sometimes\": must be 'OrderedReady' or 'Parallel'",
            "spec.updateStrategy.rollingUpdate: Invalid value: apps.RollingUpdateStatefulSetStrategy{Partition:1, MaxUnavailable:(*intstr.IntOrString)(nil)}: only allowed for updateStrategy 'RollingUpdate'",
            "spec.persistentVolumeClaimRetentionPolicy.whenDeleted: Unsupported value: \"Keep\": supported values: \"Retain\", \"Delete\"",
        ]);
    }

    [Fact]
    public void An_empty_selector_and_a_negative_partition()
    {
        var sts = Web();
        sts.Spec!.Selector = new();
        sts.Spec.UpdateStrategy = new() { Type = "RollingUpdate", RollingUpdate = new() { Partition = -1 } };
        CreateErrors(_strategy, sts).ShouldBe([
            "spec.updateStrategy.rollingUpdate.partition: Invalid value: -1: must be greater than or equal to 0",
            "spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string(nil), MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: empty selector is invalid for statefulset",
        ]);
    }

    [Fact]
    public void Only_some_spec_fields_may_change()
    {
        var stored = Created(_strategy, Web());
        var scaled = Copy(stored);
        scaled.Spec!.Replicas = 5;
        scaled.Spec.Template.Spec!.Containers[0].Image = "nginx:2";
        UpdateErrors(_strategy, stored, scaled).ShouldBeEmpty();
        var renamed = Copy(stored);
        renamed.Spec!.ServiceName = "other";
        UpdateErrors(_strategy, stored, renamed).ShouldBe([
            "spec: Forbidden: updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden",
        ]);
    }
}
