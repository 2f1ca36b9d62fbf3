using Tugboat.Api.Coordination.V1;
using Tugboat.Api.Core.V1;
using Tugboat.ApiServer.Strategies;
using static Tugboat.ApiServer.Tests.Strategies.StrategyFixture;

namespace Tugboat.ApiServer.Tests.Strategies;

/// <summary>Nodes, endpoints, leases, quotas, limit ranges and events.</summary>
public class ClusterStrategyTests
{
    [Fact]
    public void Node_taints_need_a_known_effect_and_are_unique()
    {
        var node = new Node
        {
            Metadata = new() { Name = "n1" },
            Spec = new() { Taints = [new() { Key = "a", Effect = "Sometimes" }, new() { Key = "b", Effect = "NoSchedule" }, new() { Key = "b", Effect = "NoSchedule" }, new() { Key = "c" }] },
        };
        CreateErrors(new NodeStrategy(), node, ns: null).ShouldBe([
            "metadata.taints[0].effect: Unsupported value: \"Sometimes\": supported values: \"NoSchedule\", \"PreferNoSchedule\", \"NoExecute\"",
            "metadata.taints[2]: Duplicate value: core.Taint{Key:\"b\", Value:\"\", Effect:\"NoSchedule\", TimeAdded:(*v1.Time)(nil)}: taints must be unique by key and effect pair",
            "metadata.taints[3].effect: Required value",
        ]);
    }

    [Fact]
    public void A_nodes_pod_cidr_is_set_once()
    {
        var strategy = new NodeStrategy();
        var unset = Created(strategy, new Node { Metadata = new() { Name = "n1" } }, ns: null);
        var assigned = Copy(unset);
        assigned.Spec!.PodCIDR = "10.42.0.0/24";
        UpdateErrors(strategy, unset, assigned).ShouldBeEmpty();
        assigned.Spec.PodCIDRs.ShouldBe(["10.42.0.0/24"]);
        var changed = Copy(assigned);
        changed.Spec!.PodCIDR = "10.42.1.0/24";
        UpdateErrors(strategy, assigned, changed).ShouldBe(["spec.podCIDRs: Forbidden: node updates may not change podCIDR except from \"\" to valid"]);
    }

    [Fact]
    public void Nodes_keep_the_status_they_register_with()
    {
        var node = Created(new NodeStrategy(), new Node { Metadata = new() { Name = "n1" }, Status = new() { Capacity = new() { ["cpu"] = "4" } } }, ns: null);
        node.Status!.Allocatable!["cpu"].ToString().ShouldBe("4");
        CreateErrors(new NodeStrategy(), new Node { Metadata = new() { Name = "n2" }, Spec = new() { PodCIDRs = ["10.42.0.0"] } }, ns: null)
            .ShouldBe(["spec.podCIDRs[0]: Invalid value: \"10.42.0.0\": must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)"]);
    }

    [Fact]
    public void Endpoints_need_addresses_and_named_ports()
    {
        var ep = Yaml<Endpoints>("""
            apiVersion: v1
            kind: Endpoints
            metadata:
              name: my-service
            subsets:
            - addresses:
              - ip: 127.0.0.1
              - ip: 10.0.0.300
              ports:
              - port: 80
              - port: 443
                name: https
            - ports:
              - port: 9376
            """);
        CreateErrors(new EndpointsStrategy(), ep).ShouldBe([
            "subsets[0].addresses[0].ip: Invalid value: \"127.0.0.1\": may not be in the loopback range (127.0.0.0/8, ::1/128)",
            "subsets[0].addresses[1].ip: Invalid value: \"10.0.0.300\": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)",
            "subsets[0].addresses[1].ip: Invalid value: \"10.0.0.300\": must be a valid IP address",
            "subsets[0].ports[0].name: Required value",
            "subsets[1]: Required value: must specify `addresses` or `notReadyAddresses`",
        ]);
        ep.Subsets![0].Ports![0].Protocol.ShouldBe("TCP");
        new EndpointsStrategy().AllowCreateOnUpdate.ShouldBeTrue();
    }

    [Fact]
    public void Leases_have_positive_durations()
    {
        var lease = new Lease { Metadata = new() { Name = "l" }, Spec = new() { LeaseDurationSeconds = 0, LeaseTransitions = -1, PreferredHolder = "me" } };
        CreateErrors(new LeaseStrategy(), lease).ShouldBe([
            "spec.leaseDurationSeconds: Invalid value: 0: must be greater than 0",
            "spec.leaseTransitions: Invalid value: -1: must be greater than or equal to 0",
            "spec.preferredHolder: Forbidden: may only be specified if `strategy` is defined",
        ]);
    }

    [Fact]
    public void Quotas_name_standard_resources_and_fitting_scopes()
    {
        var quota = Yaml<ResourceQuota>("""
            apiVersion: v1
            kind: ResourceQuota
            metadata:
              name: compute
            spec:
              hard:
                requests.cpu: "1"
                pods: "1.5"
                gpus: "2"
              scopes: ["BestEffort", "NotBestEffort"]
            """);
        CreateErrors(new ResourceQuotaStrategy(), quota).ShouldBe([
            "spec.hard[gpus]: Invalid value: gpus: must be a standard resource type or fully qualified",
            "spec.hard[gpus]: Invalid value: gpus: must be a standard resource for quota",
            "spec.hard[pods]: Invalid value: \"1500m\": must be an integer",
            "spec.scopes: Invalid value: []core.ResourceQuotaScope{\"BestEffort\", \"NotBestEffort\"}: unsupported scope applied to resource",
            "spec.scopes: Invalid value: []core.ResourceQuotaScope{\"BestEffort\", \"NotBestEffort\"}: conflicting scopes",
        ]);
    }

    [Fact]
    public void Quota_scopes_never_change()
    {
        var strategy = new ResourceQuotaStrategy();
        var stored = Created(strategy, new ResourceQuota { Metadata = new() { Name = "q" }, Spec = new() { Hard = new() { ["pods"] = "10" } } });
        var changed = Copy(stored);
        changed.Spec!.Scopes = ["Terminating"];
        UpdateErrors(strategy, stored, changed).ShouldBe(["spec.scopes: Invalid value: []core.ResourceQuotaScope{\"Terminating\"}: field is immutable"]);
    }

    [Fact]
    public void Limit_ranges_default_container_requests_and_order_their_values()
    {
        var strategy = new LimitRangeStrategy();
        var lr = Created(strategy, Yaml<LimitRange>("""
            apiVersion: v1
            kind: LimitRange
            metadata:
              name: cpu-resource-constraint
            spec:
              limits:
              - type: Container
                max:
                  cpu: "1"
                min:
                  cpu: 100m
            """));
        var item = lr.Spec!.Limits[0];
        item.Default!["cpu"].ToString().ShouldBe("1");
        item.DefaultRequest!["cpu"].ToString().ShouldBe("1");
        var bad = Yaml<LimitRange>("""
            apiVersion: v1
            kind: LimitRange
            metadata:
              name: bad
            spec:
              limits:
              - type: Container
                max:
                  memory: 1Gi
                default:
                  memory: 2Gi
              - type: Pod
                default:
                  cpu: "1"
              - type: Node
            """);
        CreateErrors(strategy, bad).ShouldBe([
            "spec.limits[0].defaultRequest[memory]: Invalid value: \"2Gi\": default request value 2Gi is greater than max value 1Gi",
            "spec.limits[0].default[memory]: Invalid value: \"1Gi\": default value 2Gi is greater than max value 1Gi",
            "spec.limits[1].default: Forbidden: may not be specified when `type` is 'Pod'",
            "spec.limits[2].type: Invalid value: \"Node\": must be a standard limit type or fully qualified",
        ]);
    }

    [Fact]
    public void Core_events_must_match_their_objects_namespace()
    {
        var ev = new Event { Metadata = new() { Name = "pod.1", Namespace = "dev" }, InvolvedObject = new() { Kind = "Pod", Name = "p", Namespace = "prod" } };
        CreateErrors(new EventStrategy(), ev).ShouldBe(["involvedObject.namespace: Invalid value: \"prod\": does not match event.namespace"]);
        var series = new Event
        {
            Metadata = new() { Name = "pod.2", Namespace = "dev" }, InvolvedObject = new() { Kind = "Pod", Name = "p", Namespace = "dev" },
            EventTime = DateTimeOffset.UtcNow, Reason = "Started",
        };
        CreateErrors(new EventStrategy(), series).ShouldBe([
            "reportingComponent: Required value",
            "reportingComponent: Invalid value: \"\": name part must be non-empty",
            "reportingComponent: Invalid value: \"\": name part a valid label key must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')".Replace("a valid label key must consist", "must consist"),
            "reportingInstance: Required value",
            "action: Required value",
        ]);
    }
}
