namespace Tugboat.ApiServer.Validation;

/// <summary>Which rule a kind's metadata.name follows (upstream's per-kind ValidateNameFunc).</summary>
public enum NameRule
{
    Dns1123Subdomain,
    Dns1123Label,
    /// <summary>Services: an RFC 1035 label.</summary>
    Dns1035Label,
    /// <summary>RBAC kinds: any string that is a valid path segment.</summary>
    PathSegment,
}
