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

/// <summary>The merge of an applied configuration into a live object, and the removal of field sets.</summary>
public class MergeAndRemoveTests
{
    private static readonly ApplyType PodType = ApplyType.For(typeof(Pod));

    private static string Merge(string live, string config) =>
        TypedValue.Merge(JsonNode.Parse(live), JsonNode.Parse(config), PodType)!.ToJsonString();

    [Fact]
    public void Scalars_and_atomic_lists_are_replaced_and_maps_merge()
    {
        Merge("""{"metadata":{"labels":{"a":"1","b":"2"}},"spec":{"containers":[{"name":"c","args":["x","y"],"image":"i1"}]}}""",
              """{"metadata":{"labels":{"b":"3"}},"spec":{"containers":[{"name":"c","args":["z"]}]}}""")
            .ShouldBe("""{"metadata":{"labels":{"a":"1","b":"3"}},"spec":{"containers":[{"name":"c","args":["z"],"image":"i1"}]}}""");
    }

    [Fact]
    public void List_map_items_keep_live_order_and_new_items_follow_their_configured_neighbours()
    {
        Merge("""{"spec":{"containers":[{"name":"a"},{"name":"b"},{"name":"c"}]}}""",
              """{"spec":{"containers":[{"name":"b"},{"name":"n"},{"name":"c"}]}}""")
            .ShouldBe("""{"spec":{"containers":[{"name":"a"},{"name":"b"},{"name":"n"},{"name":"c"}]}}""");
        Merge("""{"spec":{"containers":[{"name":"a"},{"name":"b"}]}}""",
              """{"spec":{"containers":[{"name":"b"},{"name":"a"}]}}""")
            .ShouldBe("""{"spec":{"containers":[{"name":"b"},{"name":"a"}]}}""");
    }

    [Fact]
    public void Removing_the_last_field_of_a_map_or_list_removes_the_container()
    {
        var value = JsonNode.Parse("""{"metadata":{"labels":{"a":"1"}},"spec":{"containers":[{"name":"c","env":[{"name":"X"}]}]}}""");
        var nameC = PathElement.Keyed([new("name", JsonValue.Create("c"))]);
        var nameX = PathElement.Keyed([new("name", JsonValue.Create("X"))]);
        var removed = TypedValue.RemoveItems(value, FieldSet.Of(
            new FieldPath([PathElement.Field("metadata"), PathElement.Field("labels"), PathElement.Field("a")]),
            new FieldPath([PathElement.Field("spec"), PathElement.Field("containers"), nameC, PathElement.Field("env"), nameX])), PodType);
        removed!.ToJsonString().ShouldBe("""{"metadata":{"labels":null},"spec":{"containers":[{"name":"c","env":null}]}}""");
    }

    [Fact]
    public void Comparison_reports_added_modified_and_removed_fields()
    {
        var c = TypedValue.Compare(
            JsonNode.Parse("""{"metadata":{"labels":{"a":"1","b":"2"}},"spec":{"nodeName":"n1"}}"""),
            JsonNode.Parse("""{"metadata":{"labels":{"a":"9"},"annotations":{"x":"y"}},"spec":{"nodeName":"n1"}}"""), PodType);
        c.Modified.Paths().Select(p => p.ToString()).ShouldBe([".metadata.labels.a"]);
        c.Removed.Paths().Select(p => p.ToString()).ShouldBe([".metadata.labels.b"]);
        c.Added.Paths().Select(p => p.ToString()).ShouldBe([".metadata.annotations", ".metadata.annotations.x"]);
    }
}
