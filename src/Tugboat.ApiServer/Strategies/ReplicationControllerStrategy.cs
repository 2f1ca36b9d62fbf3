using Tugboat.Api.Core.V1;
using Tugboat.Api.Meta;
using Tugboat.Api.Selection;
using Tugboat.ApiServer.Http;
using Tugboat.ApiServer.Validation;

namespace Tugboat.ApiServer.Strategies;

/// <summary>
/// ReplicationControllers: replicas 1, selector and labels taken from the template's labels when absent
/// (SetDefaults_ReplicationController); ValidateReplicationController.
/// </summary>
public sealed class ReplicationControllerStrategy() : GenericStrategy(hasStatus: true, namespaced: true)
{
    public override void ApplyDefaults(IKubernetesObject obj)
    {
        var rc = (ReplicationController)obj;
        var spec = rc.Spec ??= new ReplicationControllerSpec();
        if (spec.Template?.Metadata?.Labels is { Count: > 0 } labels)
        {
            if (spec.Selector is not { Count: > 0 }) spec.Selector = new Dictionary<string, string>(labels);
            if (rc.Metadata.Labels is not { Count: > 0 }) rc.Metadata.Labels = new Dictionary<string, string>(labels);
        }
        spec.Replicas ??= 1;
        if (spec.Template is { } template) PodSpecDefaults.ApplyTemplate(template);
    }

    public override IReadOnlyList<FieldError> ValidateCreate(IKubernetesObject obj)
    {
        var errors = new List<FieldError>(base.ValidateCreate(obj));
        ValidateSpec(((ReplicationController)obj).Spec!, errors);
        return errors;
    }

    public override IReadOnlyList<FieldError> ValidateUpdate(IKubernetesObject obj, IKubernetesObject old)
    {
        var errors = new List<FieldError>(base.ValidateUpdate(obj, old));
        ValidateSpec(((ReplicationController)obj).Spec!, errors);
        return errors;
    }

    private static void ValidateSpec(ReplicationControllerSpec spec, List<FieldError> errors)
    {
        Checks.NonNegative(spec.MinReadySeconds ?? 0, "spec.minReadySeconds", errors);
        if (spec.Selector is not { Count: > 0 }) errors.Add(FieldError.Required("spec.selector"));
        Checks.NonNegative(spec.Replicas ?? 0, "spec.replicas", errors);
        if (spec.Template is not { } template)
        {
            errors.Add(FieldError.Required("spec.template"));
            return;
        }
        PodTemplateValidation.ForController(template, Selector.FromSet(spec.Selector), "spec.template", "ReplicationController", errors);
    }
}
