using Tugboat.Api.Meta;
using Tugboat.ApiServer.Http;

namespace Tugboat.ApiServer.Validation;

/// <summary>The selector checks Deployments, ReplicaSets and StatefulSets share: required, valid, not empty.</summary>
public static class WorkloadSelectors
{
    public static void Validate(LabelSelector? selector, string path, string emptyMessage, List<FieldError> errors)
    {
        if (selector is null)
        {
            errors.Add(FieldError.Required(path));
            return;
        }
        Checks.LabelSelector(selector, path, errors);
        if (Checks.IsEmpty(selector)) errors.Add(FieldError.Invalid(path, GoValue.SelectorValue(selector), emptyMessage));
    }
}
