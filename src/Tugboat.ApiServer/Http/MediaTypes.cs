namespace Tugboat.ApiServer.Http;

/// <summary>What the client asked for in Accept: plain JSON/YAML, a Table, or aggregated discovery.</summary>
public sealed record ResponseFormat(bool Yaml, bool Table, bool AggregatedDiscovery, bool PartialMetadata)
{
    public static readonly ResponseFormat Json = new(false, false, false, false);

    public static ResponseFormat FromAccept(string? accept)
    {
        if (string.IsNullOrEmpty(accept)) return Json;
        // Clients list what they accept in order of preference; take the first we can produce.
        foreach (var raw in accept.Split(','))
        {
            var parts = raw.Split(';', StringSplitOptions.TrimEntries);
            var type = parts[0];
            var parameters = parts.Skip(1).Select(p => p.Split('=', 2)).Where(p => p.Length == 2)
                .ToDictionary(p => p[0], p => p[1], StringComparer.OrdinalIgnoreCase);
            var asKind = parameters.GetValueOrDefault("as");
            if (type is "application/json" or "*/*" or "application/*" or "application/yaml")
            {
                var yaml = type == "application/yaml";
                switch (asKind)
                {
                    case null: return new(yaml, false, false, false);
                    case "Table" when parameters.GetValueOrDefault("g") == "meta.k8s.io": return new(yaml, true, false, false);
                    case "APIGroupDiscoveryList" when parameters.GetValueOrDefault("g") == "apidiscovery.k8s.io" && parameters.GetValueOrDefault("v") == "v2":
                        return new(yaml, false, true, false);
                    case "PartialObjectMetadata" or "PartialObjectMetadataList" when parameters.GetValueOrDefault("g") == "meta.k8s.io":
                        return new(yaml, false, false, true);
                }
            }
        }
        return Json;
    }
}
