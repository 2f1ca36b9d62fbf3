namespace Tugboat.Api.Meta;

/// <summary>Base of every top-level API type (Pod, Service, ...).</summary>
public abstract class KubernetesObject : IKubernetesObject
{
    [Schema.Doc("APIVersion defines the versioned schema of this representation of an object.")]
    public string? ApiVersion { get; set; }

    [Schema.Doc("Kind is a string value representing the REST resource this object represents.")]
    public string? Kind { get; set; }

    [Schema.Doc("Standard object's metadata.")]
    public ObjectMeta Metadata { get; set; } = new();
}
