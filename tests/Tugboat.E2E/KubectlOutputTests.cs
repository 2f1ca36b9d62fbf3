using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Tugboat.E2E;

/// <summary>What kubectl prints when reading: get in every output format, watch, describe, explain, discovery, raw endpoints.</summary>
[Collection("server")]
public sealed class KubectlOutputTests(ServerFixture fixture)
{
    private Kubectl K => fixture.Kubectl;

    private static void ShouldMatchLine(string output, string pattern) =>
        Regex.IsMatch(output, pattern, RegexOptions.Multiline).ShouldBeTrue($"no line matches /{pattern}/ in:\n{output}");

    [Fact]
    public async Task Get_json_returns_the_object_with_server_set_metadata()
    {
        var ns = await fixture.NamespaceAsync("json");
        (await K.ApplyAsync(Manifests.Pod("web", ns))).Ok();
        var pod = JsonNode.Parse((await K.RunAsync($"get pod web -n {ns} -o json")).Ok().Stdout)!;
        pod["apiVersion"]!.GetValue<string>().ShouldBe("v1");
        pod["kind"]!.GetValue<string>().ShouldBe("Pod");
        pod["metadata"]!["name"]!.GetValue<string>().ShouldBe("web");
        pod["metadata"]!["namespace"]!.GetValue<string>().ShouldBe(ns);
        pod["metadata"]!["labels"]!["app"]!.GetValue<string>().ShouldBe("web");
        Guid.TryParse(pod["metadata"]!["uid"]!.GetValue<string>(), out _).ShouldBeTrue();
        long.Parse(pod["metadata"]!["resourceVersion"]!.GetValue<string>()).ShouldBeGreaterThan(0);
        DateTime.TryParse(pod["metadata"]!["creationTimestamp"]!.GetValue<string>(), out _).ShouldBeTrue();
        // Defaults the API server fills in.
        var container = pod["spec"]!["containers"]![0]!;
        container["imagePullPolicy"]!.GetValue<string>().ShouldBe("IfNotPresent");
        container["terminationMessagePath"]!.GetValue<string>().ShouldBe("/dev/termination-log");
        container["ports"]![0]!["protocol"]!.GetValue<string>().ShouldBe("TCP");
        pod["spec"]!["restartPolicy"]!.GetValue<string>().ShouldBe("Always");
        pod["spec"]!["dnsPolicy"]!.GetValue<string>().ShouldBe("ClusterFirst");
        pod["spec"]!["schedulerName"]!.GetValue<string>().ShouldBe("default-scheduler");
        pod["spec"]!["terminationGracePeriodSeconds"]!.GetValue<long>().ShouldBe(30);
        pod["status"]!["phase"]!.GetValue<string>().ShouldBe("Pending");

        // A list is a v1 List of the objects.
        var list = JsonNode.Parse((await K.RunAsync($"get pods -n {ns} -o json")).Ok().Stdout)!;
        list["kind"]!.GetValue<string>().ShouldBe("List");
        list["items"]!.AsArray().Select(i => i!["metadata"]!["name"]!.GetValue<string>()).ShouldBe(["web"]);
    }

    [Fact]
    public async Task Probe_defaults_are_filled_in_as_upstream_does()
    {
        var ns = await fixture.NamespaceAsync("probe");
        (await K.ApplyAsync(Manifests.Pod("web", ns))).Ok();
        var probe = JsonNode.Parse((await K.RunAsync($"get pod web -n {ns} -o json")).Ok().Stdout)!["spec"]!["containers"]![0]!["readinessProbe"]!;
        ((string?)probe["httpGet"]!["scheme"]).ShouldBe("HTTP", probe.ToJsonString());
        ((int?)probe["timeoutSeconds"]).ShouldBe(1, probe.ToJsonString());
        ((int?)probe["periodSeconds"]).ShouldBe(10, probe.ToJsonString());
        ((int?)probe["successThreshold"]).ShouldBe(1, probe.ToJsonString());
        ((int?)probe["failureThreshold"]).ShouldBe(3, probe.ToJsonString());
    }

    [Fact]
    public async Task Deployment_defaults_are_filled_in_as_upstream_does()
    {
        var ns = await fixture.NamespaceAsync("deploydef");
        (await K.ApplyAsync($"""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
              namespace: {ns}
            spec:
              selector:
                matchLabels:
                  app: web
              template:
                metadata:
                  labels:
                    app: web
                spec:
                  containers:
                  - name: nginx
                    image: nginx:1.27
                    ports:
                    - containerPort: 80
            """)).Ok();
        var d = JsonNode.Parse((await K.RunAsync($"get deployment web -n {ns} -o json")).Ok().Stdout)!;
        var spec = d["spec"]!;
        var all = spec.ToJsonString();
        ((int?)spec["replicas"]).ShouldBe(1, all);
        ((int?)spec["revisionHistoryLimit"]).ShouldBe(10, all);
        ((int?)spec["progressDeadlineSeconds"]).ShouldBe(600, all);
        ((string?)spec["strategy"]?["type"]).ShouldBe("RollingUpdate", all);
        ((string?)spec["strategy"]?["rollingUpdate"]?["maxSurge"]).ShouldBe("25%", all);
        ((string?)spec["strategy"]?["rollingUpdate"]?["maxUnavailable"]).ShouldBe("25%", all);
        var pod = spec["template"]!["spec"]!;
        ((string?)pod["restartPolicy"]).ShouldBe("Always", all);
        ((string?)pod["dnsPolicy"]).ShouldBe("ClusterFirst", all);
        ((string?)pod["schedulerName"]).ShouldBe("default-scheduler", all);
        ((long?)pod["terminationGracePeriodSeconds"]).ShouldBe(30, all);
        var container = pod["containers"]![0]!;
        ((string?)container["imagePullPolicy"]).ShouldBe("IfNotPresent", all);
        ((string?)container["terminationMessagePath"]).ShouldBe("/dev/termination-log", all);
        ((string?)container["terminationMessagePolicy"]).ShouldBe("File", all);
        ((string?)container["ports"]![0]!["protocol"]).ShouldBe("TCP", all);
    }

    [Fact]
    public async Task Get_yaml_prints_the_object_as_yaml()
    {
        var ns = await fixture.NamespaceAsync("yaml");
        (await K.ApplyAsync(Manifests.ConfigMap("settings", ns, ("color", "blue"), ("size", "10")))).Ok();
        var yaml = (await K.RunAsync($"get configmap settings -n {ns} -o yaml")).Ok().Stdout;
        ShouldMatchLine(yaml, "^apiVersion: v1$");
        ShouldMatchLine(yaml, "^kind: ConfigMap$");
        ShouldMatchLine(yaml, "^data:$");
        ShouldMatchLine(yaml, "^  color: blue$");
        ShouldMatchLine(yaml, "^  size: \"10\"$");
        ShouldMatchLine(yaml, "^metadata:$");
        ShouldMatchLine(yaml, "^  name: settings$");
        ShouldMatchLine(yaml, $"^  namespace: {ns}$");
        ShouldMatchLine(yaml, "^  resourceVersion: \"\\d+\"$");
        ShouldMatchLine(yaml, "^  uid: [0-9a-f-]{36}$");
        ShouldMatchLine(yaml, "^    kubectl.kubernetes.io/last-applied-configuration: \\|$");
    }

    [Fact]
    public async Task Get_wide_adds_the_wide_columns()
    {
        var ns = await fixture.NamespaceAsync("wide");
        (await K.ApplyAsync(Manifests.Pod("web", ns) + "\n---\n" + Manifests.Service("web", ns) + "\n---\n" + Manifests.Deployment("web", ns))).Ok();
        var pods = (await K.RunAsync($"get pods -n {ns} -o wide")).Ok().Stdout;
        ShouldMatchLine(pods, @"^NAME\s+READY\s+STATUS\s+RESTARTS\s+AGE\s+IP\s+NODE\s+NOMINATED NODE\s+READINESS GATES$");
        ShouldMatchLine(pods, @"^web\s+0/1\s+Pending\s+0\s+\d+s\s+<none>\s+<none>\s+<none>\s+<none>$");
        var svc = (await K.RunAsync($"get services -n {ns} -o wide")).Ok().Stdout;
        ShouldMatchLine(svc, @"^NAME\s+TYPE\s+CLUSTER-IP\s+EXTERNAL-IP\s+PORT\(S\)\s+AGE\s+SELECTOR$");
        ShouldMatchLine(svc, @"^web\s+ClusterIP\s+10\.43\.\d+\.\d+\s+<none>\s+80/TCP\s+\d+s\s+app=web$");
        var deploy = (await K.RunAsync($"get deployments -n {ns} -o wide")).Ok().Stdout;
        ShouldMatchLine(deploy, @"^NAME\s+READY\s+UP-TO-DATE\s+AVAILABLE\s+AGE\s+CONTAINERS\s+IMAGES\s+SELECTOR$");
        ShouldMatchLine(deploy, @"^web\s+0/2\s+0\s+0\s+\d+s\s+nginx\s+nginx:1\.27\s+app=web$");
        // Plain get has the narrow columns only.
        var narrow = (await K.RunAsync($"get pods -n {ns}")).Ok().Stdout;
        ShouldMatchLine(narrow, @"^NAME\s+READY\s+STATUS\s+RESTARTS\s+AGE$");
        // Custom columns and jsonpath read the same objects.
        (await K.RunAsync($"get pods -n {ns} -o custom-columns=NAME:.metadata.name,IMAGE:.spec.containers[0].image --no-headers")).Ok().Stdout
            .Trim().ShouldMatch(@"^web\s+nginx:1\.27$");
        (await K.RunAsync($"get pods -n {ns} --show-labels")).Ok().Stdout.ShouldContain("app=web");
    }

    [Fact]
    public async Task Get_watch_prints_a_line_for_each_change_made_meanwhile()
    {
        var ns = await fixture.NamespaceAsync("watch");
        (await K.ApplyAsync(Manifests.ConfigMap("first", ns, ("a", "1")))).Ok();
        await using var watch = K.Start(["get", "configmaps", "-n", ns, "-w", "--request-timeout=30s"]);
        (await watch.WaitForLineAsync(l => l.StartsWith("NAME"))).ShouldMatch(@"^NAME\s+DATA\s+AGE$");
        await watch.WaitForLineAsync(l => l.StartsWith("first"));
        (await K.ApplyAsync(Manifests.ConfigMap("second", ns, ("a", "1"), ("b", "2"), ("c", "3")))).Ok();
        (await watch.WaitForLineAsync(l => l.StartsWith("second"))).ShouldMatch(@"^second\s+3\s+\d+s$");
        (await K.RunAsync($"delete configmap first -n {ns}")).Ok();
        // The deletion is printed as one more line for the object.
        (await watch.WaitForLineAsync(l => l.StartsWith("first"))).ShouldMatch(@"^first\s+1\s+\d+s$");
    }

    [Fact]
    public async Task Get_watch_with_event_types_names_each_change()
    {
        var ns = await fixture.NamespaceAsync("watchev");
        (await K.ApplyAsync(Manifests.ConfigMap("first", ns, ("a", "1")))).Ok();
        await using var watch = K.Start(["get", "configmaps", "-n", ns, "-w", "--output-watch-events", "--request-timeout=30s"]);
        (await watch.WaitForLineAsync(l => l.Contains("first"))).ShouldMatch(@"^ADDED\s+first\s+1\s+\d+s$");
        watch.Lines[0].ShouldMatch(@"^EVENT\s+NAME\s+DATA\s+AGE$");
        (await K.RunAsync(["patch", "configmap", "first", "-n", ns, "--type=merge", "-p", """{"data":{"b":"2"}}"""])).Ok();
        (await watch.WaitForLineAsync(l => l.StartsWith("MODIFIED"))).ShouldMatch(@"^MODIFIED\s+first\s+2\s+\d+s$");
        (await K.RunAsync($"delete configmap first -n {ns}")).Ok();
        (await watch.WaitForLineAsync(l => l.StartsWith("DELETED"))).ShouldMatch(@"^DELETED\s+first\s+2\s+\d+s$");
    }

    [Fact]
    public async Task Get_watch_ends_cleanly_at_the_request_timeout()
    {
        var ns = await fixture.NamespaceAsync("watchto");
        (await K.ApplyAsync(Manifests.ConfigMap("only", ns))).Ok();
        var started = DateTime.UtcNow;
        var result = (await K.RunAsync($"get configmaps -n {ns} -w --request-timeout=3s", timeoutSeconds: 30)).Ok();
        result.Stdout.ShouldMatch(@"(?m)^only\s+0\s+\d+s$");
        (DateTime.UtcNow - started).ShouldBeLessThan(TimeSpan.FromSeconds(20));
    }

    [Fact]
    public async Task Describe_pod_shows_its_sections()
    {
        var ns = await fixture.NamespaceAsync("descpod");
        (await K.ApplyAsync(Manifests.Pod("web", ns))).Ok();
        var text = (await K.RunAsync($"describe pod web -n {ns}")).Ok().Stdout;
        ShouldMatchLine(text, @"^Name:\s+web$");
        ShouldMatchLine(text, $@"^Namespace:\s+{ns}$");
        ShouldMatchLine(text, @"^Priority:\s+0$");
        ShouldMatchLine(text, @"^Service Account:\s+default$");
        ShouldMatchLine(text, @"^Node:\s+<none>$");
        ShouldMatchLine(text, @"^Labels:\s+app=web$");
        ShouldMatchLine(text, @"^Annotations:\s+");
        ShouldMatchLine(text, @"^Status:\s+Pending$");
        ShouldMatchLine(text, @"^Containers:$");
        ShouldMatchLine(text, @"^  nginx:$");
        ShouldMatchLine(text, @"^    Image:\s+nginx:1\.27$");
        ShouldMatchLine(text, @"^    Port:\s+80/TCP$");
        ShouldMatchLine(text, @"^      GREETING:\s+hello$");
        ShouldMatchLine(text, @"^QoS Class:\s+BestEffort$");
        ShouldMatchLine(text, @"^Events:\s+");
    }

    [Fact]
    public async Task Describe_pod_shows_the_probe_with_its_defaults()
    {
        var ns = await fixture.NamespaceAsync("descprobe");
        (await K.ApplyAsync(Manifests.Pod("web", ns))).Ok();
        var text = (await K.RunAsync($"describe pod web -n {ns}")).Ok().Stdout;
        ShouldMatchLine(text, @"^    Readiness:\s+http-get http://:80/ delay=0s timeout=1s period=10s #success=1 #failure=3$");
    }

    [Fact]
    public async Task Describe_pod_lists_the_events_about_it()
    {
        var ns = await fixture.NamespaceAsync("descev");
        (await K.ApplyAsync(Manifests.Pod("web", ns))).Ok();
        var uid = (await K.RunAsync($"get pod web -n {ns} -o jsonpath={{.metadata.uid}}")).Ok().Stdout;
        var now = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ");
        (await K.ApplyAsync($"""
            apiVersion: v1
            kind: Event
            metadata:
              name: web.pulled
              namespace: {ns}
            involvedObject:
              apiVersion: v1
              kind: Pod
              name: web
              namespace: {ns}
              uid: {uid}
            reason: Pulled
            message: Successfully pulled image "nginx:1.27"
            type: Normal
            source:
              component: kubelet
            count: 1
            firstTimestamp: "{now}"
            lastTimestamp: "{now}"
            """)).Ok();
        // kubectl get events shows it ...
        ShouldMatchLine((await K.RunAsync($"get events -n {ns}")).Ok().Stdout, @"^\S+\s+Normal\s+Pulled\s+pod/web\s+Successfully pulled image ""nginx:1\.27""$");
        // ... and describe finds it with a field selector on involvedObject.
        var text = (await K.RunAsync($"describe pod web -n {ns}")).Ok().Stdout;
        ShouldMatchLine(text, @"^Events:$");
        ShouldMatchLine(text, @"^  Normal\s+Pulled\s+\S+\s+kubelet\s+Successfully pulled image ""nginx:1\.27""$");
    }

    [Fact]
    public async Task Events_can_be_selected_by_involved_object()
    {
        var ns = await fixture.NamespaceAsync("evsel");
        (await K.ApplyAsync($"""
            apiVersion: v1
            kind: Event
            metadata:
              name: a.1
              namespace: {ns}
            involvedObject:
              kind: Pod
              name: a
              namespace: {ns}
            reason: Started
            message: started
            type: Normal
            ---
            apiVersion: v1
            kind: Event
            metadata:
              name: b.1
              namespace: {ns}
            involvedObject:
              kind: Pod
              name: b
              namespace: {ns}
            reason: Started
            message: started
            type: Normal
            """)).Ok();
        (await K.RunAsync($"get events -n {ns} --field-selector involvedObject.name=a -o name")).Ok().Stdout.Trim().ShouldBe("event/a.1");
        (await K.RunAsync($"get events -n {ns} --field-selector involvedObject.kind=Pod,type=Normal,reason=Started -o name")).Ok().Stdout
            .ShouldContain("event/b.1");
    }

    [Fact]
    public async Task Describe_service_shows_its_sections()
    {
        var ns = await fixture.NamespaceAsync("descsvc");
        (await K.ApplyAsync(Manifests.Service("web", ns))).Ok();
        var text = (await K.RunAsync($"describe service web -n {ns}")).Ok().Stdout;
        ShouldMatchLine(text, @"^Name:\s+web$");
        ShouldMatchLine(text, $@"^Namespace:\s+{ns}$");
        ShouldMatchLine(text, @"^Labels:\s+app=web$");
        ShouldMatchLine(text, @"^Selector:\s+app=web$");
        ShouldMatchLine(text, @"^Type:\s+ClusterIP$");
        ShouldMatchLine(text, @"^IP Families:\s+IPv4$");
        ShouldMatchLine(text, @"^IP:\s+10\.43\.\d+\.\d+$");
        ShouldMatchLine(text, @"^Port:\s+http\s+80/TCP$");
        ShouldMatchLine(text, @"^TargetPort:\s+8080/TCP$");
        ShouldMatchLine(text, @"^Endpoints:\s+");
        ShouldMatchLine(text, @"^Session Affinity:\s+None$");
        ShouldMatchLine(text, @"^Events:\s+");
    }

    [Fact]
    public async Task Explain_shows_the_fields_of_pod_spec_containers()
    {
        var text = (await K.RunAsync("explain pod.spec.containers")).Ok().Stdout;
        ShouldMatchLine(text, @"^KIND:\s+Pod$");
        ShouldMatchLine(text, @"^VERSION:\s+v1$");
        ShouldMatchLine(text, @"^FIELD:\s+containers <\[\]Container>$");
        ShouldMatchLine(text, @"^DESCRIPTION:$");
        ShouldMatchLine(text, @"^FIELDS:$");
        ShouldMatchLine(text, @"^  image\t<string>$");
        ShouldMatchLine(text, @"^  name\t<string> -required-$");
        ShouldMatchLine(text, @"^  env\t<\[\]EnvVar>$");
        ShouldMatchLine(text, @"^  resources\t<ResourceRequirements>$");
        var deep = (await K.RunAsync("explain deployment.spec.strategy.rollingUpdate.maxSurge")).Ok().Stdout;
        ShouldMatchLine(deep, @"^GROUP:\s+apps$");
        ShouldMatchLine(deep, @"^FIELD:\s+maxSurge <IntOrString>$");
        (await K.RunAsync("explain pods.spec.nosuchfield")).Fails().Stderr.ShouldContain("field \"nosuchfield\" does not exist");
    }

    [Fact]
    public async Task Api_resources_lists_the_tutorial_kinds_with_their_columns()
    {
        var text = (await K.RunAsync("api-resources")).Ok().Stdout;
        ShouldMatchLine(text, @"^NAME\s+SHORTNAMES\s+APIVERSION\s+NAMESPACED\s+KIND$");
        ShouldMatchLine(text, @"^pods\s+po\s+v1\s+true\s+Pod$");
        ShouldMatchLine(text, @"^services\s+svc\s+v1\s+true\s+Service$");
        ShouldMatchLine(text, @"^namespaces\s+ns\s+v1\s+false\s+Namespace$");
        ShouldMatchLine(text, @"^persistentvolumes\s+pv\s+v1\s+false\s+PersistentVolume$");
        ShouldMatchLine(text, @"^deployments\s+deploy\s+apps/v1\s+true\s+Deployment$");
        ShouldMatchLine(text, @"^statefulsets\s+sts\s+apps/v1\s+true\s+StatefulSet$");
        ShouldMatchLine(text, @"^horizontalpodautoscalers\s+hpa\s+autoscaling/v2\s+true\s+HorizontalPodAutoscaler$");
        ShouldMatchLine(text, @"^ingresses\s+ing\s+networking\.k8s\.io/v1\s+true\s+Ingress$");
        ShouldMatchLine(text, @"^clusterroles\s+rbac\.authorization\.k8s\.io/v1\s+false\s+ClusterRole$");
        var namespaced = (await K.RunAsync("api-resources --namespaced=false -o name")).Ok().Stdout;
        namespaced.ShouldContain("namespaces\n");
        namespaced.ShouldNotContain("pods\n");
        (await K.RunAsync("api-resources --api-group=apps -o name")).Ok().Stdout.ShouldContain("deployments.apps");
        var wide = (await K.RunAsync("api-resources -o wide")).Ok().Stdout;
        ShouldMatchLine(wide, @"^configmaps\s+cm\s+v1\s+true\s+ConfigMap\s+create,delete,deletecollection,get,list,patch,update,watch\s*$");
        ShouldMatchLine(wide, @"^pods\s+po\s+v1\s+true\s+Pod\s+create,delete,deletecollection,get,list,patch,update,watch\s+all$");
    }

    [Fact]
    public async Task Short_name_ev_means_core_events_without_a_warning()
    {
        var result = (await K.RunAsync("get ev -n default")).Ok();
        result.Stderr.ShouldNotContain("could also match");
    }

    [Fact]
    public async Task Api_versions_lists_every_group_version()
    {
        var lines = (await K.RunAsync("api-versions")).Ok().Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        foreach (var gv in new[] { "v1", "apps/v1", "autoscaling/v2", "batch/v1", "networking.k8s.io/v1", "rbac.authorization.k8s.io/v1",
                     "storage.k8s.io/v1", "policy/v1", "coordination.k8s.io/v1", "discovery.k8s.io/v1", "events.k8s.io/v1", "apiextensions.k8s.io/v1" })
            lines.ShouldContain(gv);
        lines.ShouldBe(lines.Order(StringComparer.Ordinal).ToArray(), "kubectl sorts api-versions");
    }

    [Fact]
    public async Task Raw_metrics_count_requests_in_prometheus_text()
    {
        var ns = await fixture.NamespaceAsync("metrics");
        (await K.ApplyAsync(Manifests.ConfigMap("m", ns))).Ok();
        var text = (await K.RunAsync("get --raw /metrics")).Ok().Stdout;
        ShouldMatchLine(text, "^# HELP apiserver_request_total ");
        ShouldMatchLine(text, "^# TYPE apiserver_request_total counter$");
        ShouldMatchLine(text, @"^apiserver_request_total\{.*code=""201"".*resource=""configmaps"".*verb=""CREATE"".*\} \d+$");
    }

    [Fact]
    public async Task Raw_openapi_v3_lists_and_serves_group_versions()
    {
        var index = JsonNode.Parse((await K.RunAsync("get --raw /openapi/v3")).Ok().Stdout)!["paths"]!.AsObject();
        index.Select(p => p.Key).ShouldContain("api/v1");
        index.Select(p => p.Key).ShouldContain("apis/apps/v1");
        var url = index["apis/apps/v1"]!["serverRelativeURL"]!.GetValue<string>();
        url.ShouldStartWith("/openapi/v3/apis/apps/v1?hash=");
        var doc = JsonNode.Parse((await K.RunAsync(["get", "--raw", url])).Ok().Stdout)!;
        doc["openapi"]!.GetValue<string>().ShouldStartWith("3.");
        var schemas = doc["components"]!["schemas"]!.AsObject();
        schemas.Select(s => s.Key).ShouldContain("io.k8s.api.apps.v1.Deployment");
        var gvk = schemas["io.k8s.api.apps.v1.Deployment"]!["x-kubernetes-group-version-kind"]![0]!;
        gvk["group"]!.GetValue<string>().ShouldBe("apps");
        gvk["kind"]!.GetValue<string>().ShouldBe("Deployment");
        doc["paths"]!.AsObject().Select(p => p.Key).ShouldContain("/apis/apps/v1/namespaces/{namespace}/deployments/{name}");
    }

    [Fact]
    public async Task Health_endpoints_and_cluster_info_answer()
    {
        foreach (var path in new[] { "/healthz", "/livez", "/readyz" })
            (await K.RunAsync(["get", "--raw", path])).Ok().Stdout.ShouldBe("ok");
        var verbose = (await K.RunAsync(["get", "--raw", "/readyz?verbose"])).Ok().Stdout;
        verbose.ShouldContain("[+]ping ok");
        verbose.ShouldContain("readyz check passed");
        (await K.RunAsync("cluster-info")).Ok().Stdout.ShouldContain($"Kubernetes control plane is running at https://127.0.0.1:{fixture.Server.Port}");
    }
}
