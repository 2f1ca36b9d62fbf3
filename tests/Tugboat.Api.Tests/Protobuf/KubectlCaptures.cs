// Request bodies captured from kubectl v1.32.4 (Content-Type: application/vnd.kubernetes.protobuf) against a
// throwaway discovery-only HTTP server, with the JSON that the same command prints under --dry-run=client -o json.
// kubectl run and kubectl expose sent JSON, not protobuf, so they are not here.

namespace Tugboat.Api.Tests.Protobuf;

public static class KubectlCaptures
{
    public sealed record Capture(string Name, string Command, Type Type, string Body, string? DryRunJson)
    {
        public byte[] Bytes => Convert.FromBase64String(Body);
        public override string ToString() => Name;
    }

    public static readonly Capture[] All =
    [
        new("Namespace", """kubectl create namespace foo""", typeof(Tugboat.Api.Core.V1.Namespace),
            "azhzAAoPCgJ2MRIJTmFtZXNwYWNlEhsKEwoDZm9vEgAaACIAKgAyADgAQgASABoCCgAaACIA",
            """{"kind":"Namespace","apiVersion":"v1","metadata":{"name":"foo","creationTimestamp":null},"spec":{},"status":{}}"""),
        new("ConfigMap", """kubectl create configmap cfg --from-literal=greeting=hello --from-literal=empty=""", typeof(Tugboat.Api.Core.V1.ConfigMap),
            "azhzAAoPCgJ2MRIJQ29uZmlnTWFwEjoKGgoDY2ZnEgAaB2RlZmF1bHQiACoAMgA4AEIAEgkKBWVtcHR5EgASEQoIZ3JlZXRpbmcSBWhlbGxvGgAiAA==",
            """{"kind":"ConfigMap","apiVersion":"v1","metadata":{"name":"cfg","namespace":"default","creationTimestamp":null},"data":{"empty":"","greeting":"hello"}}"""),
        new("Secret", """kubectl create secret generic creds --from-literal=user=admin --from-literal=pass='s3cr3t!'""", typeof(Tugboat.Api.Core.V1.Secret),
            "azhzAAoMCgJ2MRIGU2VjcmV0EkAKHAoFY3JlZHMSABoHZGVmYXVsdCIAKgAyADgAQgASDwoEcGFzcxIHczNjcjN0IRINCgR1c2VyEgVhZG1pbhoAGgAiAA==",
            """{"kind":"Secret","apiVersion":"v1","metadata":{"name":"creds","namespace":"default","creationTimestamp":null},"data":{"pass":"czNjcjN0IQ==","user":"YWRtaW4="}}"""),
        new("Deployment", """kubectl create deployment web --image=nginx:1.27 --port=80 --replicas=3""", typeof(Tugboat.Api.Apps.V1.Deployment),
            "azhzAAoVCgdhcHBzL3YxEgpEZXBsb3ltZW50EsQBCiYKA3dlYhIAGgdkZWZhdWx0IgAqADIAOABCAFoKCgNhcHASA3dlYhKLAQgDEgwKCgoDYXBwEgN3ZWIacQocCgASABoAIgAqADIAOABCAFoKCgNhcHASA3dlYhJREjMKBW5naW54EgpuZ2lueDoxLjI3KgAyCgoAEAAYUCIAKgBCAGoAcgCAAQCIAQCQAQCiAQAaADIAQgBKAFIAWABgAGgAggEAigEAmgEAwgEAIgIKACgAOAAaDAgAEAAYACAAKAA4ABoAIgA=",
            """{"kind":"Deployment","apiVersion":"apps/v1","metadata":{"name":"web","namespace":"default","creationTimestamp":null,"labels":{"app":"web"}},"spec":{"replicas":3,"selector":{"matchLabels":{"app":"web"}},"template":{"metadata":{"creationTimestamp":null,"labels":{"app":"web"}},"spec":{"containers":[{"name":"nginx","image":"nginx:1.27","ports":[{"containerPort":80}],"resources":{}}]}},"strategy":{}},"status":{}}"""),
        new("Service", """kubectl create service clusterip web --tcp=80:8080 --tcp=443:https""", typeof(Tugboat.Api.Core.V1.Service),
            "azhzAAoNCgJ2MRIHU2VydmljZRKUAQomCgN3ZWISABoHZGVmYXVsdCIAKgAyADgAQgBaCgoDYXBwEgN3ZWISZgobCgc4MC04MDgwEgNUQ1AYUCIHCAAQkD8aACgACiIKCTQ0My1odHRwcxIDVENQGLsDIgsIARAAGgVodHRwcygAEgoKA2FwcBIDd2ViGgAiCUNsdXN0ZXJJUDoAQgBSAFoAYABoABoCCgAaACIA",
            """{"kind":"Service","apiVersion":"v1","metadata":{"name":"web","namespace":"default","creationTimestamp":null,"labels":{"app":"web"}},"spec":{"ports":[{"name":"80-8080","protocol":"TCP","port":80,"targetPort":8080},{"name":"443-https","protocol":"TCP","port":443,"targetPort":"https"}],"selector":{"app":"web"},"type":"ClusterIP"},"status":{"loadBalancer":{}}}"""),
        new("Job", """kubectl create job once --image=busybox -- echo hi""", typeof(Tugboat.Api.Batch.V1.Job),
            "azhzAAoPCghiYXRjaC92MRIDSm9iEo8BChsKBG9uY2USABoHZGVmYXVsdCIAKgAyADgAQgASZjJkChAKABIAGgAiACoAMgA4AEIAElASLQoEb25jZRIHYnVzeWJveBoEZWNobxoCaGkqAEIAagByAIABAIgBAJABAKIBABoFTmV2ZXIyAEIASgBSAFgAYABoAIIBAIoBAJoBAMIBABoIIAAoADAAOgAaACIA",
            """{"kind":"Job","apiVersion":"batch/v1","metadata":{"name":"once","namespace":"default","creationTimestamp":null},"spec":{"template":{"metadata":{"creationTimestamp":null},"spec":{"containers":[{"name":"once","image":"busybox","command":["echo","hi"],"resources":{}}],"restartPolicy":"Never"}}},"status":{}}"""),
        new("CronJob", """kubectl create cronjob tick --image=busybox --schedule='*/5 * * * *' -- date""", typeof(Tugboat.Api.Batch.V1.CronJob),
            "azhzAAoTCghiYXRjaC92MRIHQ3JvbkpvYhKxAQobCgR0aWNrEgAaB2RlZmF1bHQiACoAMgA4AEIAEo8BCgsqLzUgKiAqICogKhoAKn4KFAoEdGljaxIAGgAiACoAMgA4AEIAEmYyZAoQCgASABoAIgAqADIAOABCABJQEikKBHRpY2sSB2J1c3lib3gaBGRhdGUqAEIAagByAIABAIgBAJABAKIBABoJT25GYWlsdXJlMgBCAEoAUgBYAGAAaACCAQCKAQCaAQDCAQAaABoAIgA=",
            """{"kind":"CronJob","apiVersion":"batch/v1","metadata":{"name":"tick","namespace":"default","creationTimestamp":null},"spec":{"schedule":"*/5 * * * *","jobTemplate":{"metadata":{"name":"tick","creationTimestamp":null},"spec":{"template":{"metadata":{"creationTimestamp":null},"spec":{"containers":[{"name":"tick","image":"busybox","command":["date"],"resources":{}}],"restartPolicy":"OnFailure"}}}}},"status":{}}"""),
        new("Role", """kubectl create role reader --verb=get,list --resource=pods,configmaps""", typeof(Tugboat.Api.Rbac.V1.Role),
            "azhzAAokChxyYmFjLmF1dGhvcml6YXRpb24uazhzLmlvL3YxEgRSb2xlEkAKHQoGcmVhZGVyEgAaB2RlZmF1bHQiACoAMgA4AEIAEh8KA2dldAoEbGlzdBIAGgRwb2RzGgpjb25maWdtYXBzGgAiAA==",
            """{"kind":"Role","apiVersion":"rbac.authorization.k8s.io/v1","metadata":{"name":"reader","namespace":"default","creationTimestamp":null},"rules":[{"verbs":["get","list"],"apiGroups":[""],"resources":["pods","configmaps"]}]}"""),
        new("RoleBinding", """kubectl create rolebinding rb --role=reader --user=alice --serviceaccount=default:sa""", typeof(Tugboat.Api.Rbac.V1.RoleBinding),
            "azhzAAorChxyYmFjLmF1dGhvcml6YXRpb24uazhzLmlvL3YxEgtSb2xlQmluZGluZxKTAQoZCgJyYhIAGgdkZWZhdWx0IgAqADIAOABCABIqCgRVc2VyEhlyYmFjLmF1dGhvcml6YXRpb24uazhzLmlvGgVhbGljZSIAEh8KDlNlcnZpY2VBY2NvdW50EgAaAnNhIgdkZWZhdWx0GikKGXJiYWMuYXV0aG9yaXphdGlvbi5rOHMuaW8SBFJvbGUaBnJlYWRlchoAIgA=",
            """{"kind":"RoleBinding","apiVersion":"rbac.authorization.k8s.io/v1","metadata":{"name":"rb","namespace":"default","creationTimestamp":null},"subjects":[{"kind":"User","apiGroup":"rbac.authorization.k8s.io","name":"alice"},{"kind":"ServiceAccount","name":"sa","namespace":"default"}],"roleRef":{"apiGroup":"rbac.authorization.k8s.io","kind":"Role","name":"reader"}}"""),
        new("ClusterRole", """kubectl create clusterrole cr --verb=get --non-resource-url=/healthz""", typeof(Tugboat.Api.Rbac.V1.ClusterRole),
            "azhzAAorChxyYmFjLmF1dGhvcml6YXRpb24uazhzLmlvL3YxEgtDbHVzdGVyUm9sZRIlChIKAmNyEgAaACIAKgAyADgAQgASDwoDZ2V0KggvaGVhbHRoehoAIgA=",
            """{"kind":"ClusterRole","apiVersion":"rbac.authorization.k8s.io/v1","metadata":{"name":"cr","creationTimestamp":null},"rules":[{"verbs":["get"],"nonResourceURLs":["/healthz"]}]}"""),
        new("ServiceAccount", """kubectl create serviceaccount sa""", typeof(Tugboat.Api.Core.V1.ServiceAccount),
            "azhzAAoUCgJ2MRIOU2VydmljZUFjY291bnQSGwoZCgJzYRIAGgdkZWZhdWx0IgAqADIAOABCABoAIgA=",
            """{"kind":"ServiceAccount","apiVersion":"v1","metadata":{"name":"sa","namespace":"default","creationTimestamp":null}}"""),
        new("ResourceQuota", """kubectl create quota q --hard=cpu=1500m,memory=2Gi,pods=10""", typeof(Tugboat.Api.Core.V1.ResourceQuota),
            "azhzAAoTCgJ2MRINUmVzb3VyY2VRdW90YRJNChgKAXESABoHZGVmYXVsdCIAKgAyADgAQgASLwoOCgNjcHUSBwoFMTUwMG0KDwoGbWVtb3J5EgUKAzJHaQoMCgRwb2RzEgQKAjEwGgAaACIA",
            """{"kind":"ResourceQuota","apiVersion":"v1","metadata":{"name":"q","namespace":"default","creationTimestamp":null},"spec":{"hard":{"cpu":"1500m","memory":"2Gi","pods":"10"}},"status":{}}"""),
        new("PriorityClass", """kubectl create priorityclass high --value=1000 --description=important""", typeof(Tugboat.Api.Scheduling.V1.PriorityClass),
            "azhzAAolChRzY2hlZHVsaW5nLms4cy5pby92MRINUHJpb3JpdHlDbGFzcxI8ChQKBGhpZ2gSABoAIgAqADIAOABCABDoBxgAIglpbXBvcnRhbnQqFFByZWVtcHRMb3dlclByaW9yaXR5GgAiAA==",
            """{"kind":"PriorityClass","apiVersion":"scheduling.k8s.io/v1","metadata":{"name":"high","creationTimestamp":null},"value":1000,"description":"important","preemptionPolicy":"PreemptLowerPriority"}"""),
        new("PodDisruptionBudget", """kubectl create poddisruptionbudget pdb --selector=app=web --min-available=50%""", typeof(Tugboat.Api.Policy.V1.PodDisruptionBudget),
            "azhzAAogCglwb2xpY3kvdjESE1BvZERpc3J1cHRpb25CdWRnZXQSQwoaCgNwZGISABoHZGVmYXVsdCIAKgAyADgAQgASGQoJCAEQABoDNTAlEgwKCgoDYXBwEgN3ZWIaCggAGAAgACgAMAAaACIA",
            """{"kind":"PodDisruptionBudget","apiVersion":"policy/v1","metadata":{"name":"pdb","namespace":"default","creationTimestamp":null},"spec":{"minAvailable":"50%","selector":{"matchLabels":{"app":"web"}}},"status":{"disruptionsAllowed":0,"currentHealthy":0,"desiredHealthy":0,"expectedPods":0}}"""),
        new("Ingress", "kubectl create ingress ing --rule=\"foo.example.com/bar*=svc:8080,tls=cert\"", typeof(Tugboat.Api.Networking.V1.Ingress),
            "azhzAAofChRuZXR3b3JraW5nLms4cy5pby92MRIHSW5ncmVzcxJyChoKA2luZxIAGgdkZWZhdWx0IgAqADIAOABCABJQEhcKD2Zvby5leGFtcGxlLmNvbRIEY2VydBo1Cg9mb28uZXhhbXBsZS5jb20SIgogCh4KBC9iYXISDiIMCgNzdmMSBQoAEJA/GgZQcmVmaXgaAgoAGgAiAA==",
            """{"kind":"Ingress","apiVersion":"networking.k8s.io/v1","metadata":{"name":"ing","namespace":"default","creationTimestamp":null},"spec":{"tls":[{"hosts":["foo.example.com"],"secretName":"cert"}],"rules":[{"host":"foo.example.com","http":{"paths":[{"path":"/bar","pathType":"Prefix","backend":{"service":{"name":"svc","port":{"number":8080}}}}]}}]},"status":{"loadBalancer":{}}}"""),
        new("TokenRequest", """kubectl create token sa --duration=10m""", typeof(Tugboat.Api.Authentication.V1.TokenRequest),
            "azhzAAooChhhdXRoZW50aWNhdGlvbi5rOHMuaW8vdjESDFRva2VuUmVxdWVzdBIdChAKABIAGgAiACoAMgA4AEIAEgMg2AQaBAoAEgAaACIA",
            null),
        new("ClusterRoleBinding", """kubectl create clusterrolebinding crb --clusterrole=cr --group=devs""", typeof(Tugboat.Api.Rbac.V1.ClusterRoleBinding),
            "azhzAAoyChxyYmFjLmF1dGhvcml6YXRpb24uazhzLmlvL3YxEhJDbHVzdGVyUm9sZUJpbmRpbmcSbwoTCgNjcmISABoAIgAqADIAOABCABIqCgVHcm91cBIZcmJhYy5hdXRob3JpemF0aW9uLms4cy5pbxoEZGV2cyIAGiwKGXJiYWMuYXV0aG9yaXphdGlvbi5rOHMuaW8SC0NsdXN0ZXJSb2xlGgJjchoAIgA=",
            """{"kind":"ClusterRoleBinding","apiVersion":"rbac.authorization.k8s.io/v1","metadata":{"name":"crb","creationTimestamp":null},"subjects":[{"kind":"Group","apiGroup":"rbac.authorization.k8s.io","name":"devs"}],"roleRef":{"apiGroup":"rbac.authorization.k8s.io","kind":"ClusterRole","name":"cr"}}"""),
        new("SelfSubjectAccessReview", """kubectl auth can-i get pods --subresource=log""", typeof(Tugboat.Api.Authorization.V1.SelfSubjectAccessReview),
            "azhzAAoyChdhdXRob3JpemF0aW9uLms4cy5pby92MRIXU2VsZlN1YmplY3RBY2Nlc3NSZXZpZXcSPwoQCgASABoAIgAqADIAOABCABIhCh8KB2RlZmF1bHQSA2dldBoAIgAqBHBvZHMyA2xvZzoAGggIABIAGgAgABoAIgA=",
            null),
        new("SelfSubjectReview", """kubectl auth whoami""", typeof(Tugboat.Api.Authentication.V1.SelfSubjectReview),
            "azhzAAotChhhdXRoZW50aWNhdGlvbi5rOHMuaW8vdjESEVNlbGZTdWJqZWN0UmV2aWV3EhoKEAoAEgAaACIAKgAyADgAQgASBgoECgASABoAIgA=",
            null),
    ];
}
