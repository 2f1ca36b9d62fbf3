using Tugboat.Api.Meta;
using Tugboat.Api.Schema;

namespace Tugboat.Api.Core.V1;

[KubernetesKind("", "v1", "ConfigMap")]
[Doc("Non-confidential configuration as string or binary key/value pairs that pods read as files or environment variables.")]
public sealed class ConfigMap : KubernetesObject
{
    [Doc("When true, data can no longer be changed.")]
    [ProtoField(4)] public bool? Immutable { get; set; }
    [Doc("UTF-8 string values by key.")]
    [ProtoField(2)] public Dictionary<string, string>? Data { get; set; }
    [Doc("Binary values by key, base64-encoded in JSON.")]
    [ProtoField(3)] public Dictionary<string, byte[]>? BinaryData { get; set; }
}
