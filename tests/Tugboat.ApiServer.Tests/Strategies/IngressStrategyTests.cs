using Tugboat.Api.Networking.V1;
using Tugboat.ApiServer.Strategies;
using static Tugboat.ApiServer.Tests.Strategies.StrategyFixture;

namespace Tugboat.ApiServer.Tests.Strategies;

public class IngressStrategyTests
{
    private readonly IngressStrategy _strategy = new();

    private static Ingress Minimal() => Yaml<Ingress>("""
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata:
          name: minimal-ingress
        spec:
          ingressClassName: nginx-example
          rules:
          - http:
              paths:
              - path: /testpath
                pathType: Prefix
                backend:
                  service:
                    name: test
                    port:
                      number: 80
        """);

    [Fact]
    public void The_tutorial_ingress_is_valid() => CreateErrors(_strategy, Minimal()).ShouldBeEmpty();

    [Fact]
    public void Paths_need_a_path_type_and_absolute_paths()
    {
        var ing = Minimal();
        var paths = ing.Spec!.Rules![0].Http!.Paths!;
        paths[0].PathType = null;
        paths.Add(new() { Path = "foo", PathType = "Prefix", Backend = new() { Service = new() { Name = "Test" } } });
        paths.Add(new() { Path = "/a//b", PathType = "Exact", Backend = new() { Service = new() { Name = "t", Port = new() { Name = "http", Number = 80 } } } });
        paths.Add(new() { Path = "/", PathType = "Regex", Backend = new() });
        CreateErrors(_strategy, ing).ShouldBe([
            "spec.rules[0].http.paths[0].pathType: Required value: pathType must be specified",
            "spec.rules[0].http.paths[1].path: Invalid value: \"foo\": must be an absolute path",
            "spec.rules[0].http.paths[1].backend.service.name: Invalid value: \"Test\": a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')",
            "spec.rules[0].http.paths[1].backend: Required value: port name or number is required",
            "spec.rules[0].http.paths[2].path: Invalid value: \"/a//b\": must not contain '//'",
            "spec.rules[0].http.paths[2].backend: Invalid value: \"\": cannot set both port name & port number",
            "spec.rules[0].http.paths[3].pathType: Unsupported value: \"Regex\": supported values: \"Exact\", \"ImplementationSpecific\", \"Prefix\"",
            "spec.rules[0].http.paths[3].backend: Invalid value: \"\": resource or service backend is required",
        ]);
    }

    [Fact]
    public void Rules_or_a_default_backend_and_valid_hosts()
    {
        var empty = Minimal();
        empty.Spec!.Rules = null;
        CreateErrors(_strategy, empty).ShouldBe(["spec: Invalid value: []networking.IngressRule(nil): either `defaultBackend` or `rules` must be specified"]);
        var hosts = Minimal();
        hosts.Spec!.Rules![0].Host = "10.0.0.1";
        hosts.Spec.Tls = [new() { Hosts = ["*.example.com", "bad_host"], SecretName = "Tls" }];
        hosts.Spec.IngressClassName = "Nginx";
        var errors = CreateErrors(_strategy, hosts);
        errors[0].ShouldBe("spec.rules[0].host: Invalid value: \"10.0.0.1\": must be a DNS name, not an IP address");
        errors.ShouldContain(e => e.StartsWith("spec.tls[0].hosts[1]: Invalid value: \"bad_host\": a lowercase RFC 1123 subdomain"));
        errors.ShouldContain(e => e.StartsWith("spec.tls[0].secretName: Invalid value: \"Tls\": a lowercase RFC 1123 subdomain"));
        errors.ShouldContain(e => e.StartsWith("spec.ingressClassName: Invalid value: \"Nginx\": a lowercase RFC 1123 subdomain"));
        errors.ShouldNotContain(e => e.Contains("*.example.com"));
    }

    [Fact]
    public void The_class_annotation_must_agree_with_the_class_name()
    {
        var ing = Minimal();
        ing.Metadata.Annotations = new() { ["kubernetes.io/ingress.class"] = "traefik" };
        CreateErrors(_strategy, ing).ShouldBe(["annotations.kubernetes.io/ingress.class: Invalid value: \"traefik\": must match `ingressClassName` when both are specified"]);
    }

    [Fact]
    public void Ingress_classes_default_the_parameters_scope_and_keep_their_controller()
    {
        var classes = new IngressClassStrategy();
        var ic = Created(classes, Yaml<IngressClass>("""
            apiVersion: networking.k8s.io/v1
            kind: IngressClass
            metadata:
              name: external-lb
            spec:
              controller: example.com/ingress-controller
              parameters:
                apiGroup: k8s.example.com
                kind: IngressParameters
                name: external-lb
            """), ns: null);
        ic.Spec!.Parameters!.Scope.ShouldBe("Cluster");
        var changed = Copy(ic);
        changed.Spec!.Controller = "example.com/other";
        UpdateErrors(classes, ic, changed).ShouldBe(["spec.controller: Invalid value: \"example.com/other\": field is immutable"]);
        CreateErrors(classes, new IngressClass { Metadata = new() { Name = "x" }, Spec = new() { Controller = "nginx" } }, ns: null)
            .ShouldBe(["spec.controller: Invalid value: \"nginx\": must be a domain-prefixed path (such as \"acme.io/foo\")"]);
    }
}
