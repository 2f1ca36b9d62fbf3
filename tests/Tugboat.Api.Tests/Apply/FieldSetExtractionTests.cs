using System.Text.Json.Nodes;
using Tugboat.Api.Apply;
using Tugboat.Api.Apps.V1;
using Tugboat.Api.Core.V1;

namespace Tugboat.Api.Tests.Apply;

/// <summary>The fields a configuration sets (upstream's ToFieldSet) and the checks an apply configuration gets.</summary>
public class FieldSetExtractionTests
{
    internal const string WebDeployment = """
        {"apiVersion":"apps/v1","kind":"Deployment",
         "metadata":{"name":"web","namespace":"default","labels":{"app":"web"}},
         "spec":{"replicas":3,"selector":{"matchLabels":{"app":"web"}},
           "template":{"metadata":{"labels":{"app":"web"}},
             "spec":{"containers":[{"name":"nginx","image":"nginx:1.25","ports":[{"containerPort":80}]}]}}}}
        """;

    private static string Fields<T>(string json) =>
        ApplyFixture<Deployment>.J(TypedValue.ToFieldSetValidated(JsonNode.Parse(json), ApplyType.For(typeof(T))).ToFieldsV1().ToJsonString());

    private static string Expect(string json) => ApplyFixture<Deployment>.J(json);

    [Fact]
    public void Deployment_fields_are_leaves_list_items_and_atomic_selector()
    {
        Fields<Deployment>(WebDeployment).ShouldBe(Expect("""
            {"f:apiVersion":{},"f:kind":{},
             "f:metadata":{"f:labels":{"f:app":{}},"f:name":{},"f:namespace":{}},
             "f:spec":{"f:replicas":{},"f:selector":{},
               "f:template":{"f:metadata":{"f:labels":{"f:app":{}}},
                 "f:spec":{"f:containers":{"k:{\"name\":\"nginx\"}":{".":{},"f:image":{},"f:name":{},
                   "f:ports":{"k:{\"containerPort\":80,\"protocol\":\"TCP\"}":{".":{},"f:containerPort":{}}}}}}}}}
            """));
    }

    [Fact]
    public void Service_ports_are_keyed_by_port_and_defaulted_protocol_and_the_selector_is_atomic()
    {
        Fields<Service>("""
            {"spec":{"selector":{"app":"web"},"ports":[{"port":80,"targetPort":8080},{"port":53,"protocol":"UDP","name":"dns"}]}}
            """).ShouldBe(Expect("""
            {"f:spec":{"f:ports":{
               "k:{\"port\":53,\"protocol\":\"UDP\"}":{".":{},"f:name":{},"f:port":{},"f:protocol":{}},
               "k:{\"port\":80,\"protocol\":\"TCP\"}":{".":{},"f:port":{},"f:targetPort":{}}},
             "f:selector":{}}}
            """));
    }

    [Fact]
    public void Config_map_keys_empty_maps_sets_and_atomic_lists()
    {
        Fields<ConfigMap>("""
            {"metadata":{"finalizers":["b.example/f","a.example/f"],"annotations":{}},"data":{"a":"1","b.txt":"2"}}
            """).ShouldBe(Expect("""
            {"f:data":{"f:a":{},"f:b.txt":{}},
             "f:metadata":{"f:annotations":{},"f:finalizers":{"v:\"a.example/f\"":{},"v:\"b.example/f\"":{}}}}
            """));
        Fields<Pod>("""
            {"spec":{"containers":[{"name":"c","args":["a","b"],"env":[{"name":"X","value":"1"}]}]}}
            """).ShouldBe(Expect("""
            {"f:spec":{"f:containers":{"k:{\"name\":\"c\"}":{".":{},"f:args":{},
              "f:env":{"k:{\"name\":\"X\"}":{".":{},"f:name":{},"f:value":{}}},"f:name":{}}}}}
            """));
    }

    [Theory]
    [InlineData("""{"spec":{"replicas":1,"replica":2}}""", ".spec.replica: field not declared in schema")]
    [InlineData("""{"spec":{"template":{"spec":{"containers":[{"image":"x"}]}}}}""",
        ".spec.template.spec.containers: element 0: associative list with keys has an element that omits key field \"name\" (and doesn't have default value)")]
    [InlineData("""{"spec":{"template":{"spec":{"containers":[{"name":"a"},{"name":"a"}]}}}}""",
        ".spec.template.spec.containers: duplicate entries for key [name=\"a\"]")]
    [InlineData("""{"spec":{"template":{"spec":{"containers":[{"name":"a","image":5}]}}}}""",
        ".spec.template.spec.containers[name=\"a\"].image: expected string, got &value.valueUnstructured{Value:5}")]
    [InlineData("""{"spec":{"replicas":"three"}}""", ".spec.replicas: expected numeric (int or float), got string")]
    [InlineData("""{"metadata":{"finalizers":[{"a":1}]}}""",
        ".metadata.finalizers: element 0: associative list without keys has an element that's a map type")]
    public void Apply_configurations_are_checked_against_the_schema(string config, string message)
    {
        Should.Throw<ApplyValidationException>(() => TypedValue.ToFieldSetValidated(JsonNode.Parse(config), ApplyType.For(typeof(Deployment))))
            .Message.ShouldBe(message);
    }

    [Fact]
    public void Several_errors_are_listed()
    {
        var error = Should.Throw<ApplyValidationException>(() => TypedValue.ToFieldSetValidated(
            JsonNode.Parse("""{"spec":{"replicas":"x","paused":"y"}}"""), ApplyType.For(typeof(Deployment))));
        error.Errors.Count.ShouldBe(2);
        error.Message.ShouldStartWith("errors:\n  .spec.replicas: expected numeric");
    }

    [Fact]
    public void Free_form_values_merge_as_maps_and_keep_lists_atomic()
    {
        var type = ApplyType.Untyped;
        TypedValue.ToFieldSet(JsonNode.Parse("""{"a":{"b":1,"c":[1,2]}}"""), type).ShouldBe(FieldSet.Of(
            new FieldPath([PathElement.Field("a")]),
            new FieldPath([PathElement.Field("a"), PathElement.Field("b")]),
            new FieldPath([PathElement.Field("a"), PathElement.Field("c")])));
    }
}
