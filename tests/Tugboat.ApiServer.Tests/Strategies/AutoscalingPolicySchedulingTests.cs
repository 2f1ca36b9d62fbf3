using Tugboat.Api;
using Tugboat.Api.Autoscaling.V2;
using Tugboat.Api.Policy.V1;
using Tugboat.Api.Scheduling.V1;
using Tugboat.ApiServer.Strategies;
using static Tugboat.ApiServer.Tests.Strategies.StrategyFixture;

namespace Tugboat.ApiServer.Tests.Strategies;

public class AutoscalingPolicySchedulingTests
{
    private static HorizontalPodAutoscaler Web() => Yaml<HorizontalPodAutoscaler>("""
        apiVersion: autoscaling/v2
        kind: HorizontalPodAutoscaler
        metadata:
          name: web
        spec:
          scaleTargetRef:
            apiVersion: apps/v1
            kind: Deployment
            name: web
          maxReplicas: 10
        """);

    [Fact]
    public void Hpas_default_min_replicas_and_an_80_percent_cpu_target()
    {
        var hpa = Created(new HorizontalPodAutoscalerStrategy(), Web());
        hpa.Spec!.MinReplicas.ShouldBe(1);
        var metric = hpa.Spec.Metrics.ShouldHaveSingleItem();
        metric.Type.ShouldBe("Resource");
        metric.Resource!.Name.ShouldBe("cpu");
        metric.Resource.Target.Type.ShouldBe("Utilization");
        metric.Resource.Target.AverageUtilization.ShouldBe(80);
        hpa.Spec.Behavior.ShouldBeNull();
    }

    [Fact]
    public void Hpa_behaviors_are_filled_in()
    {
        var hpa = Web();
        hpa.Spec!.Behavior = new() { ScaleDown = new() { StabilizationWindowSeconds = 60 } };
        Created(new HorizontalPodAutoscalerStrategy(), hpa);
        var up = hpa.Spec.Behavior.ScaleUp!;
        (up.StabilizationWindowSeconds, up.SelectPolicy, up.Policies!.Count).ShouldBe((0, "Max", 2));
        var down = hpa.Spec.Behavior.ScaleDown!;
        (down.StabilizationWindowSeconds, down.SelectPolicy, down.Policies!.Single().Type).ShouldBe((60, "Max", "Percent"));
    }

    [Fact]
    public void Hpa_replica_bounds_and_metrics()
    {
        var hpa = Web();
        hpa.Spec!.MinReplicas = 0;
        hpa.Spec.MaxReplicas = 0;
        hpa.Spec.Metrics = [new() { Type = "Resource", Resource = new() { Name = "cpu", Target = new() { Type = "Utilization", AverageUtilization = 0 } } }];
        CreateErrors(new HorizontalPodAutoscalerStrategy(), hpa).ShouldBe([
            "spec.minReplicas: Invalid value: 0: must be greater than or equal to 1",
            "spec.maxReplicas: Invalid value: 0: must be greater than 0",
            "spec.metrics[0].resource.target.averageUtilization: Invalid value: 0: must be greater than 0",
        ]);
        var noTarget = Web();
        noTarget.Spec!.ScaleTargetRef = new() { Kind = "", Name = "a/b" };
        CreateErrors(new HorizontalPodAutoscalerStrategy(), noTarget).ShouldBe([
            "spec.scaleTargetRef.kind: Required value",
            "spec.scaleTargetRef.name: Invalid value: \"a/b\": may not contain '/'",
        ]);
    }

    [Fact]
    public void Pdbs_take_one_of_min_available_and_max_unavailable()
    {
        var pdb = new PodDisruptionBudget
        {
            Metadata = new() { Name = "zk-pdb" },
            Spec = new() { MinAvailable = new IntOrString(2), MaxUnavailable = new IntOrString("150%"), Selector = new() { MatchLabels = new() { ["app"] = "zk" } } },
        };
        CreateErrors(new PodDisruptionBudgetStrategy(), pdb).ShouldBe([
            "spec: Invalid value: policy.PodDisruptionBudgetSpec{MinAvailable:&intstr.IntOrString{Type:0, IntVal:2, StrVal:\"\"}, Selector:v1.LabelSelector{MatchLabels:map[string]string{\"app\":\"zk\"}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}, MaxUnavailable:&intstr.IntOrString{Type:1, IntVal:0, StrVal:\"150%\"}, UnhealthyPodEvictionPolicy:(*policy.UnhealthyPodEvictionPolicyType)(nil)}: minAvailable and maxUnavailable cannot be both set",
            "spec.maxUnavailable: Invalid value: intstr.IntOrString{Type:1, IntVal:0, StrVal:\"150%\"}: must not be greater than 100%",
        ]);
        pdb.Spec.MaxUnavailable = null;
        pdb.Spec.MinAvailable = new IntOrString(-1);
        CreateErrors(new PodDisruptionBudgetStrategy(), pdb).ShouldBe(["spec.minAvailable: Invalid value: -1: must be greater than or equal to 0"]);
    }

    [Fact]
    public void Priority_classes_default_preemption_and_keep_their_value()
    {
        var strategy = new PriorityClassStrategy();
        var pc = Created(strategy, new PriorityClass { Metadata = new() { Name = "high-priority" }, Value = 1000000 }, ns: null);
        pc.PreemptionPolicy.ShouldBe("PreemptLowerPriority");
        var changed = Copy(pc);
        changed.Value = 2000000;
        changed.PreemptionPolicy = "Never";
        UpdateErrors(strategy, pc, changed).ShouldBe([
            "value: Forbidden: may not be changed in an update.",
            "preemptionPolicy: Invalid value: \"Never\": field is immutable",
        ]);
    }

    [Fact]
    public void Priority_values_and_system_names_are_limited()
    {
        var strategy = new PriorityClassStrategy();
        CreateErrors(strategy, new PriorityClass { Metadata = new() { Name = "huge" }, Value = 2_000_000_000 }, ns: null)
            .ShouldBe(["value: Forbidden: maximum allowed value of a user defined priority is 1000000000"]);
        CreateErrors(strategy, new PriorityClass { Metadata = new() { Name = "system-mine" }, Value = 1 }, ns: null)
            .ShouldBe(["metadata.name: Forbidden: priority class names with 'system-' prefix are reserved for system use only. error: system-mine is not a known system priority class"]);
        CreateErrors(strategy, new PriorityClass { Metadata = new() { Name = "system-node-critical" }, Value = 2_000_001_000 }, ns: null).ShouldBeEmpty();
        CreateErrors(strategy, new PriorityClass { Metadata = new() { Name = "p" }, Value = 1, PreemptionPolicy = "Always" }, ns: null)
            .ShouldBe(["preemptionPolicy: Unsupported value: \"Always\": supported values: \"PreemptLowerPriority\", \"Never\""]);
    }
}
