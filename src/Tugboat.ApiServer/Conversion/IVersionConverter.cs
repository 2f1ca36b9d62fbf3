using Tugboat.Api.Meta;

namespace Tugboat.ApiServer.Conversion;

/// <summary>
/// Converts between a served version and the version objects are stored in, as upstream's conversion functions
/// (autoscaling/v1 HPAs are stored as v2, events.k8s.io Events as core Events). Inputs are not modified.
/// </summary>
public interface IVersionConverter
{
    IKubernetesObject ToStorage(IKubernetesObject served);
    IKubernetesObject ToServed(IKubernetesObject stored);
}
