using Tugboat.Api.Apps.V1;
using Tugboat.ApiServer.Strategies;
using static Tugboat.ApiServer.Tests.Strategies.StrategyFixture;

namespace Tugboat.ApiServer.Tests.Strategies;

public class DeploymentStrategyTests
{
    private readonly Tugboat.ApiServer.Strategies.DeploymentStrategy _strategy = new();

    public static Deployment Web(string extra = "") => Yaml<Deployment>($$"""
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          selector:
            matchLabels:
              app: web
          template:
            metadata:
              labels:
                app: web
            spec:
              containers:
              - name: nginx
                image: nginx:1.27
        {{extra}}
        """);

    [Fact]
    public void Defaults_follow_SetDefaults_Deployment()
    {
        var d = Created(_strategy, Web());
        var spec = d.Spec!;
        spec.Replicas.ShouldBe(1);
        spec.Strategy!.Type.ShouldBe("RollingUpdate");
        spec.Strategy.RollingUpdate!.MaxUnavailable!.StringValue.ShouldBe("25%");
        spec.Strategy.RollingUpdate.MaxSurge!.StringValue.ShouldBe("25%");
        spec.RevisionHistoryLimit.ShouldBe(10);
        spec.ProgressDeadlineSeconds.ShouldBe(600);
        d.Metadata.Generation.ShouldBe(1);
        var pod = spec.Template.Spec!;
        pod.RestartPolicy.ShouldBe("Always");
        pod.DNSPolicy.ShouldBe("ClusterFirst");
        pod.SchedulerName.ShouldBe("default-scheduler");
        pod.TerminationGracePeriodSeconds.ShouldBe(30);
        pod.SecurityContext.ShouldNotBeNull();
        pod.Containers[0].ImagePullPolicy.ShouldBe("IfNotPresent");
        pod.Containers[0].TerminationMessagePath.ShouldBe("/dev/termination-log");
        pod.Containers[0].TerminationMessagePolicy.ShouldBe("File");
        // Pod-only defaults stay off templates.
        pod.EnableServiceLinks.ShouldBeNull();
        pod.ServiceAccountName.ShouldBeNull();
        pod.Priority.ShouldBeNull();
    }

    [Fact]
    public void A_recreate_strategy_gets_no_rolling_update()
    {
        var d = Created(_strategy, Web("""
              strategy:
                type: Recreate
            """));
        d.Spec!.Strategy!.RollingUpdate.ShouldBeNull();
    }

    [Fact]
    public void A_missing_selector_is_required_and_mismatches_the_labels()
    {
        var d = Web();
        d.Spec!.Selector = null;
        CreateErrors(_strategy, d).ShouldBe([
            "spec.selector: Required value",
            "spec.template.metadata.labels: Invalid value: map[string]string{\"app\":\"web\"}: `selector` does not match template `labels`",
        ]);
    }

    [Fact]
    public void An_empty_selector_is_invalid()
    {
        var d = Web();
        d.Spec!.Selector = new();
        CreateErrors(_strategy, d).ShouldBe([
            "spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string(nil), MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: empty selector is invalid for deployment",
        ]);
    }

    [Fact]
    public void Selector_expressions_are_validated()
    {
        var d = Web();
        d.Spec!.Selector = new() { MatchExpressions = [new() { Key = "app", Operator = "Within", Values = ["web"] }] };
        CreateErrors(_strategy, d).ShouldBe([
            "spec.selector.matchExpressions[0].operator: Invalid value: \"Within\": not a valid selector operator",
            "spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string(nil), MatchExpressions:[]v1.LabelSelectorRequirement{v1.LabelSelectorRequirement{Key:\"app\", Operator:\"Within\", Values:[]string{\"web\"}}}}: invalid label selector",
        ]);
    }

    [Fact]
    public void The_template_must_restart_always_and_have_no_deadline()
    {
        var d = Web();
        d.Spec!.Template.Spec!.RestartPolicy = "OnFailure";
        d.Spec.Template.Spec.ActiveDeadlineSeconds = 10;
        CreateErrors(_strategy, d).ShouldBe([
            "spec.template.spec.restartPolicy: Unsupported value: \"OnFailure\": supported values: \"Always\"",
            "spec.template.spec.activeDeadlineSeconds: Forbidden: activeDeadlineSeconds in ReplicaSet is not Supported",
        ]);
    }

    [Fact]
    public void Rolling_update_values_are_checked()
    {
        var d = Web("""
              strategy:
                rollingUpdate:
                  maxUnavailable: 200%
                  maxSurge: 0
            """);
        CreateErrors(_strategy, d).ShouldBe([
            "spec.strategy.rollingUpdate.maxUnavailable: Invalid value: intstr.IntOrString{Type:1, IntVal:0, StrVal:\"200%\"}: must not be greater than 100%",
        ]);
        var zero = Web("""
              strategy:
                rollingUpdate:
                  maxUnavailable: 0
                  maxSurge: 0%
            """);
        CreateErrors(_strategy, zero).ShouldBe([
            "spec.strategy.rollingUpdate.maxUnavailable: Invalid value: intstr.IntOrString{Type:0, IntVal:0, StrVal:\"\"}: may not be 0 when `maxSurge` is 0",
        ]);
        var bad = Web("""
              strategy:
                rollingUpdate:
                  maxSurge: lots
            """);
        CreateErrors(_strategy, bad).ShouldBe([
            "spec.strategy.rollingUpdate.maxSurge: Invalid value: intstr.IntOrString{Type:1, IntVal:0, StrVal:\"lots\"}: a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')",
        ]);
    }

    [Fact]
    public void Unknown_and_recreate_strategies()
    {
        var unknown = Web("""
              strategy:
                type: BlueGreen
            """);
        CreateErrors(_strategy, unknown).ShouldBe([
            "spec.strategy: Unsupported value: apps.DeploymentStrategy{Type:\"BlueGreen\", RollingUpdate:(*apps.RollingUpdateDeployment)(nil)}: supported values: \"Recreate\", \"RollingUpdate\"",
        ]);
        var recreate = Web("""
              strategy:
                type: Recreate
                rollingUpdate:
                  maxSurge: 1
            """);
        CreateErrors(_strategy, recreate).ShouldBe(["spec.strategy.rollingUpdate: Forbidden: may not be specified when strategy `type` is 'Recreate'"]);
    }

    [Fact]
    public void Counts_must_not_be_negative_and_the_deadline_must_exceed_min_ready()
    {
        var d = Web("""
              replicas: -1
              minReadySeconds: 700
              revisionHistoryLimit: -2
            """);
        CreateErrors(_strategy, d).ShouldBe([
            "spec.replicas: Invalid value: -1: must be greater than or equal to 0",
            "spec.revisionHistoryLimit: Invalid value: -2: must be greater than or equal to 0",
            "spec.progressDeadlineSeconds: Invalid value: 600: must be greater than minReadySeconds",
        ]);
    }

    [Fact]
    public void Template_labels_are_reported_at_template_labels_as_upstream_does()
    {
        var d = Web();
        d.Spec!.Template.Metadata!.Labels!["bad key"] = "x";
        CreateErrors(_strategy, d).ShouldBe([
            "spec.template.labels: Invalid value: \"bad key\": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')",
        ]);
    }

    [Fact]
    public void The_selector_is_immutable()
    {
        var stored = Created(_strategy, Web());
        var updated = Copy(stored);
        updated.Spec!.Selector!.MatchLabels!["app"] = "web2";
        updated.Spec.Template.Metadata!.Labels!["app"] = "web2";
        UpdateErrors(_strategy, stored, updated).ShouldBe([
            "spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string{\"app\":\"web2\"}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: field is immutable",
        ]);
    }

    [Fact]
    public void Spec_and_annotation_changes_bump_the_generation()
    {
        var stored = Created(_strategy, Web());
        var same = Copy(stored);
        same.Spec!.Replicas = null; // defaulted again: no change
        UpdateErrors(_strategy, stored, same).ShouldBeEmpty();
        same.Metadata.Generation.ShouldBe(1);
        var scaled = Copy(stored);
        scaled.Spec!.Replicas = 3;
        UpdateErrors(_strategy, stored, scaled).ShouldBeEmpty();
        scaled.Metadata.Generation.ShouldBe(2);
        var annotated = Copy(stored);
        annotated.Metadata.Annotations = new() { ["note"] = "x" };
        UpdateErrors(_strategy, stored, annotated).ShouldBeEmpty();
        annotated.Metadata.Generation.ShouldBe(2);
    }
}
