using Tugboat.Api.Apps.V1;
using Tugboat.ApiServer.Strategies;
using static Tugboat.ApiServer.Tests.Strategies.StrategyFixture;

namespace Tugboat.ApiServer.Tests.Strategies;

public class ReplicaSetStrategyTests
{
    private readonly ReplicaSetStrategy _strategy = new();

    private static ReplicaSet Frontend() => Yaml<ReplicaSet>("""
        apiVersion: apps/v1
        kind: ReplicaSet
        metadata:
          name: frontend
        spec:
          selector:
            matchLabels:
              tier: frontend
          template:
            metadata:
              labels:
                tier: frontend
            spec:
              containers:
              - name: php-redis
                image: us-docker.pkg.dev/google-samples/containers/gke/gb-frontend:v5
        """);

    [Fact]
    public void Replicas_default_to_one_and_the_template_is_defaulted()
    {
        var rs = Created(_strategy, Frontend());
        rs.Spec!.Replicas.ShouldBe(1);
        rs.Spec.Template!.Spec!.DNSPolicy.ShouldBe("ClusterFirst");
    }

    [Fact]
    public void The_selector_must_match_the_template()
    {
        var rs = Frontend();
        rs.Spec!.Template!.Metadata!.Labels = new() { ["tier"] = "backend" };
        CreateErrors(_strategy, rs).ShouldBe([
            "spec.template.metadata.labels: Invalid value: map[string]string{\"tier\":\"backend\"}: `selector` does not match template `labels`",
        ]);
    }

    [Fact]
    public void An_empty_selector_reads_as_upstreams_deployment_message()
    {
        var rs = Frontend();
        rs.Spec!.Selector = new();
        CreateErrors(_strategy, rs).ShouldBe([
            "spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string(nil), MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: empty selector is invalid for deployment",
        ]);
    }

    [Fact]
    public void A_missing_template_fails_on_its_containers()
    {
        var rs = Frontend();
        rs.Spec!.Template = null;
        CreateErrors(_strategy, rs).ShouldBe([
            "spec.template.metadata.labels: Invalid value: map[string]string(nil): `selector` does not match template `labels`",
            "spec.template.spec.containers: Required value",
        ]);
    }

    [Fact]
    public void The_selector_is_immutable()
    {
        var stored = Created(_strategy, Frontend());
        var updated = Copy(stored);
        updated.Spec!.Selector!.MatchLabels!["env"] = "prod";
        updated.Spec.Template!.Metadata!.Labels!["env"] = "prod";
        UpdateErrors(_strategy, stored, updated).ShouldBe([
            "spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string{\"env\":\"prod\", \"tier\":\"frontend\"}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: field is immutable",
        ]);
    }
}
