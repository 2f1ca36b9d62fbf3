using Tugboat.Api.Schema;

namespace Tugboat.Api.Meta;

/// <summary>Base of every top-level API type (Pod, Service, ...).</summary>
public abstract class KubernetesObject : IKubernetesObject
{
    [Schema.Doc("APIVersion defines the versioned schema of this representation of an object.")]
    [ProtoField(0)] public string? ApiVersion { get; set; }

    [Schema.Doc("Kind is a string value representing the REST resource this object represents.")]
    [ProtoField(0)] public string? Kind { get; set; }

    [Schema.Doc("Standard object's metadata.")]
    [ProtoField(1)] public ObjectMeta Metadata { get; set; } = new();
}
