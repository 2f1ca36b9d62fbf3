using System.Text.Json.Nodes;
using Tugboat.Api.Apply;
using Tugboat.Api.Apps.V1;

namespace Tugboat.Api.Tests.Apply;

public class FieldSetTests
{
    private static readonly PathElement Nginx = PathElement.Keyed([new("name", JsonValue.Create("nginx"))]);
    private static readonly PathElement Port80 = PathElement.Keyed([new("protocol", JsonValue.Create("TCP")), new("containerPort", JsonValue.Create(80))]);

    private static FieldPath P(params object[] parts) =>
        new(parts.Select(p => p as PathElement ?? PathElement.Field((string)p)));

    [Fact]
    public void Path_elements_print_as_upstream_conflict_messages()
    {
        P("spec", "replicas").ToString().ShouldBe(".spec.replicas");
        P("spec", "template", "spec", "containers", Nginx, "image").ToString().ShouldBe(".spec.template.spec.containers[name=\"nginx\"].image");
        P("ports", Port80).ToString().ShouldBe(".ports[containerPort=80,protocol=\"TCP\"]");
        P("metadata", "finalizers", PathElement.SetValue(JsonValue.Create("a"))).ToString().ShouldBe(".metadata.finalizers[=\"a\"]");
        P("args", PathElement.AtIndex(2)).ToString().ShouldBe(".args[2]");
    }

    [Fact]
    public void Path_elements_serialize_as_fieldsV1_keys_with_sorted_key_fields()
    {
        PathElement.Field("replicas").Serialize().ShouldBe("f:replicas");
        Nginx.Serialize().ShouldBe("k:{\"name\":\"nginx\"}");
        Port80.Serialize().ShouldBe("k:{\"containerPort\":80,\"protocol\":\"TCP\"}");
        PathElement.SetValue(JsonValue.Create("example.com/x")).Serialize().ShouldBe("v:\"example.com/x\"");
        PathElement.SetValue(JsonValue.Create(5)).Serialize().ShouldBe("v:5");
        PathElement.AtIndex(0).Serialize().ShouldBe("i:0");
        PathElement.Parse("k:{\"protocol\":\"TCP\",\"containerPort\":80}").ShouldBe(Port80);
        PathElement.Parse("x:whatever").ShouldBeNull();
    }

    [Fact]
    public void Path_elements_order_fields_then_keys_then_values_then_indexes()
    {
        var ordered = new[]
        {
            PathElement.Field("a"), PathElement.Field("b"), Nginx,
            PathElement.SetValue(JsonValue.Create(10)), PathElement.SetValue(JsonValue.Create("a")),
            PathElement.SetValue(JsonValue.Create(true)), PathElement.AtIndex(0),
        };
        ordered.OrderBy(e => e).ShouldBe(ordered);
        PathElement.SetValue(JsonValue.Create(9.5)).CompareTo(PathElement.SetValue(JsonValue.Create(10))).ShouldBeLessThan(0);
        PathElement.SetValue(JsonNode.Parse("1.0")).ShouldBe(PathElement.SetValue(JsonValue.Create(1)));
    }

    [Fact]
    public void Encodes_fieldsV1_with_dot_for_paths_that_are_members_and_parents()
    {
        var set = FieldSet.Of(
            P("spec", "replicas"),
            P("metadata", "labels"),
            P("metadata", "labels", "app"),
            P("spec", "template", "spec", "containers", Nginx),
            P("spec", "template", "spec", "containers", Nginx, "image"),
            P("spec", "template", "spec", "containers", Nginx, "ports", Port80),
            P("metadata", "finalizers", PathElement.SetValue(JsonValue.Create("a"))));

        var json = set.ToFieldsV1().ToJsonString();
        ApplyFixture<Deployment>.J(json).ShouldBe(ApplyFixture<Deployment>.J("""
            {"f:metadata":{"f:finalizers":{"v:\"a\"":{}},"f:labels":{".":{},"f:app":{}}},
             "f:spec":{"f:replicas":{},"f:template":{"f:spec":{"f:containers":{"k:{\"name\":\"nginx\"}":{".":{},"f:image":{},
               "f:ports":{"k:{\"containerPort\":80,\"protocol\":\"TCP\"}":{}}}}}}}}
            """));

        var roundTrip = FieldSet.FromFieldsV1((JsonObject)JsonNode.Parse(json)!);
        roundTrip.ShouldBe(set);
        roundTrip.Has(P("metadata", "labels")).ShouldBeTrue();
        roundTrip.Has(P("spec", "template")).ShouldBeFalse();
        roundTrip.Paths().Count().ShouldBe(7);
    }

    [Fact]
    public void Fields_v1_json_matches_upstream_text()
    {
        var set = FieldSet.Of(P("metadata", "labels"), P("metadata", "labels", "app"), P("spec", "template", "spec", "containers", Nginx),
            P("spec", "template", "spec", "containers", Nginx, "name"));
        ApplyFixture<Deployment>.J(set.ToFieldsV1().ToJsonString()).ShouldBe(ApplyFixture<Deployment>.J("""
            {"f:metadata":{"f:labels":{".":{},"f:app":{}}},"f:spec":{"f:template":{"f:spec":{"f:containers":{"k:{\"name\":\"nginx\"}":{".":{},"f:name":{}}}}}}}
            """));
    }

    [Fact]
    public void Decoding_skips_unknown_prefixes_and_reads_dot_as_membership()
    {
        var set = FieldSet.FromFieldsV1((JsonObject)JsonNode.Parse("""{"f:a":{".":{},"f:b":{}},"z:future":{},"f:c":{}}""")!);
        set.ShouldBe(FieldSet.Of(P("a"), P("a", "b"), P("c")));
    }

    [Fact]
    public void Set_operations_work_on_exact_paths()
    {
        var a = FieldSet.Of(P("spec", "replicas"), P("spec", "paused"), P("metadata", "labels", "app"));
        var b = FieldSet.Of(P("spec", "replicas"), P("metadata", "labels", "tier"));
        a.Union(b).Paths().Count().ShouldBe(4);
        a.Intersection(b).ShouldBe(FieldSet.Of(P("spec", "replicas")));
        a.Difference(b).ShouldBe(FieldSet.Of(P("spec", "paused"), P("metadata", "labels", "app")));
        a.Difference(FieldSet.Of(P("spec"))).ShouldBe(a);
        a.RecursiveDifference(FieldSet.Of(P("spec"))).ShouldBe(FieldSet.Of(P("metadata", "labels", "app")));
        a.KeepPrefixes(FieldSet.Of(P("metadata"))).ShouldBe(FieldSet.Of(P("metadata", "labels", "app")));
        new FieldSet().IsEmpty.ShouldBeTrue();
        a.Difference(a).IsEmpty.ShouldBeTrue();
    }

    [Fact]
    public void Named_struct_fields_become_members_but_map_keys_and_list_items_do_not()
    {
        var set = FieldSet.Of(
            P("spec", "template", "metadata", "labels", "app"),
            P("spec", "template", "spec", "containers", Nginx, "image"));
        var ensured = set.EnsureNamedFieldsAreMembers(ApplyType.For(typeof(Deployment)));
        ensured.Has(P("spec")).ShouldBeTrue();
        ensured.Has(P("spec", "template")).ShouldBeTrue();
        ensured.Has(P("spec", "template", "metadata", "labels")).ShouldBeTrue();
        ensured.Has(P("spec", "template", "metadata", "labels", "app")).ShouldBeTrue();
        ensured.Has(P("spec", "template", "spec", "containers")).ShouldBeTrue();
        ensured.Has(P("spec", "template", "spec", "containers", Nginx)).ShouldBeFalse();
        ensured.Has(P("spec", "template", "spec", "containers", Nginx, "image")).ShouldBeTrue();
    }
}
