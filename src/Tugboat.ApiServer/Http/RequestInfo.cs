namespace Tugboat.ApiServer.Http;

/// <summary>What a resource request addresses, parsed from its path and method (like apiserver's RequestInfoFactory).</summary>
public sealed record RequestInfo(
    string Verb,
    string Group,
    string Version,
    string Resource,
    string? Namespace,
    string? Name,
    string? Subresource)
{
    public static RequestInfo? Parse(string method, string path, bool watch)
    {
        var parts = path.Trim('/').Split('/');
        int i;
        string group, version;
        if (parts.Length >= 2 && parts[0] == "api") { group = ""; version = parts[1]; i = 2; }
        else if (parts.Length >= 3 && parts[0] == "apis") { group = parts[1]; version = parts[2]; i = 3; }
        else return null;

        var rest = parts[i..];
        if (rest.Length == 0) return null;
        string? ns = null;
        // /namespaces/{ns}/{resource}/... addresses a namespaced resource; /namespaces and /namespaces/{name}[/sub] the namespace itself.
        if (rest[0] == "namespaces" && rest.Length >= 3)
        {
            ns = rest[1];
            rest = rest[2..];
        }
        var resource = rest[0];
        var name = rest.Length > 1 ? rest[1] : null;
        var sub = rest.Length > 2 ? string.Join('/', rest[2..]) : null;
        if (resource.Length == 0 || name is { Length: 0 }) return null;

        var verb = method switch
        {
            "GET" or "HEAD" => name is null ? (watch ? "watch" : "list") : (watch ? "watch" : "get"),
            "POST" => "create",
            "PUT" => "update",
            "PATCH" => "patch",
            "DELETE" => name is null ? "deletecollection" : "delete",
            _ => method.ToLowerInvariant(),
        };
        return new RequestInfo(verb, group, version, resource, ns, name, sub);
    }
}
