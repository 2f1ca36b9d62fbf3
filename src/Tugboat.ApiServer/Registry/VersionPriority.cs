using System.Text.RegularExpressions;

namespace Tugboat.ApiServer.Registry;

/// <summary>Kubernetes' version ordering: GA above beta above alpha, higher numbers first (v2 &gt; v1 &gt; v1beta2 &gt; v1beta1 &gt; v1alpha1).</summary>
public static partial class VersionPriority
{
    public static int Of(string version)
    {
        var m = KubeVersion().Match(version);
        if (!m.Success) return 0;
        var major = int.Parse(m.Groups[1].Value);
        var stage = m.Groups[2].Value switch { "" => 3, "beta" => 2, _ => 1 };
        var minor = m.Groups[3].Success && m.Groups[3].Value.Length > 0 ? int.Parse(m.Groups[3].Value) : 0;
        return stage * 1_000_000 + major * 1_000 + minor;
    }

    [GeneratedRegex("^v([0-9]+)(?:(alpha|beta)([0-9]+))?$")]
    private static partial Regex KubeVersion();
}
