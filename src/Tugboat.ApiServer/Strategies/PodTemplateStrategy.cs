using Tugboat.Api.Core.V1;
using Tugboat.Api.Meta;
using Tugboat.ApiServer.Http;
using Tugboat.ApiServer.Validation;

namespace Tugboat.ApiServer.Strategies;

/// <summary>PodTemplates: the pod-template defaults and ValidatePodTemplateSpec at "template".</summary>
public sealed class PodTemplateStrategy() : GenericStrategy(hasStatus: false, namespaced: true)
{
    public override void ApplyDefaults(IKubernetesObject obj) => PodSpecDefaults.ApplyTemplate(((PodTemplate)obj).Template ??= new PodTemplateSpec());

    public override IReadOnlyList<FieldError> ValidateCreate(IKubernetesObject obj)
    {
        var errors = new List<FieldError>(base.ValidateCreate(obj));
        PodTemplateValidation.Validate(((PodTemplate)obj).Template!, "template", errors);
        return errors;
    }

    public override IReadOnlyList<FieldError> ValidateUpdate(IKubernetesObject obj, IKubernetesObject old)
    {
        var errors = new List<FieldError>(base.ValidateUpdate(obj, old));
        PodTemplateValidation.Validate(((PodTemplate)obj).Template!, "template", errors);
        return errors;
    }
}
