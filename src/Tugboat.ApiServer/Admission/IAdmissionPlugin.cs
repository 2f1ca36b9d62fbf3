using Tugboat.Api.Meta;
using Tugboat.ApiServer.Handlers;

namespace Tugboat.ApiServer.Admission;

/// <summary>A mutating/validating admission step run on every create and update, after defaulting and before validation.</summary>
public interface IAdmissionPlugin
{
    void AdmitCreate(RequestScope scope, IKubernetesObject obj);
    void AdmitUpdate(RequestScope scope, IKubernetesObject obj, IKubernetesObject old);
}
