namespace Tugboat.E2E;

/// <summary>kubectl's typed generators send protobuf bodies; they must work as on any cluster.</summary>
[Collection("server")]
public sealed class GeneratorTests(ServerFixture fixture)
{
    private Kubectl K => fixture.Kubectl;

    [Fact]
    public async Task Kubectl_create_run_and_expose_make_the_objects_they_name()
    {
        var ns = $"gen-{Guid.NewGuid().ToString("N")[..6]}";
        (await K.RunAsync($"create namespace {ns}")).Ok().Stdout.ShouldContain($"namespace/{ns} created");
        (await K.RunAsync($"create configmap cfg -n {ns} --from-literal=a=b")).Ok();
        (await K.RunAsync($"create secret generic s1 -n {ns} --from-literal=p=q")).Ok();
        (await K.RunAsync($"create deployment web -n {ns} --image=nginx --replicas=3")).Ok();
        (await K.RunAsync($"expose deployment web -n {ns} --port=80 --target-port=8080")).Ok().Stdout.ShouldContain("service/web exposed");
        (await K.RunAsync($"run p1 -n {ns} --image=busybox")).Ok().Stdout.ShouldContain("pod/p1 created");
        (await K.RunAsync($"create job j1 -n {ns} --image=busybox")).Ok();

        (await K.RunAsync($"get configmap cfg -n {ns} -o jsonpath={{.data.a}}")).Ok().Stdout.ShouldBe("b");
        (await K.RunAsync($"get secret s1 -n {ns} -o jsonpath={{.data.p}}")).Ok().Stdout.ShouldBe("cQ==");
        (await K.RunAsync($"get deployment web -n {ns} -o jsonpath={{.spec.replicas}}")).Ok().Stdout.ShouldBe("3");
        (await K.RunAsync($"get service web -n {ns} -o jsonpath={{.spec.ports[0].targetPort}}")).Ok().Stdout.ShouldBe("8080");
        (await K.RunAsync($"get pod p1 -n {ns} -o jsonpath={{.spec.containers[0].image}}")).Ok().Stdout.ShouldBe("busybox");
        (await K.RunAsync($"get jobs -n {ns} -o name")).Ok().Stdout.ShouldContain("job.batch/j1");
    }

    [Fact]
    public async Task Autoscaling_v1_and_v2_are_two_views_of_one_object()
    {
        var ns = await fixture.NamespaceAsync("hpa");
        (await K.ApplyAsync($"""
            apiVersion: autoscaling/v1
            kind: HorizontalPodAutoscaler
            metadata: {"{"}name: web, namespace: {ns}{"}"}
            spec:
              scaleTargetRef: {"{"}apiVersion: apps/v1, kind: Deployment, name: web{"}"}
              maxReplicas: 5
              targetCPUUtilizationPercentage: 50
            """)).Ok();
        (await K.RunAsync($"get horizontalpodautoscalers.v2.autoscaling web -n {ns} -o jsonpath={{.spec.metrics[0].resource.target.averageUtilization}}"))
            .Ok().Stdout.ShouldBe("50");
        (await K.RunAsync($"get horizontalpodautoscalers.v1.autoscaling web -n {ns} -o jsonpath={{.spec.targetCPUUtilizationPercentage}}"))
            .Ok().Stdout.ShouldBe("50");
    }
}
