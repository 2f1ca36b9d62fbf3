namespace Tugboat.Api.Meta;

/// <summary>Every top-level API object: TypeMeta plus ObjectMeta.</summary>
public interface IKubernetesObject
{
    string? ApiVersion { get; set; }
    string? Kind { get; set; }
    ObjectMeta Metadata { get; set; }
}

/// <summary>A list kind: TypeMeta, ListMeta and items.</summary>
public interface IKubernetesList
{
    string? ApiVersion { get; set; }
    string? Kind { get; set; }
    ListMeta Metadata { get; set; }
}
