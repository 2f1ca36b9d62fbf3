using Tugboat.Api.Rbac.V1;
using Tugboat.ApiServer.Strategies;
using static Tugboat.ApiServer.Tests.Strategies.StrategyFixture;

namespace Tugboat.ApiServer.Tests.Strategies;

public class RbacStrategyTests
{
    private static RoleBinding ReadPods() => Yaml<RoleBinding>("""
        apiVersion: rbac.authorization.k8s.io/v1
        kind: RoleBinding
        metadata:
          name: read-pods
        subjects:
        - kind: User
          name: jane
        - kind: ServiceAccount
          name: builder
        roleRef:
          kind: Role
          name: pod-reader
        """);

    [Fact]
    public void Bindings_default_the_api_groups()
    {
        var rb = Created(new RoleBindingStrategy(clusterScoped: false), ReadPods());
        rb.RoleRef.ApiGroup.ShouldBe("rbac.authorization.k8s.io");
        rb.Subjects![0].ApiGroup.ShouldBe("rbac.authorization.k8s.io");
        rb.Subjects[1].ApiGroup.ShouldBeNull();
    }

    [Fact]
    public void The_role_ref_never_changes()
    {
        var strategy = new RoleBindingStrategy(clusterScoped: false);
        var stored = Created(strategy, ReadPods());
        var changed = Copy(stored);
        changed.RoleRef = new() { ApiGroup = "rbac.authorization.k8s.io", Kind = "ClusterRole", Name = "view" };
        UpdateErrors(strategy, stored, changed).ShouldBe([
            "roleRef: Invalid value: rbac.RoleRef{APIGroup:\"rbac.authorization.k8s.io\", Kind:\"ClusterRole\", Name:\"view\"}: cannot change roleRef",
        ]);
    }

    [Fact]
    public void Role_refs_and_subjects_are_checked()
    {
        var rb = ReadPods();
        rb.RoleRef = new() { ApiGroup = "example.com", Kind = "Group", Name = "" };
        rb.Subjects!.Add(new() { Kind = "Robot", Name = "r2" });
        rb.Subjects.Add(new() { Kind = "ServiceAccount", Name = "sa", ApiGroup = "v1" });
        CreateErrors(new RoleBindingStrategy(clusterScoped: false), rb).ShouldBe([
            "roleRef.apiGroup: Unsupported value: \"example.com\": supported values: \"rbac.authorization.k8s.io\"",
            "roleRef.kind: Unsupported value: \"Group\": supported values: \"Role\", \"ClusterRole\"",
            "roleRef.name: Required value",
            "subjects[2].kind: Unsupported value: \"Robot\": supported values: \"ServiceAccount\", \"User\", \"Group\"",
            "subjects[3].apiGroup: Unsupported value: \"v1\": supported values: \"\"",
        ]);
    }

    [Fact]
    public void Cluster_role_bindings_bind_cluster_roles_and_namespaced_service_accounts()
    {
        var crb = Yaml<ClusterRoleBinding>("""
            apiVersion: rbac.authorization.k8s.io/v1
            kind: ClusterRoleBinding
            metadata:
              name: read-secrets-global
            subjects:
            - kind: ServiceAccount
              name: manager
            roleRef:
              kind: Role
              name: secret-reader
            """);
        CreateErrors(new RoleBindingStrategy(clusterScoped: true), crb, ns: null).ShouldBe([
            "roleRef.kind: Unsupported value: \"Role\": supported values: \"ClusterRole\"",
            "subjects[0].namespace: Required value",
        ]);
    }

    [Fact]
    public void Rules_need_verbs_and_resources()
    {
        var role = Yaml<Role>("""
            apiVersion: rbac.authorization.k8s.io/v1
            kind: Role
            metadata:
              name: pod-reader
            rules:
            - apiGroups: [""]
              resources: ["pods"]
            - verbs: ["get"]
            - nonResourceURLs: ["/healthz"]
              verbs: ["get"]
            """);
        CreateErrors(new RoleStrategy(clusterScoped: false), role).ShouldBe([
            "rules[0].verbs: Required value: verbs must contain at least one value",
            "rules[1].apiGroups: Required value: resource rules must supply at least one api group",
            "rules[1].resources: Required value: resource rules must supply at least one resource",
            "rules[2].nonResourceURLs: Invalid value: []string{\"/healthz\"}: namespaced rules cannot apply to non-resource URLs",
        ]);
    }

    [Fact]
    public void Cluster_roles_may_name_urls_and_aggregate()
    {
        var strategy = new RoleStrategy(clusterScoped: true);
        CreateErrors(strategy, new ClusterRole { Metadata = new() { Name = "system:health" }, Rules = [new() { NonResourceURLs = ["/healthz"], Verbs = ["get"] }] }, ns: null)
            .ShouldBeEmpty();
        CreateErrors(strategy, new ClusterRole { Metadata = new() { Name = "agg" }, AggregationRule = new() { ClusterRoleSelectors = [] } }, ns: null)
            .ShouldBe(["aggregationRule.clusterRoleSelectors: Required value: at least one clusterRoleSelector required if aggregationRule is non-nil"]);
        CreateErrors(strategy, new ClusterRole { Metadata = new() { Name = "a/b" } }, ns: null).ShouldBe(["metadata.name: Invalid value: \"a/b\": may not contain '/'"]);
    }
}
