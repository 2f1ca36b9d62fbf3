using Tugboat.Api.Meta;
using Tugboat.Api.Networking.V1;
using Tugboat.ApiServer.Http;
using Tugboat.ApiServer.Validation;

namespace Tugboat.ApiServer.Strategies;

/// <summary>
/// IngressClasses: parameters scoped to the Cluster by default; ValidateIngressClass (a domain-prefixed controller
/// of at most 250 characters, a well-formed parameters reference); the controller never changes.
/// </summary>
public sealed class IngressClassStrategy() : GenericStrategy(hasStatus: false, namespaced: false)
{
    public override void ApplyDefaults(IKubernetesObject obj)
    {
        if (((IngressClass)obj).Spec?.Parameters is { } parameters) parameters.Scope ??= "Cluster";
    }

    public override IReadOnlyList<FieldError> ValidateCreate(IKubernetesObject obj)
    {
        var errors = new List<FieldError>(base.ValidateCreate(obj));
        ValidateSpec(((IngressClass)obj).Spec ?? new IngressClassSpec(), errors);
        return errors;
    }

    public override IReadOnlyList<FieldError> ValidateUpdate(IKubernetesObject obj, IKubernetesObject old)
    {
        var errors = new List<FieldError>(base.ValidateUpdate(obj, old));
        var spec = ((IngressClass)obj).Spec ?? new IngressClassSpec();
        Checks.Immutable(spec.Controller ?? "", ((IngressClass)old).Spec?.Controller ?? "", "spec.controller", errors);
        ValidateSpec(spec, errors);
        return errors;
    }

    private static void ValidateSpec(IngressClassSpec spec, List<FieldError> errors)
    {
        var controller = spec.Controller ?? "";
        if (controller.Length > 250) errors.Add(FieldError.TooLong("spec.controller", 250));
        JobSpecValidation.DomainPrefixedPath(controller, "spec.controller", errors);
        if (spec.Parameters is not { } p) return;
        IngressStrategy.TypedLocalObjectReference(p.ApiGroup, p.Kind, p.Name, "spec.parameters", errors);
        switch (p.Scope)
        {
            case null:
                errors.Add(FieldError.Required("spec.parameters.scope", ""));
                break;
            case "Cluster":
                if (p.Namespace is not null) errors.Add(FieldError.Forbidden("spec.parameters.namespace", "`parameters.scope` is set to 'Cluster'"));
                break;
            case "Namespace":
                if (p.Namespace is null) errors.Add(FieldError.Required("spec.parameters.namespace", "`parameters.scope` is set to 'Namespace'"));
                else Checks.Dns1123Label(p.Namespace, "spec.parameters.namespace", errors);
                break;
            default:
                errors.Add(FieldError.NotSupported("spec.parameters.scope", p.Scope, ["Cluster", "Namespace"]));
                break;
        }
    }
}
