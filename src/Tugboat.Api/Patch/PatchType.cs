namespace Tugboat.Api.Patch;

/// <summary>The kinds of PATCH request body the API server accepts, named after Kubernetes' types.PatchType.</summary>
public enum PatchType
{
    /// <summary>RFC 6902 JSON Patch: application/json-patch+json.</summary>
    JsonPatch,
    /// <summary>RFC 7386 JSON Merge Patch: application/merge-patch+json.</summary>
    MergePatch,
    /// <summary>Kubernetes strategic merge patch: application/strategic-merge-patch+json.</summary>
    StrategicMergePatch,
    /// <summary>Server-side apply: application/apply-patch+yaml.</summary>
    ApplyPatch,
}

public static class PatchTypeExtensions
{
    public const string JsonPatchContentType = "application/json-patch+json";
    public const string MergePatchContentType = "application/merge-patch+json";
    public const string StrategicMergePatchContentType = "application/strategic-merge-patch+json";
    public const string ApplyPatchContentType = "application/apply-patch+yaml";

    extension(PatchType)
    {
        /// <summary>
        /// The patch type of a request's Content-Type (parameters such as "; charset=utf-8" are ignored, the media
        /// type is compared case-insensitively), or null when it is not a patch media type (kube-apiserver answers
        /// 415 Unsupported Media Type).
        /// </summary>
        public static PatchType? FromContentType(string? contentType)
        {
            if (contentType is null) return null;
            var semicolon = contentType.IndexOf(';');
            var mediaType = (semicolon >= 0 ? contentType[..semicolon] : contentType).Trim();
            return mediaType.ToLowerInvariant() switch
            {
                JsonPatchContentType => PatchType.JsonPatch,
                MergePatchContentType => PatchType.MergePatch,
                StrategicMergePatchContentType => PatchType.StrategicMergePatch,
                ApplyPatchContentType => PatchType.ApplyPatch,
                _ => null,
            };
        }
    }

    extension(PatchType type)
    {
        /// <summary>The media type a client sends for this patch type.</summary>
        public string ContentType => type switch
        {
            PatchType.JsonPatch => JsonPatchContentType,
            PatchType.MergePatch => MergePatchContentType,
            PatchType.StrategicMergePatch => StrategicMergePatchContentType,
            PatchType.ApplyPatch => ApplyPatchContentType,
            _ => throw new ArgumentOutOfRangeException(nameof(type), type, "unknown patch type"),
        };
    }
}
