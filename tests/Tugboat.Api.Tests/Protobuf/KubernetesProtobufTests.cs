using System.Text;
using System.Text.Json.Nodes;
using Tugboat.Api.ApiExtensions.V1;
using Tugboat.Api.Apps.V1;
using Tugboat.Api.Authentication.V1;
using Tugboat.Api.Core.V1;
using Tugboat.Api.Meta;
using Tugboat.Api.Policy.V1;
using Tugboat.Api.Protobuf;
using EventsV1 = Tugboat.Api.Events.V1;

namespace Tugboat.Api.Tests.Protobuf;

/// <summary>Decoding hand-built protobuf bodies; field numbers are written here from upstream's generated.proto.</summary>
public class KubernetesProtobufTests
{
    private static readonly Dictionary<string, string> AppWeb = new() { ["app"] = "web" };

    [Fact]
    public void Namespace()
    {
        var body = ProtoWriter.Envelope("v1", "Namespace", w => w
            .ObjectMeta(1, "team-a", labels: new Dictionary<string, string> { ["team"] = "a", ["env"] = "prod" })
            .Message(2, spec => spec.String(1, "kubernetes"))
            .Message(3, status => status.String(1, "")));

        var ns = KubernetesProtobuf.Decode<Namespace>(body);

        ns.ApiVersion.ShouldBe("v1");
        ns.Kind.ShouldBe("Namespace");
        ns.Metadata.Name.ShouldBe("team-a");
        ns.Metadata.Namespace.ShouldBeNull();
        ns.Metadata.Uid.ShouldBeNull();
        ns.Metadata.Generation.ShouldBeNull();
        ns.Metadata.CreationTimestamp.ShouldBeNull();
        ns.Metadata.Labels.ShouldBe(new Dictionary<string, string> { ["team"] = "a", ["env"] = "prod" });
        ns.Spec!.Finalizers.ShouldBe(["kubernetes"]);
        ns.Status!.Phase.ShouldBeNull();
    }

    [Fact]
    public void ConfigMap_with_data_binary_data_and_labels()
    {
        var body = ProtoWriter.Envelope("v1", "ConfigMap", w => w
            .ObjectMeta(1, "settings", "default", labels: AppWeb, annotations: new Dictionary<string, string> { ["note"] = "x" })
            .MapEntry(2, "greeting", "hello")
            .MapEntry(2, "empty", "")
            .MapEntry(2, "unicode", "grüße ✓")
            .MapEntry(3, "blob", [0, 1, 2, 255])
            .Bool(4, true));

        var configMap = KubernetesProtobuf.Decode<ConfigMap>(body);

        configMap.Metadata.Name.ShouldBe("settings");
        configMap.Metadata.Namespace.ShouldBe("default");
        configMap.Metadata.Labels.ShouldBe(AppWeb);
        configMap.Metadata.Annotations!["note"].ShouldBe("x");
        configMap.Data.ShouldBe(new Dictionary<string, string> { ["greeting"] = "hello", ["empty"] = "", ["unicode"] = "grüße ✓" });
        configMap.BinaryData!["blob"].ShouldBe(new byte[] { 0, 1, 2, 255 });
        configMap.Immutable.ShouldBe(true);
    }

    private static void Container(ProtoWriter c) => c
        .String(1, "app")
        .String(2, "registry.example/app:v2")
        .String(3, "/bin/app").String(3, "--serve")
        .String(5, "")
        .Message(6, p => p.String(1, "http").Int(2, 0).Int(3, 8080).String(4, "TCP").String(5, ""))
        .Message(6, p => p.String(1, "").Int(2, 0).Int(3, 9090).String(4, "UDP").String(5, ""))
        .Message(7, e => e.String(1, "MODE").String(2, "production"))
        .Message(7, e => e.String(1, "EMPTY").String(2, ""))
        .Message(7, e => e.String(1, "FROM_CM").String(2, "").Message(3, from => from
            .Message(3, key => key.Message(1, local => local.String(1, "settings")).String(2, "greeting").Bool(3, false))))
        .Message(8, r => r
            .MapEntry(1, "cpu", q => q.String(1, "500m"))
            .MapEntry(1, "memory", q => q.String(1, "256Mi"))
            .MapEntry(2, "cpu", q => q.String(1, "250m"))
            .MapEntry(2, "memory", q => q.String(1, "128Mi")))
        .Message(9, m => m.String(1, "data").Bool(2, true).String(3, "/data").String(4, "").String(6, ""))
        .Message(11, probe => probe
            .Message(1, handler => handler.Message(2, get => get.String(1, "/healthz").IntOrString(2, "http").String(3, "").String(4, "HTTP")))
            .Int(2, 5).Int(3, 0).Int(4, 10).Int(5, 0).Int(6, 3))
        .String(13, "").String(14, "IfNotPresent")
        .Bool(16, false).Bool(17, false).Bool(18, false)
        .String(20, "");

    [Fact]
    public void Deployment_with_a_pod_template()
    {
        var body = ProtoWriter.Envelope("apps/v1", "Deployment", w => w
            .ObjectMeta(1, "web", "prod", labels: AppWeb)
            .Message(2, spec => spec
                .Int(1, 3)
                .Message(2, selector => selector
                    .MapEntry(1, "app", "web")
                    .Message(2, req => req.String(1, "tier").String(2, "In").String(3, "fe").String(3, "be")))
                .Message(3, template => template
                    .ObjectMeta(1, "", labels: AppWeb)
                    .Message(2, pod => pod
                        .Message(1, volume => volume.String(1, "data").Message(2, source => source
                            .Message(2, emptyDir => emptyDir.String(1, "Memory").Quantity(2, "1Gi"))))
                        .Message(1, volume => volume.String(1, "config").Message(2, source => source
                            .Message(19, cm => cm
                                .Message(1, local => local.String(1, "settings"))
                                .Message(2, item => item.String(1, "greeting").String(2, "greeting.txt"))
                                .Int(3, 420))))
                        .Message(2, Container)
                        .String(3, "Always")
                        .Int(4, 30)
                        .String(6, "ClusterFirst")
                        .MapEntry(7, "disk", "ssd")
                        .String(8, "web-sa").String(9, "")
                        .String(10, "")
                        .Bool(11, false).Bool(12, false).Bool(13, false)
                        .Message(14, security => security.Int(2, 1000).Packed(4, 10, 20).Int(4, 30))
                        .String(16, "").String(17, "").String(19, "")
                        .Int(25, -5)))
                .Message(4, strategy => strategy
                    .String(1, "RollingUpdate")
                    .Message(2, rolling => rolling.IntOrString(1, 1).IntOrString(2, "25%")))
                .Int(5, 0)
                .Int(6, 10)
                .Bool(7, false))
            .Message(3, status => status.Int(1, 0).Int(2, 0).Int(3, 0).Int(4, 0).Int(5, 0).Int(7, 0)));

        var deployment = KubernetesProtobuf.Decode<Deployment>(body);

        deployment.ApiVersion.ShouldBe("apps/v1");
        deployment.Kind.ShouldBe("Deployment");
        deployment.Metadata.Namespace.ShouldBe("prod");
        var spec = deployment.Spec!;
        spec.Replicas.ShouldBe(3);
        spec.MinReadySeconds.ShouldBeNull();
        spec.RevisionHistoryLimit.ShouldBe(10);
        spec.Paused.ShouldBeNull();
        spec.ProgressDeadlineSeconds.ShouldBeNull();
        spec.Selector!.MatchLabels.ShouldBe(AppWeb);
        var requirement = spec.Selector.MatchExpressions.ShouldHaveSingleItem();
        requirement.Key.ShouldBe("tier");
        requirement.Operator.ShouldBe("In");
        requirement.Values.ShouldBe(["fe", "be"]);
        spec.Strategy!.Type.ShouldBe("RollingUpdate");
        spec.Strategy.RollingUpdate!.MaxUnavailable.ShouldBe(new IntOrString(1));
        spec.Strategy.RollingUpdate.MaxSurge.ShouldBe(new IntOrString("25%"));

        spec.Template.Metadata!.Name.ShouldBeNull();
        spec.Template.Metadata.Labels.ShouldBe(AppWeb);
        var pod = spec.Template.Spec!;
        pod.RestartPolicy.ShouldBe("Always");
        pod.TerminationGracePeriodSeconds.ShouldBe(30);
        pod.DNSPolicy.ShouldBe("ClusterFirst");
        pod.NodeSelector.ShouldBe(new Dictionary<string, string> { ["disk"] = "ssd" });
        pod.ServiceAccountName.ShouldBe("web-sa");
        pod.DeprecatedServiceAccount.ShouldBeNull();
        pod.NodeName.ShouldBeNull();
        pod.HostNetwork.ShouldBeNull();
        pod.Priority.ShouldBe(-5);
        pod.SecurityContext!.RunAsUser.ShouldBe(1000);
        pod.SecurityContext.SupplementalGroups.ShouldBe([10L, 20L, 30L]);

        pod.Volumes!.Count.ShouldBe(2);
        pod.Volumes[0].Name.ShouldBe("data");
        pod.Volumes[0].EmptyDir!.Medium.ShouldBe("Memory");
        pod.Volumes[0].EmptyDir!.SizeLimit.ShouldBe(new Quantity("1Gi"));
        pod.Volumes[1].Name.ShouldBe("config");
        pod.Volumes[1].ConfigMap!.Name.ShouldBe("settings");
        pod.Volumes[1].ConfigMap!.DefaultMode.ShouldBe(420);
        var item = pod.Volumes[1].ConfigMap!.Items.ShouldHaveSingleItem();
        item.Key.ShouldBe("greeting");
        item.Path.ShouldBe("greeting.txt");

        var container = pod.Containers.ShouldHaveSingleItem();
        container.Name.ShouldBe("app");
        container.Image.ShouldBe("registry.example/app:v2");
        container.Command.ShouldBe(["/bin/app", "--serve"]);
        container.WorkingDir.ShouldBeNull();
        container.ImagePullPolicy.ShouldBe("IfNotPresent");
        container.TerminationMessagePath.ShouldBeNull();
        container.Stdin.ShouldBeNull();
        container.TTY.ShouldBeNull();
        container.Ports!.Count.ShouldBe(2);
        container.Ports[0].Name.ShouldBe("http");
        container.Ports[0].ContainerPortValue.ShouldBe(8080);
        container.Ports[0].HostPort.ShouldBeNull();
        container.Ports[0].Protocol.ShouldBe("TCP");
        container.Ports[0].HostIP.ShouldBeNull();
        container.Ports[1].Name.ShouldBeNull();
        container.Ports[1].ContainerPortValue.ShouldBe(9090);
        container.Ports[1].Protocol.ShouldBe("UDP");
        container.Env!.Count.ShouldBe(3);
        container.Env[0].Name.ShouldBe("MODE");
        container.Env[0].Value.ShouldBe("production");
        container.Env[1].Value.ShouldBeNull();
        container.Env[2].ValueFrom!.ConfigMapKeyRef!.Name.ShouldBe("settings");
        container.Env[2].ValueFrom!.ConfigMapKeyRef!.Key.ShouldBe("greeting");
        container.Env[2].ValueFrom!.ConfigMapKeyRef!.Optional.ShouldBe(false);
        container.Resources!.Limits!["cpu"].ShouldBe(new Quantity("500m"));
        container.Resources.Limits["memory"].ShouldBe(new Quantity("256Mi"));
        container.Resources.Requests!["cpu"].ShouldBe(new Quantity("250m"));
        container.Resources.Requests["memory"].ToString().ShouldBe("128Mi");
        var mount = container.VolumeMounts.ShouldHaveSingleItem();
        mount.Name.ShouldBe("data");
        mount.ReadOnly.ShouldBe(true);
        mount.MountPath.ShouldBe("/data");
        mount.SubPath.ShouldBeNull();
        var probe = container.ReadinessProbe!;
        probe.HTTPGet!.Path.ShouldBe("/healthz");
        probe.HTTPGet.Port.ShouldBe(new IntOrString("http"));
        probe.HTTPGet.Host.ShouldBeNull();
        probe.HTTPGet.Scheme.ShouldBe("HTTP");
        probe.InitialDelaySeconds.ShouldBe(5);
        probe.TimeoutSeconds.ShouldBeNull();
        probe.PeriodSeconds.ShouldBe(10);
        probe.FailureThreshold.ShouldBe(3);

        deployment.Status!.Replicas.ShouldBeNull();
        deployment.Status.ObservedGeneration.ShouldBeNull();
    }

    [Fact]
    public void Service_with_int_or_string_target_ports()
    {
        var body = ProtoWriter.Envelope("v1", "Service", w => w
            .ObjectMeta(1, "web", "default")
            .Message(2, spec => spec
                .Message(1, port => port.String(1, "http").String(2, "TCP").Int(3, 80).IntOrString(4, 8080).Int(5, 0))
                .Message(1, port => port.String(1, "https").String(2, "TCP").String(6, "https").Int(3, 443).IntOrString(4, "tls").Int(5, 30443))
                .MapEntry(2, "app", "web")
                .String(3, "10.0.0.10")
                .String(18, "10.0.0.10")
                .String(4, "NodePort")
                .String(7, "ClientIP")
                .Message(14, affinity => affinity.Message(1, client => client.Int(1, 10800)))
                .String(19, "IPv4")
                .String(17, "SingleStack")
                .Bool(20, false))
            .Message(3, status => status.Message(1, _ => { })));

        var service = KubernetesProtobuf.Decode<Service>(body);

        var spec = service.Spec!;
        spec.Ports!.Count.ShouldBe(2);
        spec.Ports[0].Name.ShouldBe("http");
        spec.Ports[0].Port.ShouldBe(80);
        spec.Ports[0].TargetPort.ShouldBe(new IntOrString(8080));
        spec.Ports[0].TargetPort!.IsInt.ShouldBeTrue();
        spec.Ports[0].NodePort.ShouldBeNull();
        spec.Ports[0].AppProtocol.ShouldBeNull();
        spec.Ports[1].TargetPort.ShouldBe(new IntOrString("tls"));
        spec.Ports[1].NodePort.ShouldBe(30443);
        spec.Ports[1].AppProtocol.ShouldBe("https");
        spec.Selector.ShouldBe(AppWeb);
        spec.ClusterIP.ShouldBe("10.0.0.10");
        spec.ClusterIPs.ShouldBe(["10.0.0.10"]);
        spec.Type.ShouldBe("NodePort");
        spec.SessionAffinity.ShouldBe("ClientIP");
        spec.SessionAffinityConfig!.ClientIP!.TimeoutSeconds.ShouldBe(10800);
        spec.IPFamilies.ShouldBe(["IPv4"]);
        spec.IPFamilyPolicy.ShouldBe("SingleStack");
        spec.AllocateLoadBalancerNodePorts.ShouldBe(false); // a pointer: false is kept
        service.Status!.LoadBalancer.ShouldNotBeNull();
    }

    [Fact]
    public void Secret_with_byte_data()
    {
        byte[] key = [0x00, 0x10, 0x7f, 0x80, 0xff];
        var body = ProtoWriter.Envelope("v1", "Secret", w => w
            .ObjectMeta(1, "tls", "default")
            .MapEntry(2, "tls.key", key)
            .MapEntry(2, "user", Encoding.UTF8.GetBytes("admin"))
            .MapEntry(2, "empty", [])
            .MapEntry(4, "plain", "text")
            .String(3, "kubernetes.io/tls")
            .Bool(5, false));

        var secret = KubernetesProtobuf.Decode<Secret>(body);

        secret.Data!["tls.key"].ShouldBe(key);
        Encoding.UTF8.GetString(secret.Data["user"]).ShouldBe("admin");
        secret.Data["empty"].ShouldBeEmpty();
        secret.StringData.ShouldBe(new Dictionary<string, string> { ["plain"] = "text" });
        secret.Type.ShouldBe("kubernetes.io/tls");
        secret.Immutable.ShouldBe(false);
    }

    [Fact]
    public void Unpacked_and_packed_repeated_scalars_are_both_read()
    {
        var unpacked = new ProtoWriter().Int(4, 1).Int(4, 2).Int(4, 3).ToArray();
        var packed = new ProtoWriter().Packed(4, 1, 2, 3).ToArray();
        KubernetesProtobuf.DecodeMessage(unpacked, typeof(PodSecurityContext)).ShouldBeOfType<PodSecurityContext>().SupplementalGroups.ShouldBe([1L, 2L, 3L]);
        KubernetesProtobuf.DecodeMessage(packed, typeof(PodSecurityContext)).ShouldBeOfType<PodSecurityContext>().SupplementalGroups.ShouldBe([1L, 2L, 3L]);
    }

    [Fact]
    public void Negative_int32_written_as_a_ten_byte_varint()
    {
        var message = new ProtoWriter().Int(25, -1).ToArray();
        message.Length.ShouldBe(2 + 10); // two-byte key, ten-byte value
        ((PodSpec)KubernetesProtobuf.DecodeMessage(message, typeof(PodSpec))).Priority.ShouldBe(-1);
        var min = new ProtoWriter().Int(25, int.MinValue).ToArray();
        ((PodSpec)KubernetesProtobuf.DecodeMessage(min, typeof(PodSpec))).Priority.ShouldBe(int.MinValue);
    }

    [Fact]
    public void Unknown_fields_of_every_wire_type_are_skipped()
    {
        var body = ProtoWriter.Envelope("v1", "ConfigMap", w => w
            .Int(99, 12345)
            .Double(98, 1.5)
            .Tag(97, 5).RawBytes(1, 2, 3, 4)
            .String(96, "ignored")
            .Tag(95, 3).Int(1, 7).String(2, "in a group").Tag(95, 4)
            .ObjectMeta(1, "cm")
            .MapEntry(2, "k", "v"));

        var configMap = KubernetesProtobuf.Decode<ConfigMap>(body);

        configMap.Metadata.Name.ShouldBe("cm");
        configMap.Data!["k"].ShouldBe("v");
    }

    [Fact]
    public void Envelope_fields_after_the_object_and_unknown_envelope_fields_are_fine()
    {
        var raw = new ProtoWriter().ObjectMeta(1, "late").ToArray();
        var unknown = new ProtoWriter()
            .Bytes(2, raw)
            .String(9, "future")
            .Message(1, t => t.String(2, "ConfigMap").String(1, "v1").Int(3, 1));
        byte[] body = [.. "k8s\0"u8, .. unknown.ToArray()];

        KubernetesProtobuf.TryReadTypeMeta(body, out var apiVersion, out var kind).ShouldBeTrue();
        apiVersion.ShouldBe("v1");
        kind.ShouldBe("ConfigMap");
        var configMap = KubernetesProtobuf.Decode<ConfigMap>(body);
        configMap.Metadata.Name.ShouldBe("late");
        configMap.ApiVersion.ShouldBe("v1");
        configMap.Kind.ShouldBe("ConfigMap");
    }

    [Fact]
    public void A_message_field_that_appears_twice_is_merged()
    {
        var body = ProtoWriter.Envelope("v1", "ConfigMap", w => w
            .Message(1, m => m.String(1, "first").MapEntry(11, "a", "1"))
            .Message(1, m => m.String(3, "ns").MapEntry(11, "b", "2")));

        var configMap = KubernetesProtobuf.Decode<ConfigMap>(body);

        configMap.Metadata.Name.ShouldBe("first");
        configMap.Metadata.Namespace.ShouldBe("ns");
        configMap.Metadata.Labels.ShouldBe(new Dictionary<string, string> { ["a"] = "1", ["b"] = "2" });
    }

    [Fact]
    public void Times_keep_whole_seconds_and_micro_times_keep_microseconds()
    {
        var created = new DateTimeOffset(2024, 5, 1, 10, 0, 0, TimeSpan.Zero);
        var body = ProtoWriter.Envelope("events.k8s.io/v1", "Event", w => w
            .Message(1, m => m.String(1, "ev").Time(8, created, nanos: 999_999_999).Time(9, created.AddHours(1)))
            .Time(2, created, nanos: 123_456_789)
            .String(4, "kubelet")
            .Int(15, 0));

        var ev = KubernetesProtobuf.Decode<EventsV1.Event>(body);

        ev.Metadata.CreationTimestamp.ShouldBe(created);
        ev.Metadata.DeletionTimestamp.ShouldBe(created.AddHours(1));
        ev.EventTime.ShouldBe(created.AddTicks(1_234_560));
        ev.ReportingController.ShouldBe("kubelet");
        ev.DeprecatedCount.ShouldBeNull();
    }

    [Fact]
    public void Raw_extension_and_fields_v1_hold_json()
    {
        var body = ProtoWriter.Envelope("apps/v1", "ControllerRevision", w => w
            .Message(1, m => m
                .String(1, "web-1")
                .Message(17, entry => entry
                    .String(1, "kubectl").String(2, "Update").String(3, "apps/v1").String(6, "FieldsV1")
                    .RawJson(7, """{"f:data":{}}""")))
            .RawJson(2, """{"spec":{"template":{"$patch":"replace"}},"n":1}""")
            .Int(3, 7));

        var revision = KubernetesProtobuf.Decode<ControllerRevision>(body);

        revision.Revision.ShouldBe(7);
        revision.Data!["n"]!.GetValue<int>().ShouldBe(1);
        revision.Data["spec"]!["template"]!["$patch"]!.GetValue<string>().ShouldBe("replace");
        var managed = revision.Metadata.ManagedFields.ShouldHaveSingleItem();
        managed.Manager.ShouldBe("kubectl");
        managed.Operation.ShouldBe("Update");
        managed.FieldsType.ShouldBe("FieldsV1");
        managed.FieldsV1!.ContainsKey("f:data").ShouldBeTrue();
    }

    [Fact]
    public void Custom_resource_definition_schema_unions_and_raw_json()
    {
        static void StringSchema(ProtoWriter s) => s.String(5, "string");
        var body = ProtoWriter.Envelope("apiextensions.k8s.io/v1", "CustomResourceDefinition", w => w
            .ObjectMeta(1, "widgets.example.com")
            .Message(2, spec => spec
                .String(1, "example.com")
                .Message(3, names => names.String(1, "widgets").String(2, "widget").String(4, "Widget").String(5, "WidgetList"))
                .String(4, "Namespaced")
                .Message(7, version => version
                    .String(1, "v1").Bool(2, true).Bool(3, true)
                    .Message(4, validation => validation.Message(1, schema => schema
                        .String(5, "object")
                        .MapEntry(29, "size", s => s.String(5, "integer").Double(9, 10.5).RawJson(8, "3"))
                        .MapEntry(29, "color", s => s.String(5, "string").RawJson(20, "\"red\"").RawJson(20, "\"blue\""))
                        .MapEntry(29, "tags", s => s.String(5, "array").Message(24, orArray => orArray.Message(1, StringSchema)))
                        .MapEntry(29, "labels", s => s.String(5, "object").Message(30, orBool => orBool.Bool(1, true).Message(2, StringSchema)))
                        .MapEntry(29, "closed", s => s.String(5, "object").Message(30, orBool => orBool.Bool(1, false)))
                        .MapEntry(29, "open", s => s.String(5, "object").Message(30, orBool => orBool.Bool(1, true)))
                        .MapEntry(29, "tuple", s => s.String(5, "array").Message(24, orArray => orArray.Message(2, StringSchema).Message(2, StringSchema)))
                        .MapEntry(32, "size", dep => dep.String(2, "color").String(2, "tags"))
                        .Bool(38, true))))));

        var crd = KubernetesProtobuf.Decode<CustomResourceDefinition>(body);

        crd.Spec.Group.ShouldBe("example.com");
        crd.Spec.Names.Kind.ShouldBe("Widget");
        var version = crd.Spec.Versions.ShouldHaveSingleItem();
        version.Served.ShouldBeTrue();
        var schema = version.Schema!.OpenAPIV3Schema!;
        schema.Type.ShouldBe("object");
        schema.XPreserveUnknownFields.ShouldBe(true);
        var properties = schema.Properties!;
        properties["size"].Maximum.ShouldBe(10.5);
        properties["size"].Default!.GetValue<int>().ShouldBe(3);
        properties["color"].Enum!.Select(e => e!.GetValue<string>()).ShouldBe(["red", "blue"]);
        JsonNode.DeepEquals(properties["tags"].Items, JsonNode.Parse("""{"type":"string"}""")).ShouldBeTrue();
        JsonNode.DeepEquals(properties["tuple"].Items, JsonNode.Parse("""[{"type":"string"},{"type":"string"}]""")).ShouldBeTrue();
        JsonNode.DeepEquals(properties["labels"].AdditionalProperties, JsonNode.Parse("""{"type":"string"}""")).ShouldBeTrue();
        properties["closed"].AdditionalProperties!.GetValue<bool>().ShouldBeFalse();
        properties["open"].AdditionalProperties!.GetValue<bool>().ShouldBeTrue();
        JsonNode.DeepEquals(schema.Dependencies!["size"], JsonNode.Parse("""["color","tags"]""")).ShouldBeTrue();
    }

    [Fact]
    public void Maps_of_string_lists_and_of_times()
    {
        var when = new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.Zero);
        var review = ProtoWriter.Envelope("authentication.k8s.io/v1", "TokenReview", w => w
            .Message(2, spec => spec.String(1, "tok"))
            .Message(3, status => status
                .Bool(1, true)
                .Message(2, user => user
                    .String(1, "alice").String(2, "")
                    .String(3, "devs")
                    .MapEntry(4, "scopes", extra => extra.String(1, "read").String(1, "write")))));
        var tokenReview = KubernetesProtobuf.Decode<TokenReview>(review);
        tokenReview.Spec.Token.ShouldBe("tok");
        tokenReview.Status!.Authenticated.ShouldBe(true);
        tokenReview.Status.User!.Username.ShouldBe("alice");
        tokenReview.Status.User.Uid.ShouldBeNull();
        tokenReview.Status.User.Groups.ShouldBe(["devs"]);
        tokenReview.Status.User.Extra!["scopes"].ShouldBe(["read", "write"]);

        var pdb = ProtoWriter.Envelope("policy/v1", "PodDisruptionBudget", w => w
            .Message(2, spec => spec.IntOrString(3, 1))
            .Message(3, status => status
                .Int(1, 4)
                .MapEntry(2, "web-0", t => t.Int(1, when.ToUnixTimeSeconds()))
                .Int(3, 0).Int(4, 2).Int(5, 2).Int(6, 3)
                .Message(7, c => c.String(1, "DisruptionAllowed").String(2, "False").Int(3, 4).Time(4, when).String(5, "InsufficientPods").String(6, ""))));
        var budget = KubernetesProtobuf.Decode<PodDisruptionBudget>(pdb);
        budget.Spec!.MaxUnavailable.ShouldBe(new IntOrString(1));
        budget.Status!.ObservedGeneration.ShouldBe(4);
        budget.Status.DisruptedPods!["web-0"].ShouldBe(when);
        budget.Status.DisruptionsAllowed.ShouldBe(0);
        budget.Status.ExpectedPods.ShouldBe(3);
        var condition = budget.Status.Conditions.ShouldHaveSingleItem();
        condition.Type.ShouldBe("DisruptionAllowed");
        condition.ObservedGeneration.ShouldBe(4);
        condition.LastTransitionTime.ShouldBe(when);
        condition.Message.ShouldBe("");
    }

    [Fact]
    public void Delete_options_keep_a_zero_grace_period()
    {
        var body = ProtoWriter.Envelope("v1", "DeleteOptions", w => w
            .Int(1, 0)
            .Message(2, p => p.String(1, "uid-1"))
            .String(4, "Foreground")
            .String(5, "All"));

        var options = KubernetesProtobuf.Decode<DeleteOptions>(body);

        options.ApiVersion.ShouldBe("v1");
        options.Kind.ShouldBe("DeleteOptions");
        options.GracePeriodSeconds.ShouldBe(0);
        options.Preconditions!.Uid.ShouldBe("uid-1");
        options.Preconditions.ResourceVersion.ShouldBeNull();
        options.PropagationPolicy.ShouldBe("Foreground");
        options.DryRun.ShouldBe(["All"]);
    }

    [Theory]
    [InlineData("application/vnd.kubernetes.protobuf", true)]
    [InlineData("application/vnd.kubernetes.protobuf; charset=utf-8", true)]
    [InlineData("Application/VND.Kubernetes.Protobuf", true)]
    [InlineData("application/vnd.kubernetes.protobuf;stream=watch", true)]
    [InlineData("application/json", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Recognizes_the_media_type(string? contentType, bool expected) =>
        KubernetesProtobuf.IsMediaType(contentType).ShouldBe(expected);

    public static TheoryData<string, byte[]> Malformed()
    {
        var meta = new ProtoWriter().ObjectMeta(1, "x").ToArray();
        var good = ProtoWriter.Envelope("v1", "ConfigMap", meta);
        return new TheoryData<string, byte[]>
        {
            { "no magic", Encoding.UTF8.GetBytes("""{"kind":"ConfigMap"}""") },
            { "empty", [] },
            { "magic only of a different kind", [.. "k8s\u0001"u8, 0x0a, 0x00] },
            { "truncated envelope", good[..^5] },
            { "truncated varint", [.. "k8s\0"u8, 0x12, 0x80] },
            { "length past the end", [.. "k8s\0"u8, 0x12, 0x05, 0x0a] },
            { "field number zero", [.. "k8s\0"u8, 0x02, 0x00] },
            { "invalid wire type", [.. "k8s\0"u8, 0x0f] },
            { "varint longer than ten bytes", [.. "k8s\0"u8, 0x08, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01] },
            { "string field sent as varint", ProtoWriter.Envelope("v1", "ConfigMap", w => w.Message(1, m => m.Int(1, 5))) },
            { "message field sent as varint", ProtoWriter.Envelope("v1", "ConfigMap", w => w.Int(1, 5)) },
            { "bad quantity", ProtoWriter.Envelope("v1", "ResourceQuota", w => w.Message(2, s => s.MapEntry(1, "cpu", q => q.String(1, "lots")))) },
            { "bad int-or-string type", ProtoWriter.Envelope("v1", "Service", w => w.Message(2, s => s.Message(1, p => p.Int(3, 80).Message(4, v => v.Int(1, 7))))) },
            { "bad raw json", ProtoWriter.Envelope("apps/v1", "ControllerRevision", w => w.RawJson(2, "{not json")) },
            { "raw json that is not an object", ProtoWriter.Envelope("apps/v1", "ControllerRevision", w => w.RawJson(2, "[1,2]")) },
            { "unterminated group", ProtoWriter.Envelope("v1", "ConfigMap", w => w.Tag(50, 3).Int(1, 1)) },
            { "stray end group", ProtoWriter.Envelope("v1", "ConfigMap", w => w.Tag(50, 4)) },
            { "gzip content encoding", new ProtoWriter().RawBytes([.. "k8s\0"u8]).Bytes(2, meta).String(3, "gzip").ToArray() },
            { "json content type", new ProtoWriter().RawBytes([.. "k8s\0"u8]).Bytes(2, meta).String(4, "application/json").ToArray() },
        };
    }

    [Theory]
    [MemberData(nameof(Malformed))]
    public void Malformed_input_is_a_format_exception(string what, byte[] body)
    {
        var type = what switch
        {
            "bad quantity" => typeof(ResourceQuota),
            "bad int-or-string type" => typeof(Service),
            "bad raw json" or "raw json that is not an object" => typeof(ControllerRevision),
            _ => typeof(ConfigMap),
        };
        var ex = Should.Throw<FormatException>(() => KubernetesProtobuf.Decode(body, type));
        ex.Message.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public void Errors_name_the_field_path()
    {
        var body = ProtoWriter.Envelope("v1", "ResourceQuota", w => w.Message(2, s => s.MapEntry(1, "cpu", q => q.String(1, "lots"))));
        var ex = Should.Throw<FormatException>(() => KubernetesProtobuf.Decode<ResourceQuota>(body));
        ex.Message.ShouldContain("ResourceQuota");
        ex.Message.ShouldContain("spec.hard");
    }

    [Fact]
    public void Deep_nesting_is_rejected_without_overflowing_the_stack()
    {
        // JSONSchemaProps.not (28) nested far deeper than any real schema.
        var inner = Array.Empty<byte>();
        for (var i = 0; i < 5000; i++) inner = new ProtoWriter().Bytes(28, inner).ToArray();
        Should.Throw<FormatException>(() => KubernetesProtobuf.DecodeMessage(inner, typeof(JSONSchemaProps)));

        var groups = new ProtoWriter();
        for (var i = 0; i < 5000; i++) groups.Tag(50, 3);
        Should.Throw<FormatException>(() => KubernetesProtobuf.DecodeMessage(groups.ToArray(), typeof(ConfigMap)));
    }

    [Fact]
    public void TryReadTypeMeta_is_false_for_anything_but_an_envelope()
    {
        KubernetesProtobuf.TryReadTypeMeta("{}"u8, out var apiVersion, out var kind).ShouldBeFalse();
        apiVersion.ShouldBe("");
        kind.ShouldBe("");
        KubernetesProtobuf.TryReadTypeMeta([.. "k8s\0"u8, 0x0a, 0x09], out _, out _).ShouldBeFalse();
        KubernetesProtobuf.HasMagic("k8s"u8).ShouldBeFalse();
    }

    [Fact]
    public void An_envelope_without_type_meta_leaves_api_version_and_kind_unset()
    {
        var body = ProtoWriter.Envelope("", "", w => w.ObjectMeta(1, "cm"));
        var configMap = KubernetesProtobuf.Decode<ConfigMap>(body);
        configMap.ApiVersion.ShouldBeNull();
        configMap.Kind.ShouldBeNull();
        configMap.Metadata.Name.ShouldBe("cm");
    }
}
