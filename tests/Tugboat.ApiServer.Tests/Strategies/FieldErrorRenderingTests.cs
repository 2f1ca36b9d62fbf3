using Tugboat.Api;
using Tugboat.Api.Meta;
using Tugboat.ApiServer.Http;
using Tugboat.ApiServer.Registry;
using Tugboat.ApiServer.Validation;

namespace Tugboat.ApiServer.Tests.Strategies;

public class FieldErrorRenderingTests
{
    [Fact]
    public void Values_print_as_go_prints_them_in_ErrorBody()
    {
        FieldError.Invalid("a", "x\"y", "bad").ToString().ShouldBe("a: Invalid value: \"x\\\"y\": bad");
        FieldError.Invalid("a", 3, "bad").ToString().ShouldBe("a: Invalid value: 3: bad");
        FieldError.Invalid("a", null, "bad").ToString().ShouldBe("a: Invalid value: null: bad");
        FieldError.Invalid("a", true, "bad").ToString().ShouldBe("a: Invalid value: true: bad");
        FieldError.Invalid("a", GoValue.Raw("cpus"), "bad").ToString().ShouldBe("a: Invalid value: cpus: bad");
        FieldError.Invalid("a", "v", "").ToString().ShouldBe("a: Invalid value: \"v\"");
    }

    [Fact]
    public void Maps_slices_and_selectors_use_go_syntax()
    {
        GoValue.Render(new Dictionary<string, string> { ["tier"] = "web", ["app"] = "x" }).ShouldBe("map[string]string{\"app\":\"x\", \"tier\":\"web\"}");
        GoValue.StringMap(null).Text.ShouldBe("map[string]string(nil)");
        GoValue.Render(new List<string> { "a", "b" }).ShouldBe("[]string{\"a\", \"b\"}");
        GoValue.SelectorValue(new LabelSelector { MatchLabels = new() { ["app"] = "web" } }).Text
            .ShouldBe("v1.LabelSelector{MatchLabels:map[string]string{\"app\":\"web\"}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}");
        GoValue.SelectorValue(new LabelSelector { MatchExpressions = [new LabelSelectorRequirement { Key = "k", Operator = "In", Values = ["v"] }] }).Text
            .ShouldBe("v1.LabelSelector{MatchLabels:map[string]string(nil), MatchExpressions:[]v1.LabelSelectorRequirement{v1.LabelSelectorRequirement{Key:\"k\", Operator:\"In\", Values:[]string{\"v\"}}}}");
        GoValue.Render(new IntOrString("25%")).ShouldBe("intstr.IntOrString{Type:1, IntVal:0, StrVal:\"25%\"}");
        GoValue.Render(new IntOrString(1)).ShouldBe("intstr.IntOrString{Type:0, IntVal:1, StrVal:\"\"}");
        GoValue.Render(new Api.Rbac.V1.RoleRef { ApiGroup = "rbac.authorization.k8s.io", Kind = "Role", Name = "r" })
            .ShouldBe("rbac.RoleRef{APIGroup:\"rbac.authorization.k8s.io\", Kind:\"Role\", Name:\"r\"}");
    }

    [Fact]
    public void Error_types_have_upstreams_words()
    {
        FieldError.Required("a").Message.ShouldBe("Required value");
        FieldError.Required("a", "why").Message.ShouldBe("Required value: why");
        FieldError.NotSupported("a", "x", ["b", "c"]).Message.ShouldBe("Unsupported value: \"x\": supported values: \"b\", \"c\"");
        FieldError.Duplicate("a", "x").Message.ShouldBe("Duplicate value: \"x\"");
        FieldError.NotFound("a", "x").Message.ShouldBe("Not found: \"x\"");
        FieldError.Forbidden("a", "no").Message.ShouldBe("Forbidden: no");
        FieldError.TooLong("a", 63).Message.ShouldBe("Too long: may not be more than 63 bytes");
        FieldError.TooMany("a", 21, 20).Message.ShouldBe("Too many: 21: must have at most 20 items");
        FieldError.InvalidNoValue("a", "why").Message.ShouldBe("Invalid value: why");
    }

    [Fact]
    public void The_status_message_names_the_qualified_kind_and_prints_each_error_once()
    {
        var deployments = BuiltinResources.All.Single(r => r.Resource == "deployments");
        var error = FieldError.Required("spec.selector");
        var e = Errors.Invalid(deployments, "web", [error, error]);
        e.Status.Message.ShouldBe("Deployment.apps \"web\" is invalid: spec.selector: Required value");
        e.Status.Details!.Kind.ShouldBe("Deployment");
        e.Status.Details.Causes!.Count.ShouldBe(2);
        var configmaps = BuiltinResources.All.Single(r => r.Resource == "configmaps");
        Errors.Invalid(configmaps, "c", [FieldError.Required("a"), FieldError.Required("b")]).Status.Message
            .ShouldBe("ConfigMap \"c\" is invalid: [a: Required value, b: Required value]");
    }
}
