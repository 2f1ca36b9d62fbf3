using Tugboat.Api.Meta;
using Tugboat.Api.Rbac.V1;
using Tugboat.ApiServer.Http;
using Tugboat.ApiServer.Validation;

namespace Tugboat.ApiServer.Strategies;

/// <summary>
/// RoleBindings and ClusterRoleBindings: roleRef.apiGroup and subjects' apiGroup defaulted as rbac/v1 does;
/// ValidateRoleBinding / ValidateClusterRoleBinding (roleRef kind and name, well-formed subjects); roleRef never changes.
/// </summary>
public sealed class RoleBindingStrategy(bool clusterScoped) : GenericStrategy(hasStatus: false, namespaced: !clusterScoped, NameRule.PathSegment)
{
    public const string Group = "rbac.authorization.k8s.io";

    public override void ApplyDefaults(IKubernetesObject obj)
    {
        var (roleRef, subjects) = Parts(obj);
        if (roleRef.ApiGroup.Length == 0) roleRef.ApiGroup = Group;
        foreach (var subject in subjects ?? [])
            if (string.IsNullOrEmpty(subject.ApiGroup) && subject.Kind is "User" or "Group") subject.ApiGroup = Group;
    }

    public override IReadOnlyList<FieldError> ValidateCreate(IKubernetesObject obj)
    {
        var errors = new List<FieldError>(base.ValidateCreate(obj));
        Validate(obj, errors);
        return errors;
    }

    public override IReadOnlyList<FieldError> ValidateUpdate(IKubernetesObject obj, IKubernetesObject old)
    {
        // ValidateRoleBindingUpdate: the binding, the metadata update, then the roleRef.
        var errors = new List<FieldError>(ObjectMetaValidation.Validate(obj.Metadata, !clusterScoped, NameRule.PathSegment));
        Validate(obj, errors);
        errors.AddRange(base.ValidateUpdate(obj, old));
        var roleRef = Parts(obj).RoleRef;
        var oldRoleRef = Parts(old).RoleRef;
        if (roleRef.ApiGroup != oldRoleRef.ApiGroup || roleRef.Kind != oldRoleRef.Kind || roleRef.Name != oldRoleRef.Name)
            errors.Add(FieldError.Invalid("roleRef", roleRef, "cannot change roleRef"));
        return errors;
    }

    private static (RoleRef RoleRef, List<Subject>? Subjects) Parts(IKubernetesObject obj) => obj switch
    {
        RoleBinding b => (b.RoleRef ??= new RoleRef(), b.Subjects),
        ClusterRoleBinding b => (b.RoleRef ??= new RoleRef(), b.Subjects),
        _ => throw new ArgumentException($"not a binding: {obj.GetType().Name}"),
    };

    private void Validate(IKubernetesObject obj, List<FieldError> errors)
    {
        var (roleRef, subjects) = Parts(obj);
        if (roleRef.ApiGroup != Group) errors.Add(FieldError.NotSupported("roleRef.apiGroup", roleRef.ApiGroup, [Group]));
        if (clusterScoped)
        {
            if (roleRef.Kind != "ClusterRole") errors.Add(FieldError.NotSupported("roleRef.kind", roleRef.Kind, ["ClusterRole"]));
        }
        else if (roleRef.Kind is not ("Role" or "ClusterRole"))
            errors.Add(FieldError.NotSupported("roleRef.kind", roleRef.Kind, ["Role", "ClusterRole"]));
        if (roleRef.Name.Length == 0) errors.Add(FieldError.Required("roleRef.name"));
        else foreach (var m in Checks.PathSegmentName(roleRef.Name)) errors.Add(FieldError.Invalid("roleRef.name", roleRef.Name, m));
        for (var i = 0; i < (subjects?.Count ?? 0); i++) Subject(subjects![i], !clusterScoped, $"subjects[{i}]", errors);
    }

    /// <summary>ValidateRoleBindingSubject.</summary>
    private static void Subject(Subject subject, bool namespaced, string path, List<FieldError> errors)
    {
        if (subject.Name.Length == 0) errors.Add(FieldError.Required($"{path}.name"));
        var apiGroup = subject.ApiGroup ?? "";
        switch (subject.Kind)
        {
            case "ServiceAccount":
                if (subject.Name.Length > 0) Checks.Dns1123Subdomain(subject.Name, $"{path}.name", errors);
                if (apiGroup.Length > 0) errors.Add(FieldError.NotSupported($"{path}.apiGroup", apiGroup, [""]));
                if (!namespaced && string.IsNullOrEmpty(subject.Namespace)) errors.Add(FieldError.Required($"{path}.namespace"));
                break;
            case "User" or "Group":
                if (apiGroup != Group) errors.Add(FieldError.NotSupported($"{path}.apiGroup", apiGroup, [Group]));
                break;
            default:
                errors.Add(FieldError.NotSupported($"{path}.kind", subject.Kind, ["ServiceAccount", "User", "Group"]));
                break;
        }
    }
}
