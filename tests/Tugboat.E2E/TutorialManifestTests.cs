using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Tugboat.E2E;

/// <summary>The multi-document manifests of the Kubernetes tutorials apply cleanly, re-apply as unchanged, and print with upstream's columns.</summary>
[Collection("server")]
public sealed class TutorialManifestTests(ServerFixture fixture)
{
    private Kubectl K => fixture.Kubectl;

    private static string Suffix() => Guid.NewGuid().ToString("N")[..6];

    private static void ShouldMatchLine(string output, string pattern) =>
        Regex.IsMatch(output, pattern, RegexOptions.Multiline).ShouldBeTrue($"no line matches /{pattern}/ in:\n{output}");

    /// <summary>Applies, checks every document is created, applies again and checks every document is unchanged.</summary>
    private async Task ApplyTwiceAsync(string yaml, params string[] created)
    {
        var first = (await K.ApplyAsync(yaml)).Ok();
        foreach (var c in created) first.Stdout.ShouldContain($"{c} created");
        first.Stderr.ShouldBeEmpty();
        var second = (await K.ApplyAsync(yaml)).Ok();
        // A Secret applied with stringData re-applies as "configured" on any cluster: the live object keeps only
        // data, so kubectl's three-way patch always carries stringData again (the stored data does not change).
        foreach (var c in created) second.Stdout.ShouldContain(c.StartsWith("secret/") ? $"{c} configured" : $"{c} unchanged");
    }

    [Fact]
    public async Task Pods_and_every_kind_of_service()
    {
        var ns = await fixture.NamespaceAsync("tut-svc");
        await ApplyTwiceAsync(TutorialManifests.PodsAndServices(ns, 30080),
            "pod/nginx", "service/nginx", "service/nginx-np", "service/nginx-headless", "service/external-db", "service/legacy", "endpoints/legacy");

        var pods = (await K.RunAsync($"get pods -n {ns}")).Ok().Stdout;
        ShouldMatchLine(pods, @"^NAME\s+READY\s+STATUS\s+RESTARTS\s+AGE$");
        ShouldMatchLine(pods, @"^nginx\s+0/1\s+Pending\s+0\s+\d+s$");

        var svc = (await K.RunAsync($"get services -n {ns}")).Ok().Stdout;
        ShouldMatchLine(svc, @"^NAME\s+TYPE\s+CLUSTER-IP\s+EXTERNAL-IP\s+PORT\(S\)\s+AGE$");
        ShouldMatchLine(svc, @"^nginx\s+ClusterIP\s+10\.43\.\d+\.\d+\s+<none>\s+80/TCP\s+\d+s$");
        ShouldMatchLine(svc, @"^nginx-np\s+NodePort\s+10\.43\.\d+\.\d+\s+<none>\s+80:30080/TCP\s+\d+s$");
        ShouldMatchLine(svc, @"^nginx-headless\s+ClusterIP\s+None\s+<none>\s+80/TCP\s+\d+s$");
        ShouldMatchLine(svc, @"^external-db\s+ExternalName\s+<none>\s+db\.example\.com\s+<none>\s+\d+s$");
        ShouldMatchLine(svc, @"^legacy\s+ClusterIP\s+10\.43\.\d+\.\d+\s+<none>\s+9376/TCP\s+\d+s$");

        var ep = (await K.RunAsync($"get endpoints legacy -n {ns}")).Ok().Stdout;
        ShouldMatchLine(ep, @"^NAME\s+ENDPOINTS\s+AGE$");
        ShouldMatchLine(ep, @"^legacy\s+192\.0\.2\.42:9376\s+\d+s$");

        // Allocated fields are stable across the re-apply and a NodePort cannot be taken twice.
        var np = JsonNode.Parse((await K.RunAsync($"get service nginx-np -n {ns} -o json")).Ok().Stdout)!;
        np["spec"]!["ports"]![0]!["nodePort"]!.GetValue<int>().ShouldBe(30080);
        np["spec"]!["clusterIPs"]![0]!.GetValue<string>().ShouldBe(np["spec"]!["clusterIP"]!.GetValue<string>());
        np["spec"]!["externalTrafficPolicy"]!.GetValue<string>().ShouldBe("Cluster");
        var again = TutorialManifests.PodsAndServices(ns, 30080).Replace("name: nginx-np", "name: nginx-np2");
        (await K.ApplyAsync(again)).Fails().Stderr.ShouldContain("provided port is already allocated");
    }

    [Fact]
    public async Task Persistent_volumes_claims_and_secrets()
    {
        var ns = await fixture.NamespaceAsync("tut-pv");
        var suffix = Suffix();
        await ApplyTwiceAsync(TutorialManifests.Storage(ns, suffix),
            $"persistentvolume/task-pv-{suffix}", "persistentvolumeclaim/task-pv-claim", "secret/db-pass");

        var pv = (await K.RunAsync($"get pv task-pv-{suffix}")).Ok().Stdout;
        ShouldMatchLine(pv, @"^NAME\s+CAPACITY\s+ACCESS MODES\s+RECLAIM POLICY\s+STATUS\s+CLAIM\s+STORAGECLASS\s+VOLUMEATTRIBUTESCLASS\s+REASON\s+AGE$");
        ShouldMatchLine(pv, $@"^task-pv-{suffix}\s+10Gi\s+RWO\s+Retain\s+\w+\s+manual\s+<unset>\s+\d+s$");
        var pvc = (await K.RunAsync($"get pvc -n {ns}")).Ok().Stdout;
        ShouldMatchLine(pvc, @"^NAME\s+STATUS\s+VOLUME\s+CAPACITY\s+ACCESS MODES\s+STORAGECLASS\s+VOLUMEATTRIBUTESCLASS\s+AGE$");
        ShouldMatchLine(pvc, @"^task-pv-claim\s+Pending\s+manual\s+<unset>\s+\d+s$");

        var secrets = (await K.RunAsync($"get secrets -n {ns}")).Ok().Stdout;
        ShouldMatchLine(secrets, @"^NAME\s+TYPE\s+DATA\s+AGE$");
        ShouldMatchLine(secrets, @"^db-pass\s+Opaque\s+2\s+\d+s$");
        // stringData is folded into data, base64-encoded.
        var secret = JsonNode.Parse((await K.RunAsync($"get secret db-pass -n {ns} -o json")).Ok().Stdout)!;
        ((string?)secret["data"]?["username"]).ShouldBe("YWRtaW4=");
        ((string?)secret["data"]?["password"]).ShouldBe(Convert.ToBase64String("s3cr3t"u8.ToArray()), secret.ToJsonString());
        secret.AsObject().ContainsKey("stringData").ShouldBeFalse(secret.ToJsonString());
    }

    [Fact]
    public async Task Namespace_service_account_and_rbac()
    {
        var ns = $"tut-rbac-{Suffix()}";
        var suffix = Suffix();
        await ApplyTwiceAsync(TutorialManifests.Rbac(ns, suffix),
            $"namespace/{ns}", "serviceaccount/builder", $"clusterrole.rbac.authorization.k8s.io/reader-{suffix}",
            $"clusterrolebinding.rbac.authorization.k8s.io/reader-{suffix}", "role.rbac.authorization.k8s.io/pod-reader",
            "rolebinding.rbac.authorization.k8s.io/read-pods");

        ShouldMatchLine((await K.RunAsync($"get namespace {ns} --show-labels")).Ok().Stdout, $@"^{ns}\s+Active\s+\d+s\s+.*team=builders");
        var sa = (await K.RunAsync($"get serviceaccounts builder -n {ns}")).Ok().Stdout;
        ShouldMatchLine(sa, @"^NAME\s+SECRETS\s+AGE$");
        ShouldMatchLine(sa, @"^builder\s+0\s+\d+s$");
        var cr = (await K.RunAsync($"get clusterrole reader-{suffix}")).Ok().Stdout;
        ShouldMatchLine(cr, @"^NAME\s+CREATED AT$");
        ShouldMatchLine(cr, $@"^reader-{suffix}\s+\d{{4}}-\d\d-\d\dT\d\d:\d\d:\d\dZ$");
        var crb = (await K.RunAsync($"get clusterrolebinding reader-{suffix} -o wide")).Ok().Stdout;
        ShouldMatchLine(crb, @"^NAME\s+ROLE\s+AGE\s+USERS\s+GROUPS\s+SERVICEACCOUNTS$");
        ShouldMatchLine(crb, $@"^reader-{suffix}\s+ClusterRole/reader-{suffix}\s+\d+s\s+{ns}/builder$");
        ShouldMatchLine((await K.RunAsync($"get roles -n {ns}")).Ok().Stdout, @"^pod-reader\s+\d{4}-\d\d-\d\dT");
        var rb = (await K.RunAsync($"get rolebindings -n {ns} -o wide")).Ok().Stdout;
        ShouldMatchLine(rb, @"^read-pods\s+Role/pod-reader\s+\d+s\s+jane\s*$");
        var rules = (await K.RunAsync($"describe role pod-reader -n {ns}")).Ok().Stdout;
        ShouldMatchLine(rules, @"^  pods\s+\[\]\s+\[\]\s+\[get watch list\]$");
    }

    [Fact]
    public async Task Replica_sets_stateful_sets_deployments_and_autoscalers()
    {
        var ns = await fixture.NamespaceAsync("tut-apps");
        await ApplyTwiceAsync(TutorialManifests.Workloads(ns),
            "replicaset.apps/frontend", "statefulset.apps/web", "deployment.apps/php-apache", "horizontalpodautoscaler.autoscaling/php-apache");

        var rs = (await K.RunAsync($"get replicasets -n {ns}")).Ok().Stdout;
        ShouldMatchLine(rs, @"^NAME\s+DESIRED\s+CURRENT\s+READY\s+AGE$");
        ShouldMatchLine(rs, @"^frontend\s+3\s+0\s+0\s+\d+s$");
        var sts = (await K.RunAsync($"get statefulsets -n {ns} -o wide")).Ok().Stdout;
        ShouldMatchLine(sts, @"^NAME\s+READY\s+AGE\s+CONTAINERS\s+IMAGES$");
        ShouldMatchLine(sts, @"^web\s+0/3\s+\d+s\s+nginx\s+registry\.k8s\.io/nginx-slim:0\.24$");
        var stsJson = JsonNode.Parse((await K.RunAsync($"get statefulset web -n {ns} -o json")).Ok().Stdout)!;
        var claim = stsJson["spec"]!["volumeClaimTemplates"]![0]!;
        claim["metadata"]!["name"]!.GetValue<string>().ShouldBe("www");
        claim["spec"]!["resources"]!["requests"]!["storage"]!.GetValue<string>().ShouldBe("1Gi");
        var deploy = (await K.RunAsync($"get deployments -n {ns}")).Ok().Stdout;
        ShouldMatchLine(deploy, @"^NAME\s+READY\s+UP-TO-DATE\s+AVAILABLE\s+AGE$");
        ShouldMatchLine(deploy, @"^php-apache\s+0/1\s+0\s+0\s+\d+s$");
        var hpa = (await K.RunAsync($"get hpa -n {ns}")).Ok().Stdout;
        ShouldMatchLine(hpa, @"^NAME\s+REFERENCE\s+TARGETS\s+MINPODS\s+MAXPODS\s+REPLICAS\s+AGE$");
        ShouldMatchLine(hpa, @"^php-apache\s+Deployment/php-apache\s+cpu: <unknown>/50%\s+1\s+10\s+0\s+\d+s$");
        // `get all` shows the workload kinds together.
        var all = (await K.RunAsync($"get all -n {ns}")).Ok().Stdout;
        foreach (var name in new[] { "replicaset.apps/frontend", "statefulset.apps/web", "deployment.apps/php-apache", "horizontalpodautoscaler.autoscaling/php-apache" })
            all.ShouldContain(name);
    }

    [Fact]
    public async Task Ingress_with_tls_and_canary_annotations()
    {
        var ns = await fixture.NamespaceAsync("tut-ing");
        await ApplyTwiceAsync(TutorialManifests.Ingress(ns), "secret/shop-tls", "ingress.networking.k8s.io/shop", "ingress.networking.k8s.io/shop-canary");

        var ing = (await K.RunAsync($"get ingress -n {ns}")).Ok().Stdout;
        ShouldMatchLine(ing, @"^NAME\s+CLASS\s+HOSTS\s+ADDRESS\s+PORTS\s+AGE$");
        ShouldMatchLine(ing, @"^shop\s+nginx\s+shop\.example\.com\s+80, 443\s+\d+s$");
        ShouldMatchLine(ing, @"^shop-canary\s+nginx\s+shop\.example\.com\s+80, 443\s+\d+s$");
        ShouldMatchLine((await K.RunAsync($"get secret shop-tls -n {ns}")).Ok().Stdout, @"^shop-tls\s+kubernetes\.io/tls\s+2\s+\d+s$");
        var canary = JsonNode.Parse((await K.RunAsync($"get ingress shop-canary -n {ns} -o json")).Ok().Stdout)!;
        var annotations = canary["metadata"]!["annotations"]!;
        annotations["nginx.ingress.kubernetes.io/canary"]!.GetValue<string>().ShouldBe("true");
        annotations["nginx.ingress.kubernetes.io/canary-weight"]!.GetValue<string>().ShouldBe("20");
        canary["spec"]!["tls"]![0]!["secretName"]!.GetValue<string>().ShouldBe("shop-tls");
        var text = (await K.RunAsync($"describe ingress shop-canary -n {ns}")).Ok().Stdout;
        ShouldMatchLine(text, @"^Ingress Class:\s+nginx$");
        ShouldMatchLine(text, @"^TLS:$");
        ShouldMatchLine(text, @"^  shop-tls terminates shop\.example\.com$");
        ShouldMatchLine(text, @"^  shop\.example\.com\s*$");
        // kubectl looks the backend up (EndpointSlices, then the Service); there is no shop-v2 Service.
        ShouldMatchLine(text, @"^\s+/\s+shop-v2:80 \(<error: services ""shop-v2"" not found>\)$");
    }

    [Fact]
    public async Task The_whole_tutorial_in_one_file()
    {
        var ns = $"tut-all-{Suffix()}";
        var suffix = Suffix();
        var result = (await K.ApplyAsync(TutorialManifests.All(ns, suffix, 30081))).Ok();
        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.ShouldAllBe(l => l.EndsWith(" created"));
        lines.Length.ShouldBe(23);
        var listed = (await K.RunAsync($"get all,endpoints,pvc,secrets,serviceaccounts,roles,rolebindings,ingresses -n {ns} -o name")).Ok().Stdout
            .Split('\n', StringSplitOptions.RemoveEmptyEntries);
        foreach (var name in new[] { "pod/nginx", "service/nginx-np", "endpoints/legacy", "persistentvolumeclaim/task-pv-claim", "secret/db-pass",
                     "serviceaccount/builder", "role.rbac.authorization.k8s.io/pod-reader", "statefulset.apps/web", "ingress.networking.k8s.io/shop-canary",
                     "horizontalpodautoscaler.autoscaling/php-apache" })
            listed.ShouldContain(name);
    }
}
