using Tugboat.Api.Core.V1;
using Tugboat.Api.Selection;
using Tugboat.ApiServer.Http;

namespace Tugboat.ApiServer.Validation;

/// <summary>
/// Pod templates (ValidatePodTemplateSpec) and the checks controllers add on top: the selector must match the
/// template's labels, and the restart policy must be one the controller can run.
/// </summary>
public static class PodTemplateValidation
{
    public const string SelectorMismatch = "`selector` does not match template `labels`";

    /// <summary>ValidatePodTemplateSpec: labels and annotations (at "labels", not "metadata.labels", as upstream), the spec.</summary>
    public static void Validate(PodTemplateSpec template, string path, List<FieldError> errors, IEnumerable<string>? extraVolumes = null)
    {
        Checks.Labels(template.Metadata?.Labels, $"{path}.labels", errors);
        Checks.Annotations(template.Metadata?.Annotations, $"{path}.annotations", errors);
        var spec = template.Spec ?? new PodSpec();
        PodSpecValidation.Validate(spec, $"{path}.spec", errors, isPod: false, extraVolumes);
        if (spec.EphemeralContainers is { Count: > 0 })
            errors.Add(FieldError.Forbidden($"{path}.spec.ephemeralContainers", "ephemeral containers not allowed in pod template"));
    }

    /// <summary>The "`selector` does not match template `labels`" check (skipped for an empty selector).</summary>
    public static void SelectorMatches(Selector selector, PodTemplateSpec template, string path, List<FieldError> errors)
    {
        var labels = template.Metadata?.Labels;
        if (!selector.IsEmpty && !selector.Matches(labels))
            errors.Add(FieldError.Invalid($"{path}.metadata.labels", GoValue.StringMap(labels), SelectorMismatch));
    }

    /// <summary>
    /// ValidatePodTemplateSpecForReplicaSet (Deployments use it too, hence their "in ReplicaSet" message) and the
    /// equivalents of DaemonSets, StatefulSets and ReplicationControllers: restartPolicy Always, no activeDeadlineSeconds.
    /// </summary>
    public static void ForController(PodTemplateSpec template, Selector selector, string path, string controller, List<FieldError> errors,
        IEnumerable<string>? extraVolumes = null)
    {
        SelectorMatches(selector, template, path, errors);
        Validate(template, path, errors, extraVolumes);
        AlwaysRestart(template, path, controller, errors);
    }

    public static void AlwaysRestart(PodTemplateSpec template, string path, string controller, List<FieldError> errors)
    {
        var spec = template.Spec ?? new PodSpec();
        if (spec.RestartPolicy != "Always")
            errors.Add(FieldError.NotSupported($"{path}.spec.restartPolicy", spec.RestartPolicy ?? "", ["Always"]));
        if (spec.ActiveDeadlineSeconds is not null)
            errors.Add(FieldError.Forbidden($"{path}.spec.activeDeadlineSeconds", $"activeDeadlineSeconds in {controller} is not Supported"));
    }
}
