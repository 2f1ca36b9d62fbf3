using Tugboat.Api.Apply;
using Tugboat.Api.Apps.V1;
using Tugboat.Api.Core.V1;

namespace Tugboat.Api.Tests.Apply;

/// <summary>Server-side apply on Deployments: merge, ownership, removal of fields no longer applied, conflicts, force.</summary>
public class ServerSideApplyTests
{
    private static ApplyFixture<Deployment> Deployments() => new("apps/v1");

    private static string Web(string replicas = "\"replicas\":3,", string labels = "\"app\":\"web\"", string containers = """{"name":"nginx","image":"nginx:1.25","ports":[{"containerPort":80}]}""") => """
        {"apiVersion":"apps/v1","kind":"Deployment",
         "metadata":{"name":"web","namespace":"default","labels":{LABELS}},
         "spec":{REPLICAS"selector":{"matchLabels":{"app":"web"}},
           "template":{"metadata":{"labels":{"app":"web"}},"spec":{"containers":[CONTAINERS]}}}}
        """.Replace("LABELS", labels).Replace("REPLICAS", replicas).Replace("CONTAINERS", containers);

    private const string WebFields = """
        {"f:metadata":{"f:labels":{"f:app":{}}},
         "f:spec":{"f:replicas":{},"f:selector":{},
           "f:template":{"f:metadata":{"f:labels":{"f:app":{}}},
             "f:spec":{"f:containers":{"k:{\"name\":\"nginx\"}":{".":{},"f:image":{},"f:name":{},
               "f:ports":{"k:{\"containerPort\":80,\"protocol\":\"TCP\"}":{".":{},"f:containerPort":{}}}}}}}}}
        """;

    [Fact]
    public void Apply_creates_the_object_and_records_an_apply_manager()
    {
        var f = Deployments();
        var (created, result) = f.ApplyResult(null, Web(), "kubectl");

        result.Changed.ShouldBeTrue();
        created.Spec!.Replicas.ShouldBe(3);
        created.Spec.Template.Spec!.Containers.Single().Image.ShouldBe("nginx:1.25");
        var entry = ApplyFixture<Deployment>.Entry(created, "kubectl");
        entry.Operation.ShouldBe("Apply");
        entry.ApiVersion.ShouldBe("apps/v1");
        entry.FieldsType.ShouldBe("FieldsV1");
        entry.Time.ShouldBe(ApplyFixture<Deployment>.T0);
        entry.Subresource.ShouldBeNull();
        ApplyFixture<Deployment>.Fields(created, "kubectl").ShouldBe(ApplyFixture<Deployment>.J(WebFields));
    }

    [Fact]
    public void Applying_the_same_configuration_again_changes_nothing()
    {
        var f = Deployments();
        var created = f.Apply(null, Web(), "kubectl");
        var (again, result) = f.ApplyResult(created, Web(), "kubectl");

        result.Changed.ShouldBeFalse();
        ApplyFixture<Deployment>.ToJson(again).ShouldBe(ApplyFixture<Deployment>.ToJson(created));
        again.Metadata.ManagedFields.ShouldBe(created.Metadata.ManagedFields, ignoreOrder: false, comparer: new EntryComparer());
    }

    [Fact]
    public void Fields_the_manager_stops_applying_are_removed()
    {
        var f = Deployments();
        var created = f.Apply(null, Web(labels: "\"app\":\"web\",\"tier\":\"fe\"", containers:
            """{"name":"nginx","image":"nginx:1.25","env":[{"name":"A","value":"1"},{"name":"B","value":"2"}]},{"name":"sidecar","image":"busybox"}"""), "kubectl");
        created.Metadata.Labels!.Keys.ShouldBe(["app", "tier"]);

        var updated = f.Apply(created, Web(replicas: "", containers: """{"name":"nginx","image":"nginx:1.25","env":[{"name":"A","value":"1"}]}"""), "kubectl");

        updated.Metadata.Labels!.Keys.ShouldBe(["app"]);
        updated.Spec!.Replicas.ShouldBeNull();
        var containers = updated.Spec.Template.Spec!.Containers;
        containers.Select(c => c.Name).ShouldBe(["nginx"]);
        containers[0].Env!.Select(e => e.Name).ShouldBe(["A"]);
        var fields = ApplyFixture<Deployment>.Fields(updated, "kubectl");
        fields.ShouldNotContain("f:replicas");
        fields.ShouldNotContain("sidecar");
        fields.ShouldNotContain("f:tier");
    }

    [Fact]
    public void Fields_another_manager_also_owns_are_kept()
    {
        var f = Deployments();
        var created = f.Apply(null, Web(labels: "\"app\":\"web\",\"tier\":\"fe\""), "kubectl");
        // kubectl label --overwrite tier=backend
        var labelled = f.Write(created, ApplyFixture<Deployment>.ToJson(created).Replace("\"tier\":\"fe\"", "\"tier\":\"backend\""), "kubectl-label");
        ApplyFixture<Deployment>.Fields(labelled, "kubectl-label").ShouldBe("""{"f:metadata":{"f:labels":{"f:tier":{}}}}""");
        ApplyFixture<Deployment>.Fields(labelled, "kubectl").ShouldNotContain("f:tier");

        var updated = f.Apply(labelled, Web(), "kubectl");
        updated.Metadata.Labels!["tier"].ShouldBe("backend");
    }

    [Fact]
    public void A_field_set_to_the_same_value_is_shared_without_conflict()
    {
        var f = Deployments();
        var created = f.Apply(null, Web(), "kubectl");
        var shared = f.Apply(created, """
            {"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"web"},"spec":{"replicas":3}}
            """, "hpa-like");
        ApplyFixture<Deployment>.Fields(shared, "hpa-like").ShouldBe("""{"f:spec":{"f:replicas":{}}}""");
        ApplyFixture<Deployment>.Fields(shared, "kubectl").ShouldContain("f:replicas");

        // Now "kubectl" stops applying replicas: the other applier still owns it, so it stays.
        var dropped = f.Apply(shared, Web(replicas: ""), "kubectl");
        dropped.Spec!.Replicas.ShouldBe(3);
    }

    [Fact]
    public void Changing_a_field_another_manager_owns_is_a_conflict()
    {
        var f = Deployments();
        var created = f.Write(null, Web(), "kubectl-client-side-apply");
        var error = Should.Throw<ConflictException>(() => f.Apply(created, Web(replicas: "\"replicas\":5,"), "kubectl"));

        error.Conflicts.Count.ShouldBe(1);
        ManagedFields.ConflictMessage(error.Conflicts)
            .ShouldBe("Apply failed with 1 conflict: conflict with \"kubectl-client-side-apply\" using apps/v1: .spec.replicas");
        var cause = FieldManager.ConflictCauses(error.Conflicts).Single();
        cause.Reason.ShouldBe("FieldManagerConflict");
        cause.Message.ShouldBe("conflict with \"kubectl-client-side-apply\" using apps/v1");
        cause.Field.ShouldBe(".spec.replicas");
    }

    [Fact]
    public void Scaling_through_the_scale_subresource_takes_replicas_and_conflicts_with_a_later_apply()
    {
        var f = Deployments();
        var created = f.Apply(null, Web(), "kubectl");
        var scale = new ApplyFixture<Deployment>("apps/v1", subresource: "scale") { Now = f.Now };
        var scaled = scale.Write(created, ApplyFixture<Deployment>.ToJson(created).Replace("\"replicas\":3", "\"replicas\":5"), "kubectl");

        var entry = ApplyFixture<Deployment>.Entry(scaled, "kubectl", "Update");
        entry.Subresource.ShouldBe("scale");
        entry.Time.ShouldBeNull();
        ApplyFixture<Deployment>.Fields(scaled, "kubectl", "Update").ShouldBe("""{"f:spec":{"f:replicas":{}}}""");
        ApplyFixture<Deployment>.Fields(scaled, "kubectl", "Apply").ShouldNotContain("f:replicas");

        var error = Should.Throw<ConflictException>(() => f.Apply(scaled, Web(replicas: "\"replicas\":4,"), "kubectl"));
        ManagedFields.ConflictMessage(error.Conflicts)
            .ShouldBe("Apply failed with 1 conflict: conflict with \"kubectl\" with subresource \"scale\" using apps/v1: .spec.replicas");

        // Re-applying the scaled value is no conflict: the field becomes shared.
        f.Apply(scaled, Web(replicas: "\"replicas\":5,"), "kubectl").Spec!.Replicas.ShouldBe(5);
    }

    [Fact]
    public void Force_takes_ownership_from_the_other_manager()
    {
        var f = Deployments();
        var created = f.Write(null, Web(), "kubectl-client-side-apply");
        var forced = f.Apply(created, Web(replicas: "\"replicas\":5,"), "kubectl", force: true);

        forced.Spec!.Replicas.ShouldBe(5);
        ApplyFixture<Deployment>.Fields(forced, "kubectl").ShouldContain("f:replicas");
        ApplyFixture<Deployment>.Fields(forced, "kubectl-client-side-apply").ShouldNotContain("f:replicas");
        ApplyFixture<Deployment>.Fields(forced, "kubectl-client-side-apply").ShouldContain("f:image");
    }

    [Fact]
    public void Conflicts_with_several_managers_are_listed_per_manager()
    {
        var f = Deployments();
        var created = f.Write(null, Web(), "kubectl-create");
        var edited = f.Write(created, ApplyFixture<Deployment>.ToJson(created).Replace("nginx:1.25", "nginx:1.26"), "kubectl-edit");
        var error = Should.Throw<ConflictException>(() => f.Apply(edited, Web(replicas: "\"replicas\":5,", containers: """{"name":"nginx","image":"nginx:1.27"}"""), "ci"));

        ManagedFields.ConflictMessage(error.Conflicts).ShouldBe("""
            Apply failed with 2 conflicts: conflicts with "kubectl-create" using apps/v1:
            - .spec.replicas
            conflicts with "kubectl-edit" using apps/v1:
            - .spec.template.spec.containers[name="nginx"].image
            """.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Atomic_selector_is_owned_and_conflicts_as_a_whole()
    {
        var f = Deployments();
        var created = f.Write(null, Web(), "kubectl-create");
        var config = Web().Replace("\"matchLabels\":{\"app\":\"web\"}", "\"matchLabels\":{\"app\":\"web\",\"x\":\"y\"}");
        var error = Should.Throw<ConflictException>(() => f.Apply(created, config, "ci"));
        error.Conflicts.Select(c => c.Path.ToString()).ShouldBe([".spec.selector"]);
    }

    [Fact]
    public void Update_managers_own_what_they_changed_with_dot_entries_for_added_maps_and_items()
    {
        var f = Deployments();
        var created = f.Write(null, Web(containers: """{"name":"nginx","image":"nginx:1.25","ports":[{"containerPort":80,"protocol":"TCP"}]}"""), "kubectl-client-side-apply");

        var entry = ApplyFixture<Deployment>.Entry(created, "kubectl-client-side-apply");
        entry.Operation.ShouldBe("Update");
        entry.ApiVersion.ShouldBe("apps/v1");
        ApplyFixture<Deployment>.Fields(created, "kubectl-client-side-apply").ShouldBe(ApplyFixture<Deployment>.J("""
            {"f:metadata":{"f:labels":{".":{},"f:app":{}}},
             "f:spec":{"f:replicas":{},"f:selector":{},
               "f:template":{"f:metadata":{"f:labels":{".":{},"f:app":{}}},
                 "f:spec":{"f:containers":{"k:{\"name\":\"nginx\"}":{".":{},"f:image":{},"f:name":{},
                   "f:ports":{".":{},"k:{\"containerPort\":80,\"protocol\":\"TCP\"}":{".":{},"f:containerPort":{},"f:protocol":{}}}}}}}}}
            """));
    }

    [Fact]
    public void An_update_that_changes_nothing_keeps_the_entry_and_its_time()
    {
        var f = Deployments();
        var created = f.Write(null, Web(), "kubectl-edit");
        var same = f.Write(created, ApplyFixture<Deployment>.ToJson(created), "kubectl-edit");
        same.Metadata.ManagedFields.ShouldBe(created.Metadata.ManagedFields, ignoreOrder: false, comparer: new EntryComparer());

        var changed = f.Write(same, ApplyFixture<Deployment>.ToJson(same).Replace("\"replicas\":3", "\"replicas\":4"), "kubectl-edit");
        ApplyFixture<Deployment>.Entry(changed, "kubectl-edit").Time!.Value.ShouldBeGreaterThan(ApplyFixture<Deployment>.Entry(created, "kubectl-edit").Time!.Value);
        ApplyFixture<Deployment>.Fields(changed, "kubectl-edit").ShouldBe(ApplyFixture<Deployment>.Fields(created, "kubectl-edit"));
    }

    [Fact]
    public void Removing_a_field_by_update_takes_it_from_every_manager()
    {
        var f = Deployments();
        var created = f.Apply(null, Web(), "kubectl");
        var withoutReplicas = ApplyFixture<Deployment>.Parse(ApplyFixture<Deployment>.ToJson(created));
        withoutReplicas.Spec!.Replicas = null;
        var updated = f.Write(created, withoutReplicas, "kubectl-edit");
        ApplyFixture<Deployment>.Fields(updated, "kubectl").ShouldNotContain("f:replicas");
        updated.Metadata.ManagedFields!.ShouldNotContain(e => e.Manager == "kubectl-edit");
    }

    [Fact]
    public void Entries_are_sorted_apply_first_then_by_time_and_manager()
    {
        var f = Deployments();
        var created = f.Write(null, Web(), "zeta");
        var edited = f.Write(created, ApplyFixture<Deployment>.ToJson(created).Replace("\"replicas\":3", "\"replicas\":4"), "alpha");
        var applied = f.Apply(edited, """{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"web","annotations":{"a":"b"}}}""", "ci");
        applied.Metadata.ManagedFields!.Select(e => $"{e.Manager}/{e.Operation}").ShouldBe(["ci/Apply", "zeta/Update", "alpha/Update"]);
    }

    [Fact]
    public void Update_managers_beyond_ten_are_merged_into_ancient_changes()
    {
        var f = Deployments();
        var obj = f.Write(null, Web(), "m00");
        for (var i = 1; i <= 11; i++)
        {
            var next = ApplyFixture<Deployment>.Parse(ApplyFixture<Deployment>.ToJson(obj));
            next.Metadata.Labels![$"l{i}"] = "x";
            obj = f.Write(obj, next, $"m{i:00}");
        }
        obj.Metadata.ManagedFields!.Count(e => e.Operation == "Update").ShouldBe(10);
        var ancient = ApplyFixture<Deployment>.Entry(obj, "ancient-changes");
        ancient.FieldsV1!.ToJsonString().ShouldContain("f:replicas");
        ancient.FieldsV1!.ToJsonString().ShouldContain("f:l1");
    }

    [Fact]
    public void Objects_without_managed_fields_are_not_tracked_until_applied_to()
    {
        var f = Deployments();
        var legacy = ApplyFixture<Deployment>.Parse(Web());
        legacy.Metadata.Uid = "u1";
        f.Write(legacy, ApplyFixture<Deployment>.ToJson(legacy).Replace("\"replicas\":3", "\"replicas\":4"), "kubectl-edit")
            .Metadata.ManagedFields.ShouldBeNull();

        var error = Should.Throw<ConflictException>(() => f.Apply(legacy, Web(replicas: "\"replicas\":6,"), "ci"));
        ManagedFields.ConflictMessage(error.Conflicts).ShouldContain("conflict with \"before-first-apply\" using apps/v1: .spec.replicas");
        var applied = f.Apply(legacy, Web(), "ci");
        applied.Metadata.ManagedFields!.Select(e => e.Manager).ShouldBe(["ci", "before-first-apply"]);
    }

    [Fact]
    public void An_empty_managed_fields_list_clears_them()
    {
        var f = Deployments();
        var created = f.Apply(null, Web(), "kubectl");
        var cleared = ApplyFixture<Deployment>.Parse(ApplyFixture<Deployment>.ToJson(created));
        cleared.Metadata.ManagedFields = [];
        f.Write(created, cleared, "kubectl-patch").Metadata.ManagedFields.ShouldBeNull();
        cleared.Metadata.ManagedFields = [new Tugboat.Api.Meta.ManagedFieldsEntry()];
        f.Write(created, cleared, "kubectl-patch").Metadata.ManagedFields.ShouldBeNull();
    }

    [Fact]
    public void Status_is_owned_through_the_status_subresource_only()
    {
        var f = Deployments();
        var created = f.Apply(null, Web().Replace("\"kind\":\"Deployment\",", "\"kind\":\"Deployment\",\"status\":{\"replicas\":9},"), "kubectl");
        ApplyFixture<Deployment>.Fields(created, "kubectl").ShouldNotContain("f:status");

        var status = new ApplyFixture<Deployment>("apps/v1", subresource: "status") { Now = f.Now };
        var withStatus = status.Write(created, ApplyFixture<Deployment>.ToJson(created).Replace("\"kind\":\"Deployment\",", "\"kind\":\"Deployment\",\"status\":{\"replicas\":3,\"readyReplicas\":3},"), "controller");
        var entry = ApplyFixture<Deployment>.Entry(withStatus, "controller");
        entry.Subresource.ShouldBe("status");
        ApplyFixture<Deployment>.Fields(withStatus, "controller").ShouldBe("""{"f:status":{"f:readyReplicas":{},"f:replicas":{}}}""");
    }

    [Fact]
    public void Kubectl_takes_over_fields_it_last_applied_client_side()
    {
        var f = Deployments();
        var withAnnotation = ApplyFixture<Deployment>.Json(Web());
        withAnnotation["metadata"]!["annotations"] = new System.Text.Json.Nodes.JsonObject
        {
            [FieldManager.LastAppliedAnnotation] = ApplyFixture<Deployment>.Json(Web()).ToJsonString() + "\n",
        };
        var created = f.Write(null, withAnnotation.ToJsonString(), "kubectl-client-side-apply");

        // Another manager name gets the conflict; kubectl's server-side apply takes the fields over.
        Should.Throw<ConflictException>(() => f.Apply(created, Web(replicas: "\"replicas\":5,"), "other"));
        var upgraded = f.Apply(created, Web(replicas: "\"replicas\":5,"), "kubectl");
        upgraded.Spec!.Replicas.ShouldBe(5);
        ApplyFixture<Deployment>.Fields(upgraded, "kubectl-client-side-apply").ShouldNotContain("f:replicas");
        upgraded.Metadata.Annotations![FieldManager.LastAppliedAnnotation].ShouldContain("\"replicas\":5");
        upgraded.Metadata.Annotations![FieldManager.LastAppliedAnnotation].ShouldEndWith("\n");
    }

    [Fact]
    public void Apply_configurations_may_not_carry_managed_fields_or_another_version()
    {
        var f = Deployments();
        Should.Throw<ApplyRequestException>(() => f.Apply(null, """{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"web","managedFields":[]}}""", "ci"))
            .Message.ShouldBe("metadata.managedFields must be nil");
        Should.Throw<ApplyRequestException>(() => f.Apply(null, """{"apiVersion":"apps/v1beta1","kind":"Deployment","metadata":{"name":"web"}}""", "ci"))
            .Message.ShouldBe("Incorrect version specified in apply patch. Specified patch version: apps/v1beta1, expected: apps/v1");
    }

    [Fact]
    public void List_items_keep_their_order_when_the_configuration_adds_one()
    {
        var f = Deployments();
        var created = f.Write(null, Web(containers: """{"name":"a"},{"name":"b"}"""), "kubectl-create");
        var applied = f.Apply(created, Web(containers: """{"name":"b","image":"x"},{"name":"c"}"""), "ci");
        applied.Spec!.Template.Spec!.Containers.Select(c => c.Name).ShouldBe(["a", "b", "c"]);
        applied.Spec.Template.Spec.Containers[1].Image.ShouldBe("x");
    }

    [Theory]
    [InlineData("kubectl/v1.32.0 (linux/amd64) kubernetes/70d3cc9", "kubectl")]
    [InlineData("Go-http-client/1.1", "Go-http-client")]
    [InlineData("", "")]
    [InlineData("tool\u0001name", "toolname")]
    public void Managers_default_to_the_program_name_of_the_user_agent(string userAgent, string manager) =>
        FieldManager.ManagerFromUserAgent(userAgent).ShouldBe(manager);

    private sealed class EntryComparer : IEqualityComparer<Tugboat.Api.Meta.ManagedFieldsEntry>
    {
        public bool Equals(Tugboat.Api.Meta.ManagedFieldsEntry? x, Tugboat.Api.Meta.ManagedFieldsEntry? y) =>
            x is not null && y is not null && x.Manager == y.Manager && x.Operation == y.Operation && x.ApiVersion == y.ApiVersion &&
            x.Time == y.Time && x.Subresource == y.Subresource && x.FieldsV1!.ToJsonString() == y.FieldsV1!.ToJsonString();

        public int GetHashCode(Tugboat.Api.Meta.ManagedFieldsEntry obj) => obj.Manager?.GetHashCode() ?? 0;
    }
}

/// <summary>Server-side apply on ConfigMaps and Services: granular maps and list maps with defaulted keys.</summary>
public class ServerSideApplyMapAndServiceTests
{
    [Fact]
    public void Config_map_keys_are_merged_and_pruned_one_by_one()
    {
        var f = new ApplyFixture<ConfigMap>("v1", hasStatusSubresource: false);
        var created = f.Apply(null, """{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"cfg"},"data":{"a":"1","b":"2"}}""", "kubectl");
        ApplyFixture<ConfigMap>.Fields(created, "kubectl").ShouldBe("""{"f:data":{"f:a":{},"f:b":{}}}""");

        var edited = f.Write(created, ApplyFixture<ConfigMap>.ToJson(created).Replace("\"b\":\"2\"", "\"b\":\"2\",\"c\":\"3\""), "kubectl-edit");
        ApplyFixture<ConfigMap>.Fields(edited, "kubectl-edit").ShouldBe("""{"f:data":{"f:c":{}}}""");

        var applied = f.Apply(edited, """{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"cfg"},"data":{"a":"10"}}""", "kubectl");
        applied.Data.ShouldBe(new Dictionary<string, string> { ["a"] = "10", ["c"] = "3" });

        var emptied = f.Apply(applied, """{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"cfg"}}""", "kubectl");
        emptied.Data.ShouldBe(new Dictionary<string, string> { ["c"] = "3" });
        emptied.Metadata.ManagedFields!.Select(e => e.Manager).ShouldBe(["kubectl-edit"]);
    }

    [Fact]
    public void A_created_map_gets_a_dot_entry_as_go_s_empty_object_has_none()
    {
        var f = new ApplyFixture<ConfigMap>("v1", hasStatusSubresource: false);
        var created = f.Write(null, """{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"made"},"data":{"x":"1"}}""", "kubectl-create");
        ApplyFixture<ConfigMap>.Fields(created, "kubectl-create").ShouldBe("""{"f:data":{".":{},"f:x":{}}}""");
    }

    [Fact]
    public void Finalizers_merge_as_a_set_and_are_pruned_value_by_value()
    {
        var f = new ApplyFixture<ConfigMap>("v1", hasStatusSubresource: false);
        var created = f.Write(null, """{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"c","finalizers":["other/f"]}}""", "controller");
        var applied = f.Apply(created, """{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"c","finalizers":["mine/a","mine/b"]}}""", "ci");
        applied.Metadata.Finalizers.ShouldBe(["other/f", "mine/a", "mine/b"]);
        ApplyFixture<ConfigMap>.Fields(applied, "ci").ShouldBe("""{"f:metadata":{"f:finalizers":{"v:\"mine/a\"":{},"v:\"mine/b\"":{}}}}""");

        var pruned = f.Apply(applied, """{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"c","finalizers":["mine/b"]}}""", "ci");
        pruned.Metadata.Finalizers.ShouldBe(["other/f", "mine/b"]);
    }

    [Fact]
    public void Service_ports_merge_by_port_and_protocol()
    {
        var f = new ApplyFixture<Service>("v1");
        var created = f.Apply(null, """
            {"apiVersion":"v1","kind":"Service","metadata":{"name":"web"},
             "spec":{"selector":{"app":"web"},"ports":[{"name":"http","port":80,"targetPort":8080},{"name":"https","port":443}]}}
            """, "kubectl");
        // The allocator (another manager) sets a nodePort on one port.
        var allocated = f.Write(created, ApplyFixture<Service>.ToJson(created).Replace("\"targetPort\":8080", "\"targetPort\":8080,\"nodePort\":30080"), "allocator");
        ApplyFixture<Service>.Fields(allocated, "allocator")
            .ShouldBe(ApplyFixture<Service>.J("""{"f:spec":{"f:ports":{"k:{\"port\":80,\"protocol\":\"TCP\"}":{"f:nodePort":{}}}}}"""));

        var applied = f.Apply(allocated, """
            {"apiVersion":"v1","kind":"Service","metadata":{"name":"web"},
             "spec":{"selector":{"app":"web"},"ports":[{"name":"http","port":80,"targetPort":8081}]}}
            """, "kubectl");
        applied.Spec!.Ports!.Select(p => p.Port).ShouldBe([80]);
        applied.Spec.Ports![0].TargetPort!.ToString().ShouldBe("8081");
        applied.Spec.Ports![0].NodePort.ShouldBe(30080);
    }
}
