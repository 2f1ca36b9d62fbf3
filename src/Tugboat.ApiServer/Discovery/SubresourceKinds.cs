using Tugboat.ApiServer.Registry;

namespace Tugboat.ApiServer.Discovery;

/// <summary>What each subresource accepts and returns, as upstream advertises it in discovery.</summary>
public static class SubresourceKinds
{
    public static (string Group, string Version, string Kind, string[] Verbs) Of(ResourceInfo r, string subresource) => subresource switch
    {
        "status" => (r.Group, r.Version, r.Kind, ["get", "patch", "update"]),
        "scale" => ("autoscaling", "v1", "Scale", ["get", "patch", "update"]),
        "binding" => ("", "v1", "Binding", ["create"]),
        "eviction" => ("policy", "v1", "Eviction", ["create"]),
        "finalize" => ("", "v1", "Namespace", ["update"]),
        "token" => ("authentication.k8s.io", "v1", "TokenRequest", ["create"]),
        "log" => ("", "v1", "Pod", ["get"]),
        "exec" or "attach" or "portforward" => ("", "v1", "PodExecOptions", ["create", "get"]),
        "proxy" => ("", "v1", r.Kind + "ProxyOptions", ["create", "delete", "get", "patch", "update"]),
        _ => (r.Group, r.Version, r.Kind, ["get"]),
    };
}
