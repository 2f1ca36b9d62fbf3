using Tugboat.Api.Meta;
using Tugboat.Api.Rbac.V1;
using Tugboat.ApiServer.Http;
using Tugboat.ApiServer.Validation;

namespace Tugboat.ApiServer.Strategies;

/// <summary>
/// Roles and ClusterRoles (ValidateRole, ValidateClusterRole): names are path segments; every rule has verbs and
/// either resources with API groups or, in ClusterRoles only, non-resource URLs; aggregation selectors are valid.
/// </summary>
public sealed class RoleStrategy(bool clusterScoped) : GenericStrategy(hasStatus: false, namespaced: !clusterScoped, NameRule.PathSegment)
{
    public override IReadOnlyList<FieldError> ValidateCreate(IKubernetesObject obj)
    {
        var errors = new List<FieldError>(base.ValidateCreate(obj));
        Validate(obj, errors);
        return errors;
    }

    public override IReadOnlyList<FieldError> ValidateUpdate(IKubernetesObject obj, IKubernetesObject old)
    {
        // ValidateRoleUpdate: the role first, then the metadata update.
        var errors = new List<FieldError>(ObjectMetaValidation.Validate(obj.Metadata, !clusterScoped, NameRule.PathSegment));
        Validate(obj, errors);
        errors.AddRange(base.ValidateUpdate(obj, old));
        return errors;
    }

    private void Validate(IKubernetesObject obj, List<FieldError> errors)
    {
        var rules = obj switch
        {
            Role role => role.Rules,
            ClusterRole clusterRole => clusterRole.Rules,
            _ => null,
        } ?? [];
        for (var i = 0; i < rules.Count; i++) PolicyRule(rules[i], !clusterScoped, $"rules[{i}]", errors);
        if (obj is ClusterRole { AggregationRule: { } aggregation })
        {
            var selectors = aggregation.ClusterRoleSelectors ?? [];
            if (selectors.Count == 0)
                errors.Add(FieldError.Required("aggregationRule.clusterRoleSelectors", "at least one clusterRoleSelector required if aggregationRule is non-nil"));
            for (var i = 0; i < selectors.Count; i++)
            {
                var path = $"aggregationRule.clusterRoleSelectors[{i}]";
                Checks.LabelSelector(selectors[i], path, errors);
                if (Checks.AsSelector(selectors[i]) is null) errors.Add(FieldError.Invalid(path, GoValue.SelectorValue(selectors[i]), "invalid label selector."));
            }
        }
    }

    /// <summary>ValidatePolicyRule.</summary>
    public static void PolicyRule(PolicyRule rule, bool namespaced, string path, List<FieldError> errors)
    {
        if (rule.Verbs is not { Count: > 0 }) errors.Add(FieldError.Required($"{path}.verbs", "verbs must contain at least one value"));
        if (rule.NonResourceURLs is { Count: > 0 } urls)
        {
            if (namespaced) errors.Add(FieldError.Invalid($"{path}.nonResourceURLs", urls, "namespaced rules cannot apply to non-resource URLs"));
            if (rule.ApiGroups is { Count: > 0 } || rule.Resources is { Count: > 0 } || rule.ResourceNames is { Count: > 0 })
                errors.Add(FieldError.Invalid($"{path}.nonResourceURLs", urls, "rules cannot apply to both regular resources and non-resource URLs"));
            return;
        }
        if (rule.ApiGroups is not { Count: > 0 }) errors.Add(FieldError.Required($"{path}.apiGroups", "resource rules must supply at least one api group"));
        if (rule.Resources is not { Count: > 0 }) errors.Add(FieldError.Required($"{path}.resources", "resource rules must supply at least one resource"));
    }
}
