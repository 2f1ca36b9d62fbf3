using System.Text.Json.Nodes;
using Tugboat.Api.Apps.V1;
using Tugboat.Api.Authentication.V1;
using Tugboat.Api.Authorization.V1;
using Tugboat.Api.Core.V1;
using Tugboat.Api.Json;
using Tugboat.Api.Meta;
using Tugboat.Api.Networking.V1;
using Tugboat.Api.Policy.V1;
using Tugboat.Api.Protobuf;

namespace Tugboat.Api.Tests.Protobuf;

/// <summary>Real kubectl protobuf bodies decode to the same object as the JSON kubectl prints for the same command.</summary>
public class KubectlCaptureTests
{
    public static TheoryData<string> WithDryRunJson() => new(KubectlCaptures.All.Where(c => c.DryRunJson is not null).Select(c => c.Name));

    private static KubectlCaptures.Capture Get(string name) => KubectlCaptures.All.Single(c => c.Name == name);

    [Theory]
    [MemberData(nameof(WithDryRunJson))]
    public void Decodes_like_the_json_of_the_same_command(string name)
    {
        var capture = Get(name);
        var decoded = KubernetesProtobuf.Decode(capture.Bytes, capture.Type);
        var fromJson = ApiJson.Deserialize(System.Text.Encoding.UTF8.GetBytes(capture.DryRunJson!), capture.Type);

        var actual = JsonNode.Parse(ApiJson.Serialize(decoded));
        var expected = JsonNode.Parse(ApiJson.Serialize(fromJson));
        // The JSON printed by --dry-run carries the namespace kubectl resolved; the body does too, except for cluster-scoped kinds.
        if (!JsonNode.DeepEquals(expected, actual))
            Assert.Fail($"{capture.Command}\nexpected: {expected!.ToJsonString()}\nactual:   {actual!.ToJsonString()}");
    }

    [Theory]
    [MemberData(nameof(WithDryRunJson))]
    public void Reads_type_meta_from_the_envelope(string name)
    {
        var capture = Get(name);
        KubernetesProtobuf.HasMagic(capture.Bytes).ShouldBeTrue();
        KubernetesProtobuf.TryReadTypeMeta(capture.Bytes, out var apiVersion, out var kind).ShouldBeTrue();
        var json = JsonNode.Parse(capture.DryRunJson!)!;
        apiVersion.ShouldBe((string)json["apiVersion"]!);
        kind.ShouldBe((string)json["kind"]!);
    }

    [Fact]
    public void Namespace_from_kubectl_create_namespace()
    {
        var ns = KubernetesProtobuf.Decode<Namespace>(Get("Namespace").Bytes);
        ns.ApiVersion.ShouldBe("v1");
        ns.Kind.ShouldBe("Namespace");
        ns.Metadata.Name.ShouldBe("foo");
        ns.Metadata.Namespace.ShouldBeNull();
        ns.Metadata.GenerateName.ShouldBeNull();
        ns.Metadata.Generation.ShouldBeNull();
        ns.Metadata.CreationTimestamp.ShouldBeNull();
        ns.Spec.ShouldNotBeNull();
        ns.Status.ShouldNotBeNull();
        ns.Status.Phase.ShouldBeNull();
    }

    [Fact]
    public void Deployment_from_kubectl_create_deployment()
    {
        var deployment = KubernetesProtobuf.Decode<Deployment>(Get("Deployment").Bytes);
        deployment.Spec!.Replicas.ShouldBe(3);
        deployment.Spec.Selector!.MatchLabels!["app"].ShouldBe("web");
        deployment.Spec.Strategy!.Type.ShouldBeNull();
        deployment.Spec.MinReadySeconds.ShouldBeNull();
        deployment.Spec.Paused.ShouldBeNull();
        var container = deployment.Spec.Template.Spec!.Containers.ShouldHaveSingleItem();
        container.Name.ShouldBe("nginx");
        container.Image.ShouldBe("nginx:1.27");
        container.Stdin.ShouldBeNull();
        var port = container.Ports.ShouldHaveSingleItem();
        port.ContainerPortValue.ShouldBe(80);
        port.HostPort.ShouldBeNull();
        port.Protocol.ShouldBeNull();
        deployment.Status!.Replicas.ShouldBeNull();
    }

    [Fact]
    public void Service_from_kubectl_create_service_has_int_and_string_target_ports()
    {
        var service = KubernetesProtobuf.Decode<Service>(Get("Service").Bytes);
        var ports = service.Spec!.Ports!;
        ports.Count.ShouldBe(2);
        ports[0].Port.ShouldBe(80);
        ports[0].TargetPort.ShouldBe(new IntOrString(8080));
        ports[1].Port.ShouldBe(443);
        ports[1].TargetPort.ShouldBe(new IntOrString("https"));
        ports[1].NodePort.ShouldBeNull();
        service.Spec.Type.ShouldBe("ClusterIP");
        service.Spec.ClusterIP.ShouldBeNull();
    }

    [Fact]
    public void ResourceQuota_from_kubectl_create_quota_has_quantities()
    {
        var quota = KubernetesProtobuf.Decode<ResourceQuota>(Get("ResourceQuota").Bytes);
        var hard = quota.Spec!.Hard!;
        hard["cpu"].ShouldBe(new Quantity("1500m"));
        hard["memory"].ShouldBe(new Quantity("2Gi"));
        hard["pods"].ShouldBe(new Quantity("10"));
    }

    [Fact]
    public void PodDisruptionBudget_from_kubectl_has_a_percentage()
    {
        var pdb = KubernetesProtobuf.Decode<PodDisruptionBudget>(Get("PodDisruptionBudget").Bytes);
        pdb.Spec!.MinAvailable.ShouldBe(new IntOrString("50%"));
        pdb.Spec.Selector!.MatchLabels!["app"].ShouldBe("web");
    }

    [Fact]
    public void Ingress_from_kubectl_create_ingress_reads_the_embedded_rule_value()
    {
        var ingress = KubernetesProtobuf.Decode<Ingress>(Get("Ingress").Bytes);
        var rule = ingress.Spec!.Rules.ShouldHaveSingleItem();
        rule.Host.ShouldBe("foo.example.com");
        var path = rule.Http!.Paths.ShouldHaveSingleItem();
        path.Path.ShouldBe("/bar");
        path.PathType.ShouldBe("Prefix");
        path.Backend.Service!.Name.ShouldBe("svc");
        path.Backend.Service.Port!.Number.ShouldBe(8080);
        ingress.Spec.Tls.ShouldHaveSingleItem().SecretName.ShouldBe("cert");
    }

    [Fact]
    public void TokenRequest_from_kubectl_create_token()
    {
        var capture = Get("TokenRequest");
        KubernetesProtobuf.TryReadTypeMeta(capture.Bytes, out var apiVersion, out var kind).ShouldBeTrue();
        apiVersion.ShouldBe("authentication.k8s.io/v1");
        kind.ShouldBe("TokenRequest");
        var request = KubernetesProtobuf.Decode<TokenRequest>(capture.Bytes);
        request.Metadata.Name.ShouldBeNull();
        request.Spec.ExpirationSeconds.ShouldBe(600);
        request.Spec.Audiences.ShouldBeNull();
        request.Spec.BoundObjectRef.ShouldBeNull();
        request.Status!.Token.ShouldBe("");
        request.Status.ExpirationTimestamp.ShouldBeNull();
    }

    [Fact]
    public void Secret_from_kubectl_create_secret_has_byte_data()
    {
        var secret = KubernetesProtobuf.Decode<Secret>(Get("Secret").Bytes);
        System.Text.Encoding.UTF8.GetString(secret.Data!["user"]).ShouldBe("admin");
        System.Text.Encoding.UTF8.GetString(secret.Data["pass"]).ShouldBe("s3cr3t!");
        secret.Type.ShouldBeNull();
        secret.Metadata.Namespace.ShouldBe("default");
        secret.Metadata.ShouldBeOfType<ObjectMeta>();
    }

    [Fact]
    public void SelfSubjectAccessReview_from_kubectl_auth_can_i()
    {
        var review = KubernetesProtobuf.Decode<SelfSubjectAccessReview>(Get("SelfSubjectAccessReview").Bytes);
        review.ApiVersion.ShouldBe("authorization.k8s.io/v1");
        review.Kind.ShouldBe("SelfSubjectAccessReview");
        var attributes = review.Spec.ResourceAttributes!;
        attributes.Namespace.ShouldBe("default");
        attributes.Verb.ShouldBe("get");
        attributes.Group.ShouldBeNull();
        attributes.Version.ShouldBeNull();
        attributes.Resource.ShouldBe("pods");
        attributes.Subresource.ShouldBe("log");
        attributes.Name.ShouldBeNull();
        review.Spec.NonResourceAttributes.ShouldBeNull();
        review.Status!.Allowed.ShouldBeFalse();
        review.Status.Denied.ShouldBeNull();
        review.Status.Reason.ShouldBeNull();
    }

    [Fact]
    public void SelfSubjectReview_from_kubectl_auth_whoami()
    {
        var review = KubernetesProtobuf.Decode<SelfSubjectReview>(Get("SelfSubjectReview").Bytes);
        review.Kind.ShouldBe("SelfSubjectReview");
        review.Metadata.Name.ShouldBeNull();
        review.Status!.UserInfo!.Username.ShouldBeNull();
        review.Status.UserInfo.Groups.ShouldBeNull();
    }
}
