using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Tugboat.Api.ApiExtensions.V1;
using Tugboat.Api.Apps.V1;
using Tugboat.Api.Batch.V1;
using Tugboat.Api.Coordination.V1;
using Tugboat.Api.Json;
using Tugboat.Api.Meta;
using Tugboat.Api.Networking.V1;
using Tugboat.Api.Schema;
using HpaV2 = Tugboat.Api.Autoscaling.V2;

namespace Tugboat.Api.Tests;

public class GroupTypesRoundTripTests
{
    private static T AssertRoundTrip<T>(string json)
    {
        var value = JsonSerializer.Deserialize<T>(json, ApiJson.Options)!;
        var written = JsonSerializer.Serialize(value, ApiJson.Options);
        var expected = JsonNode.Parse(json);
        var actual = JsonNode.Parse(written);
        if (!JsonNode.DeepEquals(expected, actual))
            Assert.Fail($"round trip changed the JSON.\nexpected: {expected!.ToJsonString()}\nactual:   {actual!.ToJsonString()}");
        return value;
    }

    [Fact]
    public void Deployment_round_trips()
    {
        const string json = """
        {
          "apiVersion": "apps/v1",
          "kind": "Deployment",
          "metadata": {
            "name": "web", "namespace": "default", "uid": "6f1c7a52-1f0e-4c0c-9d0a-8f3c7f1f2b11",
            "resourceVersion": "1234", "generation": 3, "creationTimestamp": "2024-05-01T10:00:00Z",
            "labels": { "app": "web" },
            "annotations": { "deployment.kubernetes.io/revision": "3" }
          },
          "spec": {
            "replicas": 3,
            "selector": { "matchLabels": { "app": "web" } },
            "template": {
              "metadata": { "labels": { "app": "web" } },
              "spec": {
                "containers": [{
                  "name": "nginx",
                  "image": "nginx:1.27",
                  "ports": [{ "containerPort": 80, "protocol": "TCP" }],
                  "resources": { "requests": { "cpu": "100m", "memory": "128Mi" }, "limits": { "memory": "256Mi" } }
                }]
              }
            },
            "strategy": { "type": "RollingUpdate", "rollingUpdate": { "maxUnavailable": "25%", "maxSurge": 1 } },
            "minReadySeconds": 5,
            "revisionHistoryLimit": 10,
            "progressDeadlineSeconds": 600
          },
          "status": {
            "observedGeneration": 3,
            "replicas": 3,
            "updatedReplicas": 3,
            "readyReplicas": 3,
            "availableReplicas": 3,
            "conditions": [
              { "type": "Available", "status": "True", "lastUpdateTime": "2024-05-01T10:00:30Z", "lastTransitionTime": "2024-05-01T10:00:30Z",
                "reason": "MinimumReplicasAvailable", "message": "Deployment has minimum availability." },
              { "type": "Progressing", "status": "True", "lastUpdateTime": "2024-05-01T10:00:31Z", "lastTransitionTime": "2024-05-01T10:00:00Z",
                "reason": "NewReplicaSetAvailable", "message": "ReplicaSet \"web-7d4b9c\" has successfully progressed." }
            ]
          }
        }
        """;
        var d = AssertRoundTrip<Deployment>(json);
        d.Spec!.Replicas.ShouldBe(3);
        d.Spec.Strategy!.RollingUpdate!.MaxUnavailable!.StringValue.ShouldBe("25%");
        d.Spec.Strategy.RollingUpdate.MaxSurge!.IntValue.ShouldBe(1);
        d.Status!.Conditions![1].Reason.ShouldBe("NewReplicaSetAvailable");
    }

    [Fact]
    public void StatefulSet_with_volume_claim_templates_round_trips()
    {
        const string json = """
        {
          "apiVersion": "apps/v1",
          "kind": "StatefulSet",
          "metadata": { "name": "db", "namespace": "data" },
          "spec": {
            "replicas": 3,
            "selector": { "matchLabels": { "app": "db" } },
            "serviceName": "db",
            "podManagementPolicy": "Parallel",
            "template": {
              "metadata": { "labels": { "app": "db" } },
              "spec": {
                "containers": [{
                  "name": "postgres",
                  "image": "postgres:16",
                  "volumeMounts": [{ "name": "data", "mountPath": "/var/lib/postgresql/data" }]
                }]
              }
            },
            "volumeClaimTemplates": [{
              "apiVersion": "v1",
              "kind": "PersistentVolumeClaim",
              "metadata": { "name": "data" },
              "spec": {
                "accessModes": ["ReadWriteOnce"],
                "storageClassName": "local-path",
                "resources": { "requests": { "storage": "1Gi" } }
              }
            }],
            "updateStrategy": { "type": "RollingUpdate", "rollingUpdate": { "partition": 1, "maxUnavailable": "50%" } },
            "persistentVolumeClaimRetentionPolicy": { "whenDeleted": "Delete", "whenScaled": "Retain" },
            "ordinals": { "start": 1 },
            "revisionHistoryLimit": 5,
            "minReadySeconds": 0
          },
          "status": {
            "observedGeneration": 2,
            "replicas": 3,
            "readyReplicas": 2,
            "currentReplicas": 3,
            "updatedReplicas": 1,
            "currentRevision": "db-5d8f7",
            "updateRevision": "db-6c9a1",
            "collisionCount": 0,
            "availableReplicas": 2
          }
        }
        """;
        var s = AssertRoundTrip<StatefulSet>(json);
        s.Spec!.VolumeClaimTemplates!.Count.ShouldBe(1);
        s.Spec.VolumeClaimTemplates[0].Metadata.Name.ShouldBe("data");
        s.Spec.UpdateStrategy!.RollingUpdate!.Partition.ShouldBe(1);
        s.Spec.Ordinals!.Start.ShouldBe(1);
    }

    [Fact]
    public void CronJob_round_trips()
    {
        const string json = """
        {
          "apiVersion": "batch/v1",
          "kind": "CronJob",
          "metadata": { "name": "backup", "namespace": "default" },
          "spec": {
            "schedule": "*/5 * * * *",
            "timeZone": "Europe/Berlin",
            "startingDeadlineSeconds": 200,
            "concurrencyPolicy": "Forbid",
            "suspend": false,
            "successfulJobsHistoryLimit": 3,
            "failedJobsHistoryLimit": 1,
            "jobTemplate": {
              "metadata": { "labels": { "job": "backup" } },
              "spec": {
                "backoffLimit": 4,
                "activeDeadlineSeconds": 3600,
                "ttlSecondsAfterFinished": 600,
                "completionMode": "NonIndexed",
                "podReplacementPolicy": "Failed",
                "podFailurePolicy": {
                  "rules": [
                    { "action": "FailJob", "onExitCodes": { "containerName": "backup", "operator": "In", "values": [42] } },
                    { "action": "Ignore", "onPodConditions": [{ "type": "DisruptionTarget", "status": "True" }] }
                  ]
                },
                "template": {
                  "spec": {
                    "restartPolicy": "Never",
                    "containers": [{ "name": "backup", "image": "busybox:1.36", "command": ["sh", "-c", "echo backing up"] }]
                  }
                }
              }
            }
          },
          "status": {
            "active": [{ "kind": "Job", "namespace": "default", "name": "backup-28561230", "uid": "0b8f6c1e-2222-4f57-9e6c-6a2f3d1e4c5b", "apiVersion": "batch/v1", "resourceVersion": "9981" }],
            "lastScheduleTime": "2024-05-01T10:30:00Z",
            "lastSuccessfulTime": "2024-05-01T10:25:07Z"
          }
        }
        """;
        var c = AssertRoundTrip<CronJob>(json);
        c.Spec!.TimeZone.ShouldBe("Europe/Berlin");
        c.Spec.JobTemplate.Spec!.PodFailurePolicy!.Rules![0].OnExitCodes!.Values.ShouldBe([42]);
    }

    [Fact]
    public void Job_status_round_trips()
    {
        const string json = """
        {
          "apiVersion": "batch/v1",
          "kind": "Job",
          "metadata": { "name": "pi", "namespace": "default" },
          "spec": {
            "parallelism": 2,
            "completions": 4,
            "completionMode": "Indexed",
            "backoffLimitPerIndex": 1,
            "maxFailedIndexes": 1,
            "successPolicy": { "rules": [{ "succeededIndexes": "0-2", "succeededCount": 2 }] },
            "managedBy": "kubernetes.io/job-controller",
            "selector": { "matchLabels": { "batch.kubernetes.io/controller-uid": "3f0c" } },
            "manualSelector": false,
            "suspend": false,
            "template": { "metadata": { "labels": { "job-name": "pi" } }, "spec": { "restartPolicy": "Never", "containers": [{ "name": "pi", "image": "perl:5.34" }] } }
          },
          "status": {
            "startTime": "2024-05-01T10:00:00Z",
            "active": 1,
            "succeeded": 2,
            "failed": 1,
            "terminating": 0,
            "ready": 1,
            "completedIndexes": "0,2",
            "failedIndexes": "1",
            "uncountedTerminatedPods": { "succeeded": ["a1"], "failed": [] },
            "conditions": [{ "type": "SuccessCriteriaMet", "status": "True", "lastProbeTime": "2024-05-01T10:01:00Z", "lastTransitionTime": "2024-05-01T10:01:00Z", "reason": "SuccessPolicy", "message": "Matched rules at index 0" }]
          }
        }
        """;
        var j = AssertRoundTrip<Job>(json);
        j.Status!.UncountedTerminatedPods!.Failed.ShouldBeEmpty();
        j.Status.Terminating.ShouldBe(0);
    }

    [Fact]
    public void Ingress_with_tls_round_trips()
    {
        const string json = """
        {
          "apiVersion": "networking.k8s.io/v1",
          "kind": "Ingress",
          "metadata": {
            "name": "shop", "namespace": "default",
            "annotations": { "nginx.ingress.kubernetes.io/canary": "true", "nginx.ingress.kubernetes.io/canary-weight": "20" }
          },
          "spec": {
            "ingressClassName": "nginx",
            "defaultBackend": { "resource": { "apiGroup": "k8s.example.com", "kind": "StorageBucket", "name": "static-assets" } },
            "tls": [{ "hosts": ["shop.example.com", "api.example.com"], "secretName": "shop-tls" }],
            "rules": [
              {
                "host": "shop.example.com",
                "http": {
                  "paths": [
                    { "path": "/", "pathType": "Prefix", "backend": { "service": { "name": "web", "port": { "number": 80 } } } },
                    { "path": "/cart", "pathType": "Exact", "backend": { "service": { "name": "cart", "port": { "name": "http" } } } }
                  ]
                }
              },
              { "http": { "paths": [{ "path": "/healthz", "pathType": "ImplementationSpecific", "backend": { "service": { "name": "health", "port": { "number": 8080 } } } }] } }
            ]
          },
          "status": {
            "loadBalancer": {
              "ingress": [{ "ip": "10.0.0.5", "ports": [{ "port": 443, "protocol": "TCP" }, { "port": 80, "protocol": "TCP", "error": "Pending" }] }]
            }
          }
        }
        """;
        var i = AssertRoundTrip<Ingress>(json);
        i.Spec!.Tls![0].SecretName.ShouldBe("shop-tls");
        i.Spec.Rules![0].Http!.Paths![1].Backend.Service!.Port!.Name.ShouldBe("http");
        i.Status!.LoadBalancer!.Ingress![0].Ip.ShouldBe("10.0.0.5");
    }

    [Fact]
    public void HorizontalPodAutoscaler_v2_with_behavior_round_trips()
    {
        const string json = """
        {
          "apiVersion": "autoscaling/v2",
          "kind": "HorizontalPodAutoscaler",
          "metadata": { "name": "web", "namespace": "default" },
          "spec": {
            "scaleTargetRef": { "apiVersion": "apps/v1", "kind": "Deployment", "name": "web" },
            "minReplicas": 2,
            "maxReplicas": 10,
            "metrics": [
              { "type": "Resource", "resource": { "name": "cpu", "target": { "type": "Utilization", "averageUtilization": 60 } } },
              { "type": "ContainerResource", "containerResource": { "name": "memory", "container": "app", "target": { "type": "AverageValue", "averageValue": "500Mi" } } },
              { "type": "Pods", "pods": { "metric": { "name": "packets-per-second" }, "target": { "type": "AverageValue", "averageValue": "1k" } } },
              { "type": "Object", "object": {
                  "describedObject": { "apiVersion": "networking.k8s.io/v1", "kind": "Ingress", "name": "main-route" },
                  "metric": { "name": "requests-per-second" },
                  "target": { "type": "Value", "value": "10k" } } },
              { "type": "External", "external": {
                  "metric": { "name": "queue_messages_ready", "selector": { "matchLabels": { "queue": "worker_tasks" } } },
                  "target": { "type": "AverageValue", "averageValue": "30" } } }
            ],
            "behavior": {
              "scaleDown": { "stabilizationWindowSeconds": 300, "policies": [{ "type": "Percent", "value": 100, "periodSeconds": 15 }] },
              "scaleUp": {
                "stabilizationWindowSeconds": 0,
                "selectPolicy": "Max",
                "policies": [{ "type": "Percent", "value": 100, "periodSeconds": 15 }, { "type": "Pods", "value": 4, "periodSeconds": 15 }]
              }
            }
          },
          "status": {
            "observedGeneration": 1,
            "lastScaleTime": "2024-05-01T10:05:00Z",
            "currentReplicas": 3,
            "desiredReplicas": 4,
            "currentMetrics": [
              { "type": "Resource", "resource": { "name": "cpu", "current": { "averageValue": "180m", "averageUtilization": 72 } } }
            ],
            "conditions": [
              { "type": "AbleToScale", "status": "True", "lastTransitionTime": "2024-05-01T10:00:00Z", "reason": "ReadyForNewScale", "message": "recommended size matches current size" },
              { "type": "ScalingActive", "status": "True", "lastTransitionTime": "2024-05-01T10:00:00Z", "reason": "ValidMetricFound", "message": "the HPA was able to successfully calculate a replica count from cpu resource utilization (percentage of request)" }
            ]
          }
        }
        """;
        var h = AssertRoundTrip<HpaV2.HorizontalPodAutoscaler>(json);
        h.Spec!.Behavior!.ScaleUp!.Policies![1].Type.ShouldBe("Pods");
        h.Spec.Metrics![0].Resource!.Target.AverageUtilization.ShouldBe(60);
        h.Status!.DesiredReplicas.ShouldBe(4);
    }

    [Fact]
    public void CustomResourceDefinition_with_nested_schema_round_trips()
    {
        const string json = """
        {
          "apiVersion": "apiextensions.k8s.io/v1",
          "kind": "CustomResourceDefinition",
          "metadata": { "name": "crontabs.stable.example.com" },
          "spec": {
            "group": "stable.example.com",
            "scope": "Namespaced",
            "names": { "plural": "crontabs", "singular": "crontab", "kind": "CronTab", "listKind": "CronTabList", "shortNames": ["ct"], "categories": ["all"] },
            "conversion": { "strategy": "None" },
            "versions": [
              {
                "name": "v1",
                "served": true,
                "storage": true,
                "subresources": {
                  "status": {},
                  "scale": { "specReplicasPath": ".spec.replicas", "statusReplicasPath": ".status.replicas", "labelSelectorPath": ".status.labelSelector" }
                },
                "additionalPrinterColumns": [
                  { "name": "Spec", "type": "string", "description": "The cron spec", "jsonPath": ".spec.cronSpec" },
                  { "name": "Replicas", "type": "integer", "jsonPath": ".spec.replicas", "priority": 1 }
                ],
                "selectableFields": [{ "jsonPath": ".spec.cronSpec" }],
                "schema": {
                  "openAPIV3Schema": {
                    "type": "object",
                    "description": "A CronTab runs an image on a schedule.",
                    "required": ["spec"],
                    "properties": {
                      "spec": {
                        "type": "object",
                        "x-kubernetes-validations": [
                          { "rule": "self.minReplicas <= self.replicas", "message": "replicas below the minimum", "reason": "FieldValueInvalid", "fieldPath": ".replicas" }
                        ],
                        "properties": {
                          "cronSpec": { "type": "string", "pattern": "^(\\d+|\\*)(/\\d+)?(\\s+(\\d+|\\*)(/\\d+)?){4}$" },
                          "image": { "type": "string", "minLength": 1, "maxLength": 253 },
                          "replicas": { "type": "integer", "format": "int32", "minimum": 1, "maximum": 10.5, "default": 1 },
                          "minReplicas": { "type": "integer", "default": 1 },
                          "mode": { "type": "string", "enum": ["Fast", "Safe", null], "nullable": true, "default": "Safe" },
                          "size": { "x-kubernetes-int-or-string": true, "anyOf": [{ "type": "integer" }, { "type": "string" }] },
                          "labels": { "type": "object", "additionalProperties": { "type": "string" }, "x-kubernetes-map-type": "granular" },
                          "strict": { "type": "object", "additionalProperties": false },
                          "ports": {
                            "type": "array",
                            "x-kubernetes-list-type": "map",
                            "x-kubernetes-list-map-keys": ["containerPort", "protocol"],
                            "maxItems": 16,
                            "items": {
                              "type": "object",
                              "required": ["containerPort"],
                              "properties": {
                                "containerPort": { "type": "integer" },
                                "protocol": { "type": "string", "default": "TCP" }
                              }
                            }
                          },
                          "template": { "type": "object", "x-kubernetes-embedded-resource": true, "x-kubernetes-preserve-unknown-fields": true },
                          "config": { "type": "object", "x-kubernetes-preserve-unknown-fields": true, "example": { "a": [1, 2, { "b": null }] } },
                          "ref": { "$ref": "#/definitions/thing" }
                        }
                      },
                      "status": {
                        "type": "object",
                        "properties": { "replicas": { "type": "integer" }, "labelSelector": { "type": "string" } }
                      }
                    }
                  }
                }
              },
              { "name": "v1beta1", "served": true, "storage": false, "deprecated": true, "deprecationWarning": "stable.example.com/v1beta1 CronTab is deprecated",
                "schema": { "openAPIV3Schema": { "type": "object", "x-kubernetes-preserve-unknown-fields": true } } }
            ]
          },
          "status": {
            "conditions": [
              { "type": "NamesAccepted", "status": "True", "lastTransitionTime": "2024-05-01T10:00:00Z", "reason": "NoConflicts", "message": "no conflicts found" },
              { "type": "Established", "status": "True", "lastTransitionTime": "2024-05-01T10:00:00Z", "reason": "InitialNamesAccepted", "message": "the initial names have been accepted" }
            ],
            "acceptedNames": { "plural": "crontabs", "singular": "crontab", "kind": "CronTab", "listKind": "CronTabList", "shortNames": ["ct"], "categories": ["all"] },
            "storedVersions": ["v1"]
          }
        }
        """;
        var crd = AssertRoundTrip<CustomResourceDefinition>(json);
        var spec = crd.Spec.Versions![0].Schema!.OpenAPIV3Schema!.Properties!["spec"];
        spec.XValidations![0].Rule.ShouldBe("self.minReplicas <= self.replicas");
        spec.Properties!["replicas"].Maximum.ShouldBe(10.5);
        spec.Properties["strict"].AdditionalProperties!.GetValue<bool>().ShouldBeFalse();
        spec.Properties["ports"].XListMapKeys.ShouldBe(["containerPort", "protocol"]);
        spec.Properties["ports"].Items!.Deserialize<JSONSchemaProps>(ApiJson.Options)!.Required.ShouldBe(["containerPort"]);
        spec.Properties["ref"].Ref.ShouldBe("#/definitions/thing");
        spec.Properties["template"].XEmbeddedResource.ShouldBe(true);
        crd.Spec.Versions[0].Subresources!.Status.ShouldNotBeNull();
    }

    [Fact]
    public void Lease_times_are_microtimes()
    {
        const string json = """
        {
          "apiVersion": "coordination.k8s.io/v1",
          "kind": "Lease",
          "metadata": { "name": "tug-controller-manager", "namespace": "kube-system" },
          "spec": {
            "holderIdentity": "node-1_4f0c",
            "leaseDurationSeconds": 15,
            "acquireTime": "2024-05-01T10:00:00.123456Z",
            "renewTime": "2024-05-01T10:00:10.000001Z",
            "leaseTransitions": 2
          }
        }
        """;
        var lease = AssertRoundTrip<Lease>(json);
        var written = JsonSerializer.Serialize(new Lease { Spec = new LeaseSpec { RenewTime = new DateTimeOffset(2024, 5, 1, 10, 0, 0, TimeSpan.Zero) } }, ApiJson.Options);
        written.ShouldContain("\"renewTime\":\"2024-05-01T10:00:00.000000Z\"");
        lease.Spec!.LeaseTransitions.ShouldBe(2);
    }

    [Fact]
    public void Absent_optional_fields_stay_absent()
    {
        var json = JsonSerializer.Serialize(new Deployment { Spec = new DeploymentSpec() }, ApiJson.Options);
        JsonNode.Parse(json)!["spec"]!.AsObject().Select(p => p.Key).ShouldBe(["template"]);
        JsonSerializer.Serialize(new Tugboat.Api.Policy.V1.Eviction(), ApiJson.Options).ShouldBe("{\"metadata\":{}}");
    }

    // ---- SchemaRegistry facts

    [Fact]
    public void Deployment_status_conditions_merge_on_type()
    {
        var conditions = SchemaRegistry.For<Deployment>().Field("status")!.Schema.Field("conditions")!;
        conditions.PatchStrategy.ShouldBe("merge");
        conditions.PatchMergeKey.ShouldBe("type");
        conditions.ListType.ShouldBe("map");
        conditions.ListMapKeys.ShouldBe(["type"]);
        conditions.MergesList.ShouldBeTrue();
        SchemaRegistry.For<Deployment>().Field("spec")!.Schema.Field("strategy")!.RetainsKeys.ShouldBeTrue();
    }

    [Fact]
    public void Schema_field_names_and_kinds()
    {
        SchemaRegistry.For<Deployment>().GroupVersionKind!.ApiVersion.ShouldBe("apps/v1");
        SchemaRegistry.For<IngressSpec>().Field("tls")!.ListType.ShouldBe("atomic");
        SchemaRegistry.For<HTTPIngressPath>().Field("pathType")!.Required.ShouldBeTrue();
        SchemaRegistry.For<StatefulSetSpec>().Field("volumeClaimTemplates")!.Schema.Kind.ShouldBe(SchemaKind.Array);
        SchemaRegistry.For<StatefulSetSpec>().Field("serviceName")!.Required.ShouldBeTrue();
        SchemaRegistry.For<LeaseSpec>().Field("renewTime")!.Schema.Kind.ShouldBe(SchemaKind.MicroTime);
        SchemaRegistry.For<LeaseSpec>().Field("leaseDurationSeconds")!.Schema.Format.ShouldBe("int32");
        SchemaRegistry.For<ControllerRevision>().Field("data")!.Schema.Kind.ShouldBe(SchemaKind.FreeForm);
        SchemaRegistry.For<HpaV2.HorizontalPodAutoscalerSpec>().Field("metrics")!.Schema.Items!.Field("containerResource").ShouldNotBeNull();
        SchemaRegistry.For<Tugboat.Api.Storage.V1.CSINodeSpec>().Field("drivers")!.PatchMergeKey.ShouldBe("name");
        SchemaRegistry.For<Tugboat.Api.Rbac.V1.RoleRef>().MapType.ShouldBe("atomic");
        SchemaRegistry.For<Tugboat.Api.Autoscaling.V1.HorizontalPodAutoscalerSpec>().Field("targetCPUUtilizationPercentage").ShouldNotBeNull();
        SchemaRegistry.For<Tugboat.Api.Policy.V1.PodDisruptionBudgetSpec>().Field("selector")!.PatchStrategy.ShouldBe("replace");
    }

    [Fact]
    public void JSONSchemaProps_is_recursive_with_kubernetes_extension_names()
    {
        var props = SchemaRegistry.For<JSONSchemaProps>();
        props.Field("properties")!.Schema.Items.ShouldBeSameAs(props);
        props.Field("not")!.Schema.ShouldBeSameAs(props);
        props.Field("$ref").ShouldNotBeNull();
        props.Field("$schema").ShouldNotBeNull();
        props.Field("x-kubernetes-preserve-unknown-fields").ShouldNotBeNull();
        props.Field("x-kubernetes-validations")!.ListMapKeys.ShouldBe(["rule"]);
        props.Field("default")!.Schema.Kind.ShouldBe(SchemaKind.FreeForm);
        props.Field("additionalProperties")!.Schema.Kind.ShouldBe(SchemaKind.FreeForm);
        props.Field("items")!.Schema.Kind.ShouldBe(SchemaKind.FreeForm);
        props.Field("enum")!.Schema.Items!.Kind.ShouldBe(SchemaKind.FreeForm);
    }

    public static readonly TheoryData<Type[], string> Folders = new()
    {
        { Tugboat.Api.Apps.V1.AppsV1Kinds.All, "apps/v1" },
        { Tugboat.Api.Batch.V1.BatchV1Kinds.All, "batch/v1" },
        { Tugboat.Api.Networking.V1.NetworkingV1Kinds.All, "networking.k8s.io/v1" },
        { Tugboat.Api.Rbac.V1.RbacV1Kinds.All, "rbac.authorization.k8s.io/v1" },
        { Tugboat.Api.Storage.V1.StorageV1Kinds.All, "storage.k8s.io/v1" },
        { Tugboat.Api.Autoscaling.V1.AutoscalingV1Kinds.All, "autoscaling/v1" },
        { Tugboat.Api.Autoscaling.V2.AutoscalingV2Kinds.All, "autoscaling/v2" },
        { Tugboat.Api.Policy.V1.PolicyV1Kinds.All, "policy/v1" },
        { Tugboat.Api.Coordination.V1.CoordinationV1Kinds.All, "coordination.k8s.io/v1" },
        { Tugboat.Api.Scheduling.V1.SchedulingV1Kinds.All, "scheduling.k8s.io/v1" },
        { Tugboat.Api.Events.V1.EventsV1Kinds.All, "events.k8s.io/v1" },
        { Tugboat.Api.Discovery.V1.DiscoveryV1Kinds.All, "discovery.k8s.io/v1" },
        { Tugboat.Api.ApiExtensions.V1.ApiExtensionsV1Kinds.All, "apiextensions.k8s.io/v1" },
        { Tugboat.Api.Authentication.V1.AuthenticationV1Kinds.All, "authentication.k8s.io/v1" },
        { Tugboat.Api.Authorization.V1.AuthorizationV1Kinds.All, "authorization.k8s.io/v1" },
    };

    [Theory]
    [MemberData(nameof(Folders))]
    public void Kinds_are_root_types_of_their_group_version(Type[] kinds, string apiVersion)
    {
        kinds.ShouldNotBeEmpty();
        foreach (var kind in kinds)
        {
            typeof(KubernetesObject).IsAssignableFrom(kind).ShouldBeTrue(kind.Name);
            var gvk = SchemaRegistry.For(kind).GroupVersionKind;
            gvk.ShouldNotBeNull(kind.Name);
            gvk.ApiVersion.ShouldBe(apiVersion);
            gvk.Kind.ShouldBe(kind.Name);
            kind.GetCustomAttribute<DocAttribute>().ShouldNotBeNull(kind.Name);
        }
    }

    [Theory]
    [MemberData(nameof(Folders))]
    public void Json_names_are_unique_in_every_reachable_type(Type[] kinds, string apiVersion)
    {
        _ = apiVersion;
        var seen = new HashSet<Type>();
        foreach (var kind in kinds) Walk(SchemaRegistry.For(kind), seen);
    }

    private static void Walk(SchemaNode node, HashSet<Type> seen)
    {
        if (node.Items is not null) Walk(node.Items, seen);
        if (node.Kind != SchemaKind.Object || node.ClrType is null || !seen.Add(node.ClrType)) return;
        if (node.ClrType.Namespace == "Tugboat.Api.Core.V1") return; // another worker's types
        node.Fields.Select(f => f.JsonName).ShouldBeUnique(node.ClrType.Name);
        foreach (var field in node.Fields)
        {
            Walk(field.Schema, seen);
        }
    }
}
