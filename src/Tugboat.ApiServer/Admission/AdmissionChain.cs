using Tugboat.Api.Meta;
using Tugboat.ApiServer.Handlers;

namespace Tugboat.ApiServer.Admission;

/// <summary>The admission plugins in order, as kube-apiserver's --enable-admission-plugins chain.</summary>
public sealed class AdmissionChain(IEnumerable<IAdmissionPlugin> plugins)
{
    private readonly IAdmissionPlugin[] _plugins = plugins.ToArray();

    public void AdmitCreate(RequestScope scope, IKubernetesObject obj)
    {
        foreach (var plugin in _plugins) plugin.AdmitCreate(scope, obj);
    }

    public void AdmitUpdate(RequestScope scope, IKubernetesObject obj, IKubernetesObject old)
    {
        foreach (var plugin in _plugins) plugin.AdmitUpdate(scope, obj, old);
    }
}
