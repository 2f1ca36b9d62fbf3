using Tugboat.Api.Meta;
using Tugboat.Api.Schema;

namespace Tugboat.Api.Core.V1;

[KubernetesKind("", "v1", "Secret")]
[Doc("Confidential data (passwords, tokens, keys, certificates) stored as base64 key/value pairs.")]
public sealed class Secret : KubernetesObject
{
    [Doc("When true, data can no longer be changed.")]
    public bool? Immutable { get; set; }
    [Doc("Secret values by key, base64-encoded in JSON.")]
    public Dictionary<string, byte[]>? Data { get; set; }
    [Doc("Write-only plain-text values merged into data on write.")]
    public Dictionary<string, string>? StringData { get; set; }
    [Doc("Kind of secret, e.g. Opaque, kubernetes.io/tls or kubernetes.io/dockerconfigjson.")]
    public string? Type { get; set; }
}
