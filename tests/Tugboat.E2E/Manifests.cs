namespace Tugboat.E2E;

/// <summary>Small manifests the tests apply.</summary>
public static class Manifests
{
    public static string Namespace(string name) => $"""
        apiVersion: v1
        kind: Namespace
        metadata:
          name: {name}
        """;

    public static string ConfigMap(string name, string ns, params (string Key, string Value)[] data)
    {
        var yaml = $"""
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: {name}
              namespace: {ns}

            """;
        if (data.Length > 0) yaml += "data:\n" + string.Join("", data.Select(d => $"  {d.Key}: \"{d.Value}\"\n"));
        return yaml;
    }
}
