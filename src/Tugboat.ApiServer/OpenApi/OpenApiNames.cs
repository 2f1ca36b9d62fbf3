using System.Text;

namespace Tugboat.ApiServer.OpenApi;

/// <summary>
/// Upstream's names for OpenAPI components (the Go package path reversed, as kube-openapi writes it:
/// <c>io.k8s.api.core.v1.Pod</c>), operation ids and tags.
/// </summary>
public static class OpenApiNames
{
    public const string SchemaRefPrefix = "#/components/schemas/";

    private const string MetaV1 = "io.k8s.apimachinery.pkg.apis.meta.v1";

    public const string Time = MetaV1 + ".Time";
    public const string MicroTime = MetaV1 + ".MicroTime";
    public const string Patch = MetaV1 + ".Patch";
    public const string WatchEvent = MetaV1 + ".WatchEvent";
    public const string APIResourceList = MetaV1 + ".APIResourceList";
    public const string APIResource = MetaV1 + ".APIResource";
    public const string APIGroupList = MetaV1 + ".APIGroupList";
    public const string APIGroup = MetaV1 + ".APIGroup";
    public const string APIVersions = MetaV1 + ".APIVersions";
    public const string GroupVersionForDiscovery = MetaV1 + ".GroupVersionForDiscovery";
    public const string ServerAddressByClientCIDR = MetaV1 + ".ServerAddressByClientCIDR";
    public const string Quantity = "io.k8s.apimachinery.pkg.api.resource.Quantity";
    public const string IntOrString = "io.k8s.apimachinery.pkg.util.intstr.IntOrString";
    public const string RawExtension = "io.k8s.apimachinery.pkg.runtime.RawExtension";

    private const string ApiNamespace = "Tugboat.Api";

    /// <summary>C# namespaces whose Go package is not io.k8s.api.&lt;group&gt;.&lt;version&gt;.</summary>
    private static readonly (string Namespace, string Package)[] Packages =
    [
        ("Tugboat.Api.Meta", MetaV1),
        ("Tugboat.Api.ApiExtensions", "io.k8s.apiextensions-apiserver.pkg.apis.apiextensions"),
        ("Tugboat.Api.ApiRegistration", "io.k8s.kube-aggregator.pkg.apis.apiregistration"),
    ];

    /// <summary>
    /// C# classes whose name differs from the Go type's, by full C# name. Every API class is named as its Go type
    /// today; a class that has to differ (a clash with a C# keyword or BCL type, say) is mapped here.
    /// </summary>
    private static readonly Dictionary<string, string> Renames = new(StringComparer.Ordinal);

    /// <summary>The component name of a C# API type: Tugboat.Api.Apps.V1.Deployment → io.k8s.api.apps.v1.Deployment.</summary>
    public static string Of(Type type)
    {
        var fullName = type.FullName ?? type.Name;
        return Renames.TryGetValue(fullName, out var renamed) ? renamed : PackageOf(type) + "." + GoTypeName(type);
    }

    /// <summary>The reversed Go package of a C# namespace: Tugboat.Api.Core.V1 → io.k8s.api.core.v1.</summary>
    public static string PackageOf(Type type)
    {
        var ns = type.Namespace ?? "";
        foreach (var (prefix, package) in Packages)
        {
            if (ns == prefix) return package;
            if (ns.StartsWith(prefix + ".", StringComparison.Ordinal))
                return package + "." + Lower(ns[(prefix.Length + 1)..]);
        }
        if (ns.StartsWith(ApiNamespace + ".", StringComparison.Ordinal))
            return "io.k8s.api." + Lower(ns[(ApiNamespace.Length + 1)..]);
        return "io.tugboat." + Lower(ns);
    }

    private static string Lower(string dotted) => dotted.ToLowerInvariant();

    private static string GoTypeName(Type type)
    {
        var name = type.Name;
        var tick = name.IndexOf('`');
        if (tick >= 0) name = name[..tick];
        return type.DeclaringType is { } outer ? GoTypeName(outer) + name : name;
    }

    /// <summary>The key of a group/version in the /openapi/v3 root: "api/v1", "apis/apps/v1".</summary>
    public static string GroupVersionKey(string group, string version) =>
        group.Length == 0 ? $"api/{version}" : $"apis/{group}/{version}";

    /// <summary>The group/version part of upstream operation ids: "CoreV1", "AppsV1", "RbacAuthorizationV1", "ApiextensionsV1".</summary>
    public static string OperationGroupVersion(string group, string version) => GroupIdentifier(group, upperFirst: true) + Upper(version);

    /// <summary>The group part of operation ids: "Core", "Apps", "RbacAuthorization", "Networking".</summary>
    public static string OperationGroup(string group) => GroupIdentifier(group, upperFirst: true);

    /// <summary>Upstream's tag of a group/version: "core_v1", "apps_v1", "rbacAuthorization_v1".</summary>
    public static string Tag(string group, string version) => GroupIdentifier(group, upperFirst: false) + "_" + version;

    /// <summary>Upstream's tag of a group: "core", "apps", "rbacAuthorization".</summary>
    public static string Tag(string group) => GroupIdentifier(group, upperFirst: false);

    private static string GroupIdentifier(string group, bool upperFirst)
    {
        if (group.Length == 0) return upperFirst ? "Core" : "core";
        var trimmed = group.EndsWith(".k8s.io", StringComparison.Ordinal) ? group[..^".k8s.io".Length] : group;
        var sb = new StringBuilder();
        foreach (var part in trimmed.Split('.', '-'))
        {
            if (part.Length == 0) continue;
            sb.Append(sb.Length == 0 && !upperFirst ? part : Upper(part));
        }
        return sb.ToString();
    }

    /// <summary>"status" → "Status", "v1beta1" → "V1beta1".</summary>
    public static string Upper(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
