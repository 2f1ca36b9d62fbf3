using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Tugboat.Api.Core.V1;
using Tugboat.Api.Json;
using Tugboat.Api.Meta;
using Tugboat.Api.Schema;

namespace Tugboat.Api.Tests;

public class CoreV1RoundTripTests
{
    private const string PodJson = """
    {
      "apiVersion": "v1",
      "kind": "Pod",
      "metadata": {
        "name": "web-7d4b9c6f5-abcde",
        "generateName": "web-7d4b9c6f5-",
        "namespace": "default",
        "uid": "0f3c7c1e-8d4a-4b8e-9a55-1f0e2d3c4b5a",
        "resourceVersion": "12345",
        "creationTimestamp": "2024-05-01T10:00:00Z",
        "labels": { "app": "web", "pod-template-hash": "7d4b9c6f5" },
        "annotations": { "kubectl.kubernetes.io/restartedAt": "2024-05-01T09:59:00Z" },
        "ownerReferences": [
          { "apiVersion": "apps/v1", "kind": "ReplicaSet", "name": "web-7d4b9c6f5", "uid": "6a1d2e3f-0000-4000-8000-000000000001", "controller": true, "blockOwnerDeletion": true }
        ]
      },
      "spec": {
        "volumes": [
          { "name": "config", "configMap": { "name": "web-config", "items": [ { "key": "nginx.conf", "path": "nginx.conf", "mode": 420 } ], "defaultMode": 420, "optional": false } },
          { "name": "tls", "secret": { "secretName": "web-tls", "defaultMode": 256 } },
          { "name": "cache", "emptyDir": { "medium": "Memory", "sizeLimit": "64Mi" } },
          { "name": "logs", "hostPath": { "path": "/var/log/web", "type": "DirectoryOrCreate" } },
          { "name": "data", "persistentVolumeClaim": { "claimName": "web-data", "readOnly": true } },
          { "name": "nfs", "nfs": { "server": "10.0.0.5", "path": "/exports/web" } },
          { "name": "scratch", "ephemeral": { "volumeClaimTemplate": { "metadata": { "labels": { "type": "scratch" } }, "spec": { "accessModes": [ "ReadWriteOnce" ], "storageClassName": "local-path", "resources": { "requests": { "storage": "1Gi" } } } } } },
          { "name": "secrets-store", "csi": { "driver": "secrets-store.csi.k8s.io", "readOnly": true, "volumeAttributes": { "secretProviderClass": "vault" } } },
          { "name": "podinfo", "downwardAPI": { "items": [ { "path": "labels", "fieldRef": { "apiVersion": "v1", "fieldPath": "metadata.labels" } }, { "path": "cpu_limit", "resourceFieldRef": { "containerName": "web", "resource": "limits.cpu", "divisor": "1m" } } ] } },
          {
            "name": "kube-api-access-x7k2p",
            "projected": {
              "sources": [
                { "serviceAccountToken": { "expirationSeconds": 3607, "path": "token" } },
                { "configMap": { "name": "kube-root-ca.crt", "items": [ { "key": "ca.crt", "path": "ca.crt" } ] } },
                { "downwardAPI": { "items": [ { "path": "namespace", "fieldRef": { "apiVersion": "v1", "fieldPath": "metadata.namespace" } } ] } },
                { "secret": { "name": "extra", "optional": true } },
                { "clusterTrustBundle": { "signerName": "example.com/signer", "labelSelector": { "matchLabels": { "bundle": "prod" } }, "path": "bundle.pem" } }
              ],
              "defaultMode": 420
            }
          }
        ],
        "initContainers": [
          { "name": "migrate", "image": "web:1.2.3", "command": [ "/bin/migrate" ], "args": [ "--up" ], "resources": {}, "terminationMessagePath": "/dev/termination-log", "terminationMessagePolicy": "File", "imagePullPolicy": "IfNotPresent" },
          { "name": "log-shipper", "image": "busybox:1.36", "restartPolicy": "Always", "resources": {} }
        ],
        "containers": [
          {
            "name": "web",
            "image": "nginx:1.27",
            "workingDir": "/srv",
            "ports": [ { "name": "http", "containerPort": 80, "protocol": "TCP" }, { "name": "dns", "hostPort": 5353, "containerPort": 53, "protocol": "UDP", "hostIP": "0.0.0.0" } ],
            "envFrom": [ { "prefix": "CFG_", "configMapRef": { "name": "web-env" } }, { "secretRef": { "name": "web-secrets", "optional": true } } ],
            "env": [
              { "name": "MODE", "value": "production" },
              { "name": "POD_NAME", "valueFrom": { "fieldRef": { "apiVersion": "v1", "fieldPath": "metadata.name" } } },
              { "name": "MEM_LIMIT", "valueFrom": { "resourceFieldRef": { "containerName": "web", "resource": "limits.memory", "divisor": "1Mi" } } },
              { "name": "COLOR", "valueFrom": { "configMapKeyRef": { "name": "web-config", "key": "color" } } },
              { "name": "PASSWORD", "valueFrom": { "secretKeyRef": { "name": "db", "key": "password", "optional": false } } }
            ],
            "resources": { "limits": { "cpu": "500m", "memory": "256Mi" }, "requests": { "cpu": "250m", "memory": "128Mi" }, "claims": [ { "name": "gpu", "request": "one" } ] },
            "resizePolicy": [ { "resourceName": "cpu", "restartPolicy": "NotRequired" } ],
            "volumeMounts": [
              { "name": "config", "readOnly": true, "mountPath": "/etc/nginx/nginx.conf", "subPath": "nginx.conf" },
              { "name": "data", "mountPath": "/data", "mountPropagation": "HostToContainer", "recursiveReadOnly": "Disabled" },
              { "name": "kube-api-access-x7k2p", "readOnly": true, "mountPath": "/var/run/secrets/kubernetes.io/serviceaccount" }
            ],
            "livenessProbe": { "httpGet": { "path": "/healthz", "port": "http", "scheme": "HTTP", "httpHeaders": [ { "name": "X-Probe", "value": "1" } ] }, "initialDelaySeconds": 5, "timeoutSeconds": 1, "periodSeconds": 10, "successThreshold": 1, "failureThreshold": 3, "terminationGracePeriodSeconds": 15 },
            "readinessProbe": { "tcpSocket": { "port": 80 }, "timeoutSeconds": 1, "periodSeconds": 5, "successThreshold": 1, "failureThreshold": 3 },
            "startupProbe": { "exec": { "command": [ "cat", "/tmp/started" ] }, "failureThreshold": 30, "periodSeconds": 2 },
            "lifecycle": { "postStart": { "exec": { "command": [ "/bin/sh", "-c", "echo started" ] } }, "preStop": { "sleep": { "seconds": 5 } } },
            "terminationMessagePath": "/dev/termination-log",
            "terminationMessagePolicy": "FallbackToLogsOnError",
            "imagePullPolicy": "IfNotPresent",
            "securityContext": { "capabilities": { "add": [ "NET_BIND_SERVICE" ], "drop": [ "ALL" ] }, "privileged": false, "runAsUser": 101, "runAsNonRoot": true, "readOnlyRootFilesystem": true, "allowPrivilegeEscalation": false, "seccompProfile": { "type": "RuntimeDefault" }, "appArmorProfile": { "type": "Localhost", "localhostProfile": "web" } },
            "stdin": false,
            "tty": false
          },
          { "name": "grpc", "image": "example/grpc:2", "livenessProbe": { "grpc": { "port": 9090, "service": "" } } }
        ],
        "restartPolicy": "Always",
        "terminationGracePeriodSeconds": 30,
        "activeDeadlineSeconds": 3600,
        "dnsPolicy": "ClusterFirst",
        "nodeSelector": { "kubernetes.io/os": "linux" },
        "serviceAccountName": "web",
        "serviceAccount": "web",
        "automountServiceAccountToken": true,
        "nodeName": "node-1",
        "hostNetwork": false,
        "hostPID": false,
        "hostIPC": false,
        "shareProcessNamespace": false,
        "securityContext": { "runAsUser": 1000, "runAsGroup": 3000, "fsGroup": 2000, "fsGroupChangePolicy": "OnRootMismatch", "supplementalGroups": [ 4000 ], "supplementalGroupsPolicy": "Merge", "sysctls": [ { "name": "net.core.somaxconn", "value": "1024" } ], "seLinuxOptions": { "level": "s0:c123,c456" }, "seLinuxChangePolicy": "MountOption" },
        "imagePullSecrets": [ { "name": "regcred" } ],
        "hostname": "web-0",
        "subdomain": "web",
        "affinity": {
          "nodeAffinity": {
            "requiredDuringSchedulingIgnoredDuringExecution": { "nodeSelectorTerms": [ { "matchExpressions": [ { "key": "topology.kubernetes.io/zone", "operator": "In", "values": [ "a", "b" ] } ], "matchFields": [ { "key": "metadata.name", "operator": "NotIn", "values": [ "node-9" ] } ] } ] },
            "preferredDuringSchedulingIgnoredDuringExecution": [ { "weight": 10, "preference": { "matchExpressions": [ { "key": "disktype", "operator": "In", "values": [ "ssd" ] } ] } } ]
          },
          "podAffinity": { "requiredDuringSchedulingIgnoredDuringExecution": [ { "labelSelector": { "matchLabels": { "app": "cache" } }, "topologyKey": "kubernetes.io/hostname" } ] },
          "podAntiAffinity": { "preferredDuringSchedulingIgnoredDuringExecution": [ { "weight": 100, "podAffinityTerm": { "labelSelector": { "matchExpressions": [ { "key": "app", "operator": "In", "values": [ "web" ] } ] }, "namespaces": [ "default" ], "topologyKey": "kubernetes.io/hostname", "matchLabelKeys": [ "pod-template-hash" ] } } ] }
        },
        "schedulerName": "default-scheduler",
        "tolerations": [
          { "key": "node.kubernetes.io/not-ready", "operator": "Exists", "effect": "NoExecute", "tolerationSeconds": 300 },
          { "key": "dedicated", "operator": "Equal", "value": "web", "effect": "NoSchedule" }
        ],
        "hostAliases": [ { "ip": "127.0.0.1", "hostnames": [ "foo.local", "bar.local" ] } ],
        "priorityClassName": "high",
        "priority": 1000,
        "dnsConfig": { "nameservers": [ "1.1.1.1" ], "searches": [ "svc.example" ], "options": [ { "name": "ndots", "value": "2" }, { "name": "edns0" } ] },
        "readinessGates": [ { "conditionType": "example.com/feature-1" } ],
        "runtimeClassName": "runc",
        "enableServiceLinks": true,
        "preemptionPolicy": "PreemptLowerPriority",
        "overhead": { "cpu": "10m" },
        "topologySpreadConstraints": [ { "maxSkew": 1, "topologyKey": "topology.kubernetes.io/zone", "whenUnsatisfiable": "DoNotSchedule", "labelSelector": { "matchLabels": { "app": "web" } }, "minDomains": 2, "nodeAffinityPolicy": "Honor", "nodeTaintsPolicy": "Ignore", "matchLabelKeys": [ "pod-template-hash" ] } ],
        "setHostnameAsFQDN": false,
        "os": { "name": "linux" },
        "hostUsers": true,
        "schedulingGates": [ { "name": "example.com/quota" } ],
        "resourceClaims": [ { "name": "gpu", "resourceClaimTemplateName": "gpu-template" } ]
      },
      "status": {
        "phase": "Running",
        "conditions": [
          { "type": "PodReadyToStartContainers", "status": "True", "lastProbeTime": null, "lastTransitionTime": "2024-05-01T10:00:03Z" },
          { "type": "Ready", "status": "False", "lastTransitionTime": "2024-05-01T10:00:09Z", "reason": "ContainersNotReady", "message": "containers with unready status: [grpc]" }
        ],
        "hostIP": "192.168.1.10",
        "hostIPs": [ { "ip": "192.168.1.10" } ],
        "podIP": "10.42.0.7",
        "podIPs": [ { "ip": "10.42.0.7" }, { "ip": "fd00::7" } ],
        "startTime": "2024-05-01T10:00:01Z",
        "initContainerStatuses": [
          { "name": "migrate", "state": { "terminated": { "exitCode": 0, "reason": "Completed", "startedAt": "2024-05-01T10:00:02Z", "finishedAt": "2024-05-01T10:00:03Z", "containerID": "containerd://aaa" } }, "lastState": {}, "ready": true, "restartCount": 0, "image": "docker.io/library/web:1.2.3", "imageID": "docker.io/library/web@sha256:111", "containerID": "containerd://aaa", "started": false }
        ],
        "containerStatuses": [
          {
            "name": "web",
            "state": { "running": { "startedAt": "2024-05-01T10:00:04Z" } },
            "lastState": { "terminated": { "exitCode": 137, "signal": 9, "reason": "OOMKilled", "message": "out of memory", "startedAt": "2024-05-01T09:50:00Z", "finishedAt": "2024-05-01T09:59:59Z", "containerID": "containerd://bbb" } },
            "ready": true,
            "restartCount": 1,
            "image": "docker.io/library/nginx:1.27",
            "imageID": "docker.io/library/nginx@sha256:222",
            "containerID": "containerd://ccc",
            "started": true,
            "allocatedResources": { "cpu": "250m", "memory": "128Mi" },
            "resources": { "limits": { "cpu": "500m" }, "requests": { "cpu": "250m" } },
            "volumeMounts": [ { "name": "data", "mountPath": "/data", "readOnly": false, "recursiveReadOnly": "Disabled" } ],
            "user": { "linux": { "uid": 101, "gid": 101, "supplementalGroups": [ 101, 4000 ] } },
            "allocatedResourcesStatus": [ { "name": "claim:gpu", "resources": [ { "resourceID": "gpu-0", "health": "Healthy" } ] } ]
          },
          { "name": "grpc", "state": { "waiting": { "reason": "CrashLoopBackOff", "message": "back-off 10s restarting failed container" } }, "lastState": {}, "ready": false, "restartCount": 3, "image": "example/grpc:2", "imageID": "", "started": false }
        ],
        "qosClass": "Burstable",
        "resourceClaimStatuses": [ { "name": "gpu", "resourceClaimName": "web-7d4b9c6f5-abcde-gpu-x1y2z" } ]
      }
    }
    """;

    private const string ServiceJson = """
    {
      "apiVersion": "v1",
      "kind": "Service",
      "metadata": { "name": "web", "namespace": "default", "uid": "1c2d3e4f-0000-4000-8000-000000000002", "resourceVersion": "222", "creationTimestamp": "2024-05-01T09:00:00Z", "labels": { "app": "web" } },
      "spec": {
        "ports": [
          { "name": "http", "protocol": "TCP", "appProtocol": "http", "port": 80, "targetPort": "http", "nodePort": 30080 },
          { "name": "metrics", "protocol": "TCP", "port": 9100, "targetPort": 9100, "nodePort": 30091 }
        ],
        "selector": { "app": "web" },
        "clusterIP": "10.43.12.34",
        "clusterIPs": [ "10.43.12.34" ],
        "type": "LoadBalancer",
        "externalIPs": [ "203.0.113.10" ],
        "sessionAffinity": "ClientIP",
        "loadBalancerIP": "203.0.113.20",
        "loadBalancerSourceRanges": [ "203.0.113.0/24" ],
        "externalTrafficPolicy": "Local",
        "healthCheckNodePort": 31234,
        "publishNotReadyAddresses": false,
        "sessionAffinityConfig": { "clientIP": { "timeoutSeconds": 10800 } },
        "ipFamilies": [ "IPv4" ],
        "ipFamilyPolicy": "SingleStack",
        "allocateLoadBalancerNodePorts": true,
        "loadBalancerClass": "example.com/lb",
        "internalTrafficPolicy": "Cluster",
        "trafficDistribution": "PreferClose"
      },
      "status": {
        "loadBalancer": { "ingress": [ { "ip": "203.0.113.20", "ipMode": "VIP", "ports": [ { "port": 80, "protocol": "TCP", "error": "" } ] }, { "hostname": "lb.example.com" } ] },
        "conditions": [ { "type": "LoadBalancerReady", "status": "True", "observedGeneration": 1, "lastTransitionTime": "2024-05-01T09:00:05Z", "reason": "Provisioned", "message": "" } ]
      }
    }
    """;

    private const string NodeJson = """
    {
      "apiVersion": "v1",
      "kind": "Node",
      "metadata": { "name": "node-1", "uid": "2d3e4f5a-0000-4000-8000-000000000003", "resourceVersion": "333", "creationTimestamp": "2024-04-30T08:00:00Z", "labels": { "kubernetes.io/hostname": "node-1", "kubernetes.io/os": "linux", "node-role.kubernetes.io/control-plane": "" }, "annotations": { "node.alpha.kubernetes.io/ttl": "0" } },
      "spec": {
        "podCIDR": "10.42.0.0/24",
        "podCIDRs": [ "10.42.0.0/24", "fd00:42::/64" ],
        "providerID": "tug://node-1",
        "unschedulable": true,
        "taints": [
          { "key": "node.kubernetes.io/unschedulable", "effect": "NoSchedule", "timeAdded": "2024-05-01T10:30:00Z" },
          { "key": "dedicated", "value": "web", "effect": "PreferNoSchedule" }
        ]
      },
      "status": {
        "capacity": { "cpu": "4", "ephemeral-storage": "61255492Ki", "hugepages-2Mi": "0", "memory": "16317324Ki", "pods": "110" },
        "allocatable": { "cpu": "3800m", "ephemeral-storage": "56453061334", "hugepages-2Mi": "0", "memory": "15702924Ki", "pods": "110" },
        "phase": "Running",
        "conditions": [
          { "type": "MemoryPressure", "status": "False", "lastHeartbeatTime": "2024-05-01T10:40:00Z", "lastTransitionTime": "2024-04-30T08:00:00Z", "reason": "KubeletHasSufficientMemory", "message": "kubelet has sufficient memory available" },
          { "type": "Ready", "status": "True", "lastHeartbeatTime": "2024-05-01T10:40:00Z", "lastTransitionTime": "2024-04-30T08:00:30Z", "reason": "KubeletReady", "message": "kubelet is posting ready status" }
        ],
        "addresses": [ { "type": "InternalIP", "address": "192.168.1.10" }, { "type": "Hostname", "address": "node-1" } ],
        "daemonEndpoints": { "kubeletEndpoint": { "Port": 10250 } },
        "nodeInfo": { "machineID": "abc", "systemUUID": "def", "bootID": "ghi", "kernelVersion": "6.1.0-18-amd64", "osImage": "Debian GNU/Linux 12 (bookworm)", "containerRuntimeVersion": "containerd://1.6.20", "kubeletVersion": "v1.32.0-tug", "kubeProxyVersion": "v1.32.0-tug", "operatingSystem": "linux", "architecture": "amd64" },
        "images": [ { "names": [ "docker.io/library/nginx@sha256:222", "docker.io/library/nginx:1.27" ], "sizeBytes": 71000000 } ],
        "volumesInUse": [ "kubernetes.io/csi/example^vol-1" ],
        "volumesAttached": [ { "name": "kubernetes.io/csi/example^vol-1", "devicePath": "" } ],
        "config": { "active": { "configMap": { "namespace": "kube-system", "name": "kubelet", "uid": "x", "resourceVersion": "1", "kubeletConfigKey": "kubelet" } } },
        "runtimeHandlers": [ { "name": "runc", "features": { "recursiveReadOnlyMounts": true, "userNamespaces": false } }, { "name": "", "features": { "recursiveReadOnlyMounts": true, "userNamespaces": false } } ],
        "features": { "supplementalGroupsPolicy": true }
      }
    }
    """;

    private const string EventJson = """
    {
      "apiVersion": "v1",
      "kind": "Event",
      "metadata": { "name": "web-7d4b9c6f5-abcde.17c8f", "namespace": "default", "creationTimestamp": "2024-05-01T10:00:01Z" },
      "involvedObject": { "kind": "Pod", "namespace": "default", "name": "web-7d4b9c6f5-abcde", "uid": "0f3c7c1e-8d4a-4b8e-9a55-1f0e2d3c4b5a", "apiVersion": "v1", "resourceVersion": "12340", "fieldPath": "spec.containers{web}" },
      "reason": "BackOff",
      "message": "Back-off restarting failed container",
      "source": { "component": "kubelet", "host": "node-1" },
      "firstTimestamp": "2024-05-01T10:00:01Z",
      "lastTimestamp": "2024-05-01T10:05:01Z",
      "count": 7,
      "type": "Warning",
      "eventTime": "2024-05-01T10:00:01.123456Z",
      "series": { "count": 3, "lastObservedTime": "2024-05-01T10:05:01.654321Z" },
      "action": "Restarting",
      "reportingComponent": "kubelet",
      "reportingInstance": "node-1"
    }
    """;

    private const string SecretJson = """
    {
      "apiVersion": "v1",
      "kind": "Secret",
      "metadata": { "name": "db", "namespace": "default" },
      "type": "Opaque",
      "immutable": true,
      "data": { "password": "c2VjcmV0", "user": "YWRtaW4=" }
    }
    """;

    public static TheoryData<string, Type> Objects => new()
    {
        { PodJson, typeof(Pod) },
        { ServiceJson, typeof(Service) },
        { NodeJson, typeof(Node) },
        { EventJson, typeof(Event) },
        { SecretJson, typeof(Secret) },
    };

    [Theory]
    [MemberData(nameof(Objects))]
    public void Round_trip_keeps_every_field_and_invents_none(string json, Type type)
    {
        var obj = JsonSerializer.Deserialize(json, type, ApiJson.Options)!;
        var back = JsonSerializer.Serialize(obj, type, ApiJson.Options);

        var expected = WithoutNulls(JsonNode.Parse(json));
        var actual = JsonNode.Parse(back);
        if (!JsonNode.DeepEquals(expected, actual))
            Assert.Fail("round trip changed the object:\n" + string.Join("\n", Diff("", expected, actual)));
    }

    [Fact]
    public void Typed_values_are_read_into_the_right_properties()
    {
        var pod = ApiJson.Deserialize<Pod>(System.Text.Encoding.UTF8.GetBytes(PodJson));
        var web = pod.Spec!.Containers[0];
        web.Ports![0].ContainerPortValue.ShouldBe(80);
        web.Resources!.Limits!["memory"].ToString().ShouldBe("256Mi");
        web.LivenessProbe!.HTTPGet!.Port.StringValue.ShouldBe("http");
        web.ReadinessProbe!.TCPSocket!.Port.IntValue.ShouldBe(80);
        pod.Spec.Volumes!.Single(v => v.Name == "config").ConfigMap!.Name.ShouldBe("web-config");
        pod.Spec.Volumes!.Single(v => v.Name == "kube-api-access-x7k2p").Projected!.Sources![0].ServiceAccountToken!.ExpirationSeconds.ShouldBe(3607);
        pod.Spec.HostIPC.ShouldBe(false);
        pod.Spec.SecurityContext!.FSGroup.ShouldBe(2000);
        pod.Status!.PodIPs!.Select(ip => ip.IP).ShouldBe(["10.42.0.7", "fd00::7"]);
        pod.Status.ContainerStatuses![0].LastTerminationState!.Terminated!.ExitCode.ShouldBe(137);
        pod.Status.StartTime.ShouldBe(new DateTimeOffset(2024, 5, 1, 10, 0, 1, TimeSpan.Zero));

        var node = ApiJson.Deserialize<Node>(System.Text.Encoding.UTF8.GetBytes(NodeJson));
        node.Status!.DaemonEndpoints!.KubeletEndpoint!.Port.ShouldBe(10250);
        node.Spec!.Taints![0].TimeAdded.ShouldNotBeNull();

        var ev = ApiJson.Deserialize<Event>(System.Text.Encoding.UTF8.GetBytes(EventJson));
        ev.EventTime!.Value.Ticks.ShouldBe(new DateTimeOffset(2024, 5, 1, 10, 0, 1, TimeSpan.Zero).Ticks + 1234560);
        ev.ReportingController.ShouldBe("kubelet");

        var secret = ApiJson.Deserialize<Secret>(System.Text.Encoding.UTF8.GetBytes(SecretJson));
        System.Text.Encoding.UTF8.GetString(secret.Data!["password"]).ShouldBe("secret");
    }

    [Fact]
    public void Absent_optional_fields_stay_absent()
    {
        var json = """{"apiVersion":"v1","kind":"Pod","metadata":{"name":"p"},"spec":{"containers":[{"name":"c","image":"busybox"}]}}""";
        var back = JsonSerializer.Serialize(JsonSerializer.Deserialize<Pod>(json, ApiJson.Options), ApiJson.Options);
        JsonNode.DeepEquals(JsonNode.Parse(json), JsonNode.Parse(back)).ShouldBeTrue(back);
    }

    [Fact]
    public void Pod_patch_metadata_matches_upstream()
    {
        var spec = SchemaRegistry.For<Pod>().Field("spec")!.Schema;

        var containers = spec.Field("containers")!;
        containers.Required.ShouldBeTrue();
        containers.PatchMergeKey.ShouldBe("name");
        containers.PatchStrategy.ShouldBe("merge");
        containers.ListType.ShouldBe("map");
        containers.ListMapKeys.ShouldBe(["name"]);

        var volumes = spec.Field("volumes")!;
        volumes.PatchMergeKey.ShouldBe("name");
        volumes.PatchStrategy.ShouldBe("merge,retainKeys");
        volumes.RetainsKeys.ShouldBeTrue();
        volumes.Schema.Items!.Field("name")!.Required.ShouldBeTrue();
        volumes.Schema.Items!.Field("configMap").ShouldNotBeNull();
        volumes.Schema.Items!.Field("persistentVolumeClaim").ShouldNotBeNull();

        var tolerations = spec.Field("tolerations")!;
        tolerations.ListType.ShouldBe("atomic");
        tolerations.PatchMergeKey.ShouldBeNull();

        spec.Field("imagePullSecrets")!.PatchMergeKey.ShouldBe("name");
        spec.Field("nodeSelector")!.MapType.ShouldBe("atomic");
        spec.Field("hostIPC").ShouldNotBeNull();
        spec.Field("serviceAccount").ShouldNotBeNull();
        spec.Field("topologySpreadConstraints")!.ListMapKeys.ShouldBe(["topologyKey", "whenUnsatisfiable"]);

        var container = containers.Schema.Items!;
        var ports = container.Field("ports")!;
        ports.PatchMergeKey.ShouldBe("containerPort");
        ports.PatchStrategy.ShouldBe("merge");
        ports.ListType.ShouldBe("map");
        ports.ListMapKeys.ShouldBe(["containerPort", "protocol"]);
        ports.Schema.Items!.Field("containerPort")!.Required.ShouldBeTrue();
        container.Field("env")!.PatchMergeKey.ShouldBe("name");
        container.Field("volumeMounts")!.PatchMergeKey.ShouldBe("mountPath");
        container.Field("volumeDevices")!.PatchMergeKey.ShouldBe("devicePath");
        container.Field("livenessProbe")!.Schema.Field("httpGet")!.Schema.Field("port")!.Schema.Kind.ShouldBe(SchemaKind.IntOrString);
        container.Field("resources")!.Schema.Field("limits")!.Schema.Items!.Kind.ShouldBe(SchemaKind.Quantity);

        var status = SchemaRegistry.For<Pod>().Field("status")!.Schema;
        status.Field("conditions")!.PatchMergeKey.ShouldBe("type");
        status.Field("podIPs")!.ListMapKeys.ShouldBe(["ip"]);
        status.Field("hostIPs")!.ListType.ShouldBe("atomic");
    }

    [Fact]
    public void Other_kinds_patch_metadata_matches_upstream()
    {
        var ports = SchemaRegistry.For<Service>().Field("spec")!.Schema.Field("ports")!;
        ports.PatchMergeKey.ShouldBe("port");
        ports.ListMapKeys.ShouldBe(["port", "protocol"]);
        SchemaRegistry.For<Service>().Field("spec")!.Schema.Field("selector")!.MapType.ShouldBe("atomic");

        var subset = SchemaRegistry.For<Endpoints>().Field("subsets")!;
        subset.ListType.ShouldBe("atomic");
        SchemaRegistry.For<EndpointAddress>().MapType.ShouldBe("atomic");

        var nodeStatus = SchemaRegistry.For<Node>().Field("status")!.Schema;
        nodeStatus.Field("conditions")!.PatchMergeKey.ShouldBe("type");
        nodeStatus.Field("addresses")!.PatchMergeKey.ShouldBe("type");
        nodeStatus.Field("daemonEndpoints")!.Schema.Field("kubeletEndpoint")!.Schema.Field("Port").ShouldNotBeNull();
        SchemaRegistry.For<Node>().Field("spec")!.Schema.Field("podCIDRs")!.PatchStrategy.ShouldBe("merge");

        SchemaRegistry.For<Event>().Field("eventTime")!.Schema.Kind.ShouldBe(SchemaKind.MicroTime);
        SchemaRegistry.For<Event>().Field("firstTimestamp")!.Schema.Kind.ShouldBe(SchemaKind.Time);
        SchemaRegistry.For<Event>().Field("involvedObject")!.Required.ShouldBeTrue();
        SchemaRegistry.For<ObjectReference>().MapType.ShouldBe("atomic");
        SchemaRegistry.For<PersistentVolume>().Field("spec")!.Schema.Field("claimRef")!.MapType.ShouldBe("granular");
        SchemaRegistry.For<Secret>().Field("data")!.Schema.Items!.Kind.ShouldBe(SchemaKind.Bytes);
        SchemaRegistry.For<Namespace>().Field("spec")!.Schema.Field("finalizers")!.ListType.ShouldBe("atomic");
    }

    [Fact]
    public void Every_root_kind_is_registered_with_its_group_version_kind()
    {
        CoreV1Kinds.All.Length.ShouldBe(16);
        foreach (var type in CoreV1Kinds.All)
        {
            type.IsSubclassOf(typeof(KubernetesObject)).ShouldBeTrue(type.Name);
            var node = SchemaRegistry.For(type);
            node.GroupVersionKind.ShouldNotBeNull(type.Name);
            node.GroupVersionKind!.ApiVersion.ShouldBe("v1");
            node.GroupVersionKind.Kind.ShouldBe(type.Name);
            node.Description.ShouldNotBeNullOrEmpty(type.Name);
        }
    }

    [Fact]
    public void Optional_fields_are_nullable_and_json_names_are_unique()
    {
        var nullability = new NullabilityInfoContext();
        var problems = new List<string>();
        foreach (var node in Reachable(CoreV1Kinds.All.Select(SchemaRegistry.For)))
        {
            foreach (var dup in node.Fields.GroupBy(f => f.JsonName).Where(g => g.Count() > 1))
                problems.Add($"{node.ClrType!.Name}: duplicate json name {dup.Key}");
            foreach (var field in node.Fields)
            {
                if (field.Required || field.Property.DeclaringType == typeof(KubernetesObject)) continue;
                var info = nullability.Create(field.Property);
                var nullable = Nullable.GetUnderlyingType(field.Property.PropertyType) is not null || info.WriteState == NullabilityState.Nullable;
                if (!nullable) problems.Add($"{node.ClrType!.Name}.{field.Property.Name} is optional but not nullable");
            }
        }
        problems.ShouldBeEmpty();
    }

    private static IEnumerable<SchemaNode> Reachable(IEnumerable<SchemaNode> roots)
    {
        var seen = new HashSet<SchemaNode>();
        var stack = new Stack<SchemaNode>(roots);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (!seen.Add(node)) continue;
            if (node.Kind == SchemaKind.Object) yield return node;
            if (node.Items is not null) stack.Push(node.Items);
            foreach (var f in node.Fields) stack.Push(f.Schema);
        }
    }

    /// <summary>Go's encoder writes a zero metav1.Time as null; our objects leave it out. Both mean "unset".</summary>
    private static JsonNode? WithoutNulls(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj.ToList())
                {
                    if (value is null) obj.Remove(key);
                    else WithoutNulls(value);
                }
                break;
            case JsonArray arr:
                foreach (var item in arr) WithoutNulls(item);
                break;
        }
        return node;
    }

    private static IEnumerable<string> Diff(string path, JsonNode? expected, JsonNode? actual)
    {
        if (expected is JsonObject eo && actual is JsonObject ao)
        {
            foreach (var (k, v) in eo)
                if (!ao.ContainsKey(k)) yield return $"lost    {path}.{k}";
                else foreach (var d in Diff($"{path}.{k}", v, ao[k])) yield return d;
            foreach (var (k, _) in ao)
                if (!eo.ContainsKey(k)) yield return $"invented {path}.{k} = {ao[k]?.ToJsonString()}";
        }
        else if (expected is JsonArray ea && actual is JsonArray aa && ea.Count == aa.Count)
        {
            for (var i = 0; i < ea.Count; i++)
                foreach (var d in Diff($"{path}[{i}]", ea[i], aa[i])) yield return d;
        }
        else if (!JsonNode.DeepEquals(expected, actual))
            yield return $"changed {path}: {expected?.ToJsonString()} -> {actual?.ToJsonString()}";
    }
}
