using Tugboat.Api.Core.V1;
using Tugboat.ApiServer.Strategies;
using static Tugboat.ApiServer.Tests.Strategies.StrategyFixture;

namespace Tugboat.ApiServer.Tests.Strategies;

/// <summary>The pod spec checks shared by pods and every controller's template, exercised through Pods.</summary>
public class PodSpecValidationTests
{
    private readonly PodStrategy _strategy = new();

    private static Pod Nginx(string spec = "") => Yaml<Pod>($$"""
        apiVersion: v1
        kind: Pod
        metadata:
          name: nginx
        spec:
          containers:
          - name: nginx
            image: nginx:1.27
        {{spec}}
        """);

    [Fact]
    public void Pods_get_template_defaults_and_the_pod_only_ones()
    {
        var pod = Nginx();
        pod.Spec!.Containers[0].Resources = new() { Limits = new() { ["cpu"] = "500m" } };
        pod.Spec.Containers[0].LivenessProbe = new() { HTTPGet = new() { Port = 80 } };
        Created(_strategy, pod);
        var spec = pod.Spec;
        spec.EnableServiceLinks.ShouldBe(true);
        spec.ServiceAccountName.ShouldBe("default");
        spec.DeprecatedServiceAccount.ShouldBe("default");
        spec.Priority.ShouldBe(0);
        spec.Containers[0].Resources!.Requests!["cpu"].ToString().ShouldBe("500m");
        var probe = spec.Containers[0].LivenessProbe!;
        (probe.TimeoutSeconds, probe.PeriodSeconds, probe.SuccessThreshold, probe.FailureThreshold).ShouldBe((1, 10, 1, 3));
        (probe.HTTPGet!.Path, probe.HTTPGet.Scheme).ShouldBe(("/", "HTTP"));
    }

    [Fact]
    public void Images_tagged_latest_or_untagged_are_always_pulled()
    {
        var pod = Nginx();
        pod.Spec!.Containers[0].Image = "nginx";
        Created(_strategy, pod).Spec!.Containers[0].ImagePullPolicy.ShouldBe("Always");
    }

    [Fact]
    public void Volumes_have_unique_names_and_one_source()
    {
        var pod = Nginx("""
              volumes:
              - name: cfg
                configMap:
                  name: cfg
                secret:
                  secretName: s
              - name: data
                emptyDir: {}
              - name: data
                hostPath:
                  path: /var/../etc
                  type: Folder
              - name: Bad_Name
                persistentVolumeClaim:
                  claimName: ""
            """);
        CreateErrors(_strategy, pod).ShouldBe([
            "spec.volumes[0].configMap: Forbidden: may not specify more than 1 volume type",
            "spec.volumes[2].hostPath.path: Invalid value: \"/var/../etc\": must not contain '..'",
            "spec.volumes[2].hostPath.type: Unsupported value: \"Folder\": supported values: \"\", \"BlockDevice\", \"CharDevice\", \"Directory\", \"DirectoryOrCreate\", \"File\", \"FileOrCreate\", \"Socket\"",
            "spec.volumes[2].name: Duplicate value: \"data\"",
            "spec.volumes[3].persistentVolumeClaim.claimName: Required value",
            "spec.volumes[3].name: Invalid value: \"Bad_Name\": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')",
        ]);
    }

    [Fact]
    public void A_volume_without_a_source_is_an_empty_dir()
    {
        var pod = Nginx("""
              volumes:
              - name: scratch
            """);
        Created(_strategy, pod).Spec!.Volumes![0].EmptyDir.ShouldNotBeNull();
    }

    [Fact]
    public void Mounts_refer_to_existing_volumes_at_unique_paths()
    {
        var pod = Nginx("""
              volumes:
              - name: data
                emptyDir: {}
            """);
        pod.Spec!.Containers[0].VolumeMounts =
        [
            new() { Name = "data", MountPath = "/data" },
            new() { Name = "logs", MountPath = "/data", SubPath = "/abs" },
        ];
        CreateErrors(_strategy, pod).ShouldBe([
            "spec.containers[0].volumeMounts[1].name: Not found: \"logs\"",
            "spec.containers[0].volumeMounts[1].mountPath: Invalid value: \"/data\": must be unique",
            "spec.containers[0].volumeMounts.subPath: Invalid value: \"/abs\": must be a relative path",
        ]);
    }

    [Fact]
    public void Container_names_images_and_ports()
    {
        var pod = Nginx();
        pod.Spec!.Containers.Add(new Container { Name = "nginx", Ports = [new() { ContainerPortValue = 70000, Protocol = "HTTP" }, new() { ContainerPortValue = 0, Name = "Web" }] });
        CreateErrors(_strategy, pod).ShouldBe([
            "spec.containers[1].image: Required value",
            "spec.containers[1].ports[0].containerPort: Invalid value: 70000: must be between 1 and 65535, inclusive",
            "spec.containers[1].ports[0].protocol: Unsupported value: \"HTTP\": supported values: \"SCTP\", \"TCP\", \"UDP\"",
            "spec.containers[1].ports[1].name: Invalid value: \"Web\": must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)",
            "spec.containers[1].ports[1].containerPort: Required value",
            "spec.containers[1].name: Duplicate value: \"nginx\"",
        ]);
    }

    [Fact]
    public void Host_ports_may_not_collide()
    {
        var pod = Nginx();
        pod.Spec!.Containers[0].Ports = [new() { ContainerPortValue = 80, HostPort = 8080 }];
        pod.Spec.Containers.Add(new Container { Name = "b", Image = "b", Ports = [new() { ContainerPortValue = 81, HostPort = 8080 }] });
        CreateErrors(_strategy, pod).ShouldBe(["spec.containers[1].ports[0].hostPort: Duplicate value: \"TCP//8080\""]);
    }

    [Fact]
    public void Environment_variables()
    {
        var pod = Nginx();
        pod.Spec!.Containers[0].Env =
        [
            new() { Name = "" },
            new() { Name = "A=B" },
            new() { Name = "NODE", ValueFrom = new() { FieldRef = new() { FieldPath = "spec.nodeName" } } },
            new() { Name = "BAD", ValueFrom = new() { FieldRef = new() { FieldPath = "status.foo" } } },
            new() { Name = "BOTH", Value = "x", ValueFrom = new() { ConfigMapKeyRef = new() { Name = "cfg", Key = "k" } } },
            new() { Name = "NONE", ValueFrom = new() },
        ];
        CreateErrors(_strategy, pod).ShouldBe([
            "spec.containers[0].env[0].name: Required value",
            "spec.containers[0].env[1].name: Invalid value: \"A=B\": a valid environment variable name must consist only of printable ASCII characters other than '='",
            "spec.containers[0].env[3].valueFrom.fieldRef.fieldPath: Invalid value: \"status.foo\": error converting fieldPath: field label not supported: status.foo",
            "spec.containers[0].env[4].valueFrom: Invalid value: \"\": may not be specified when `value` is not empty",
            "spec.containers[0].env[5].valueFrom: Invalid value: \"\": must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef` or `secretKeyRef`",
        ]);
        pod.Spec.Containers[0].Env![2].ValueFrom!.FieldRef!.APIVersion.ShouldBe("v1");
    }

    [Fact]
    public void Requests_may_not_exceed_limits_and_names_must_be_standard()
    {
        var pod = Nginx();
        pod.Spec!.Containers[0].Resources = new()
        {
            Requests = new() { ["cpu"] = "2", ["memory"] = "-1" },
            Limits = new() { ["cpu"] = "1", ["cpus"] = "1", ["example.com/gpu"] = "1" },
        };
        CreateErrors(_strategy, pod).ShouldBe([
            "spec.containers[0].resources.limits[cpus]: Invalid value: cpus: must be a standard resource type or fully qualified",
            "spec.containers[0].resources.limits[cpus]: Invalid value: cpus: must be a standard resource for containers",
            "spec.containers[0].resources.requests: Invalid value: \"2\": must be less than or equal to cpu limit of 1",
            "spec.containers[0].resources.requests[cpus]: Invalid value: cpus: must be a standard resource type or fully qualified",
            "spec.containers[0].resources.requests[cpus]: Invalid value: cpus: must be a standard resource for containers",
            "spec.containers[0].resources.requests[memory]: Invalid value: \"-1\": must be greater than or equal to 0",
        ]);
    }

    [Fact]
    public void Extended_resources_need_equal_requests_and_limits()
    {
        var pod = Nginx();
        pod.Spec!.Containers[0].Resources = new() { Requests = new() { ["example.com/gpu"] = "1" } };
        CreateErrors(_strategy, pod).ShouldBe(["spec.containers[0].resources.limits: Required value: Limit must be set for non overcommitable resources"]);
    }

    [Fact]
    public void Probes_need_one_handler_and_sane_thresholds()
    {
        var pod = Nginx();
        var c = pod.Spec!.Containers[0];
        c.LivenessProbe = new() { SuccessThreshold = 2, PeriodSeconds = -1 };
        c.ReadinessProbe = new() { Exec = new() { Command = ["true"] }, TCPSocket = new() { Port = "http" }, TerminationGracePeriodSeconds = 5 };
        c.StartupProbe = new() { HTTPGet = new() { Port = 0, Scheme = "FTP" } };
        CreateErrors(_strategy, pod).ShouldBe([
            "spec.containers[0].livenessProbe: Required value: must specify a handler type",
            "spec.containers[0].livenessProbe.periodSeconds: Invalid value: -1: must be greater than or equal to 0",
            "spec.containers[0].livenessProbe.successThreshold: Invalid value: 2: must be 1",
            "spec.containers[0].readinessProbe.tcpSocket: Forbidden: may not specify more than 1 handler type",
            "spec.containers[0].readinessProbe.terminationGracePeriodSeconds: Invalid value: 5: must not be set for readinessProbes",
            "spec.containers[0].startupProbe.httpGet.port: Invalid value: 0: must be between 1 and 65535, inclusive",
            "spec.containers[0].startupProbe.httpGet.scheme: Unsupported value: \"FTP\": supported values: \"HTTP\", \"HTTPS\"",
        ]);
    }

    [Fact]
    public void Init_containers_get_no_probes_unless_they_are_sidecars()
    {
        var pod = Nginx();
        pod.Spec!.InitContainers =
        [
            new() { Name = "init", Image = "busybox", ReadinessProbe = new() { Exec = new() { Command = ["true"] } } },
            new() { Name = "nginx", Image = "busybox", RestartPolicy = "OnFailure" },
        ];
        CreateErrors(_strategy, pod).ShouldBe([
            "spec.initContainers[0].readinessProbe: Forbidden: may not be set for init containers without restartPolicy=Always",
            "spec.initContainers[1].restartPolicy: Unsupported value: \"OnFailure\": supported values: \"Always\"",
            "spec.initContainers[1].name: Duplicate value: \"nginx\"",
        ]);
    }

    [Fact]
    public void Pod_level_policies_and_scheduling_fields()
    {
        var pod = Nginx();
        var spec = pod.Spec!;
        spec.RestartPolicy = "Sometimes";
        spec.DNSPolicy = "Google";
        spec.ActiveDeadlineSeconds = 0;
        spec.Hostname = "Web";
        spec.NodeSelector = new() { ["disk"] = "ss d" };
        spec.Tolerations = [new() { Operator = "Equal", Value = "x" }, new() { Key = "k", Operator = "Exists", Value = "v", TolerationSeconds = 5, Effect = "NoSchedule" }];
        var errors = CreateErrors(_strategy, pod);
        errors.ShouldContain("spec.restartPolicy: Unsupported value: \"Sometimes\": supported values: \"Always\", \"OnFailure\", \"Never\"");
        errors.ShouldContain("spec.dnsPolicy: Unsupported value: \"Google\": supported values: \"ClusterFirstWithHostNet\", \"ClusterFirst\", \"Default\", \"None\"");
        errors.ShouldContain("spec.activeDeadlineSeconds: Invalid value: 0: must be between 1 and 2147483647, inclusive");
        errors.ShouldContain(e => e.StartsWith("spec.hostname: Invalid value: \"Web\": a lowercase RFC 1123 label"));
        errors.ShouldContain(e => e.StartsWith("spec.nodeSelector: Invalid value: \"ss d\": a valid label must be"));
        errors.ShouldContain("spec.tolerations[0].operator: Invalid value: \"Equal\": operator must be Exists when `key` is empty, which means \"match all values and all keys\"");
        errors.ShouldContain("spec.tolerations[1].effect: Invalid value: \"NoSchedule\": effect must be 'NoExecute' when `tolerationSeconds` is set");
        errors.ShouldContain("spec.tolerations[1].operator: Invalid value: \"v\": value must be empty when `operator` is 'Exists'");
    }

    [Fact]
    public void Dns_none_needs_a_config()
    {
        var pod = Nginx();
        pod.Spec!.DNSPolicy = "None";
        CreateErrors(_strategy, pod).ShouldBe(["spec.dnsConfig: Required value: must provide `dnsConfig` when `dnsPolicy` is None"]);
    }

    [Fact]
    public void Pod_spec_updates_are_limited()
    {
        var stored = Created(_strategy, Nginx());
        var updated = Copy(stored);
        updated.Spec!.Containers[0].Image = "nginx:1.28";
        UpdateErrors(_strategy, stored, updated).ShouldBeEmpty();
        var renamed = Copy(stored);
        renamed.Spec!.Containers[0].Name = "web";
        UpdateErrors(_strategy, stored, renamed).ShouldBe([$"spec: Forbidden: {PodSpecUpdates.ForbiddenMessage}"]);
    }

    [Fact]
    public void Images_may_not_have_surrounding_whitespace_in_pods()
    {
        var pod = Nginx();
        pod.Spec!.Containers[0].Image = "nginx ";
        CreateErrors(_strategy, pod).ShouldBe(["spec.containers[0].image: Invalid value: \"nginx \": must not have leading or trailing whitespace"]);
    }
}
