using Tugboat.Api;
using Tugboat.Api.Apps.V1;
using Tugboat.ApiServer.Strategies;
using static Tugboat.ApiServer.Tests.Strategies.StrategyFixture;

namespace Tugboat.ApiServer.Tests.Strategies;

public class DaemonSetStrategyTests
{
    private readonly DaemonSetStrategy _strategy = new();

    private static DaemonSet Fluentd() => Yaml<DaemonSet>("""
        apiVersion: apps/v1
        kind: DaemonSet
        metadata:
          name: fluentd
          namespace: kube-system
        spec:
          selector:
            matchLabels:
              name: fluentd
          template:
            metadata:
              labels:
                name: fluentd
            spec:
              tolerations:
              - key: node-role.kubernetes.io/control-plane
                operator: Exists
                effect: NoSchedule
              containers:
              - name: fluentd
                image: quay.io/fluentd_elasticsearch/fluentd:v2.5.2
        """);

    [Fact]
    public void Defaults_follow_SetDefaults_DaemonSet()
    {
        var ds = Created(_strategy, Fluentd());
        ds.Spec!.UpdateStrategy!.Type.ShouldBe("RollingUpdate");
        ds.Spec.UpdateStrategy.RollingUpdate!.MaxUnavailable!.IntValue.ShouldBe(1);
        ds.Spec.UpdateStrategy.RollingUpdate.MaxSurge!.IntValue.ShouldBe(0);
        ds.Spec.RevisionHistoryLimit.ShouldBe(10);
    }

    [Fact]
    public void A_missing_selector_shows_as_a_label_mismatch()
    {
        var ds = Fluentd();
        ds.Spec!.Selector = null;
        CreateErrors(_strategy, ds).ShouldBe([
            "spec.template.metadata.labels: Invalid value: map[string]string{\"name\":\"fluentd\"}: `selector` does not match template `labels`",
        ]);
    }

    [Fact]
    public void Toleration_effects_are_checked()
    {
        var ds = Fluentd();
        ds.Spec!.Template.Spec!.Tolerations![0].Effect = "NoSchedul";
        CreateErrors(_strategy, ds).ShouldBe([
            "spec.template.spec.tolerations[0].effect: Unsupported value: \"NoSchedul\": supported values: \"NoSchedule\", \"PreferNoSchedule\", \"NoExecute\"",
        ]);
    }

    [Fact]
    public void Rolling_update_needs_exactly_one_of_unavailable_and_surge()
    {
        var ds = Fluentd();
        ds.Spec!.UpdateStrategy = new() { Type = "RollingUpdate", RollingUpdate = new() { MaxUnavailable = new IntOrString(0), MaxSurge = new IntOrString(0) } };
        CreateErrors(_strategy, ds).ShouldBe(["spec.updateStrategy.rollingUpdate.maxUnavailable: Required value: cannot be 0 when maxSurge is 0"]);
        ds.Spec.UpdateStrategy.RollingUpdate = new() { MaxUnavailable = new IntOrString(1), MaxSurge = new IntOrString("10%") };
        CreateErrors(_strategy, ds).ShouldBe([
            "spec.updateStrategy.rollingUpdate.maxSurge: Invalid value: intstr.IntOrString{Type:1, IntVal:0, StrVal:\"10%\"}: may not be set when maxUnavailable is non-zero",
        ]);
    }

    [Fact]
    public void Unknown_update_strategy_and_restart_policy()
    {
        var ds = Fluentd();
        ds.Spec!.UpdateStrategy = new() { Type = "Sometimes" };
        ds.Spec.Template.Spec!.RestartPolicy = "Never";
        CreateErrors(_strategy, ds).ShouldBe([
            "spec.template.spec.restartPolicy: Unsupported value: \"Never\": supported values: \"Always\"",
            "spec.updateStrategy: Unsupported value: apps.DaemonSetUpdateStrategy{Type:\"Sometimes\", RollingUpdate:(*apps.RollingUpdateDaemonSet)(nil)}: supported values: \"RollingUpdate\", \"OnDelete\"",
        ]);
    }

    [Fact]
    public void The_selector_is_immutable()
    {
        var stored = Created(_strategy, Fluentd());
        var updated = Copy(stored);
        updated.Spec!.Selector!.MatchLabels = new() { ["name"] = "fluentd", ["v"] = "2" };
        updated.Spec.Template.Metadata!.Labels!["v"] = "2";
        UpdateErrors(_strategy, stored, updated).ShouldBe([
            "spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string{\"name\":\"fluentd\", \"v\":\"2\"}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: field is immutable",
        ]);
    }
}
