using Tugboat.Api.Meta;
using Tugboat.Api.Schema;

namespace Tugboat.Api.Core.V1;

[KubernetesKind("", "v1", "Secret")]
[Doc("Confidential data (passwords, tokens, keys, certificates) stored as base64 key/value pairs.")]
public sealed class Secret : KubernetesObject
{
    [Doc("When true, data can no longer be changed.")]
    [ProtoField(5)] public bool? Immutable { get; set; }
    [Doc("Secret values by key, base64-encoded in JSON.")]
    [ProtoField(2)] public Dictionary<string, byte[]>? Data { get; set; }
    [Doc("Write-only plain-text values merged into data on write.")]
    [ProtoField(4)] public Dictionary<string, string>? StringData { get; set; }
    [Doc("Kind of secret, e.g. Opaque, kubernetes.io/tls or kubernetes.io/dockerconfigjson.")]
    [ProtoField(3, OmitEmpty = true)] public string? Type { get; set; }
}
