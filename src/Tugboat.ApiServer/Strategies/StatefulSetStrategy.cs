using Tugboat.Api;
using Tugboat.Api.Apps.V1;
using Tugboat.Api.Core.V1;
using Tugboat.Api.Meta;
using Tugboat.ApiServer.Http;
using Tugboat.ApiServer.Validation;

namespace Tugboat.ApiServer.Strategies;

/// <summary>
/// StatefulSets (apps/v1): SetDefaults_StatefulSet (claim templates get the PVC defaults), ValidateStatefulSet, and
/// updates limited to replicas, ordinals, template, updateStrategy, persistentVolumeClaimRetentionPolicy and
/// minReadySeconds. Names are DNS labels. Unlike upstream (which checks only the template's labels and annotations)
/// the template's pod spec is validated as for other controllers, with the claim templates counting as volumes.
/// </summary>
public sealed class StatefulSetStrategy() : GenericStrategy(hasStatus: true, namespaced: true, NameRule.Dns1123Label)
{
    private const string ForbiddenUpdate =
        "updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden";

    public override void ApplyDefaults(IKubernetesObject obj)
    {
        var spec = ((StatefulSet)obj).Spec ??= new StatefulSetSpec();
        if (string.IsNullOrEmpty(spec.PodManagementPolicy)) spec.PodManagementPolicy = "OrderedReady";
        var update = spec.UpdateStrategy ??= new StatefulSetUpdateStrategy();
        if (string.IsNullOrEmpty(update.Type))
        {
            update.Type = "RollingUpdate";
            update.RollingUpdate ??= new RollingUpdateStatefulSetStrategy();
        }
        if (update is { Type: "RollingUpdate", RollingUpdate: { } rolling }) rolling.Partition ??= 0;
        var retention = spec.PersistentVolumeClaimRetentionPolicy ??= new StatefulSetPersistentVolumeClaimRetentionPolicy();
        if (string.IsNullOrEmpty(retention.WhenDeleted)) retention.WhenDeleted = "Retain";
        if (string.IsNullOrEmpty(retention.WhenScaled)) retention.WhenScaled = "Retain";
        spec.Replicas ??= 1;
        spec.RevisionHistoryLimit ??= 10;
        PodSpecDefaults.ApplyTemplate(spec.Template ??= new PodTemplateSpec());
        foreach (var claim in spec.VolumeClaimTemplates ?? [])
        {
            // apps/v1 conversion gives the embedded claims their type.
            claim.ApiVersion ??= "v1";
            claim.Kind ??= "PersistentVolumeClaim";
            PersistentVolumeClaimStrategy.Default(claim);
        }
    }

    public override IReadOnlyList<FieldError> ValidateCreate(IKubernetesObject obj)
    {
        var errors = new List<FieldError>(base.ValidateCreate(obj));
        ValidateSpec(((StatefulSet)obj).Spec!, errors);
        return errors;
    }

    public override IReadOnlyList<FieldError> ValidateUpdate(IKubernetesObject obj, IKubernetesObject old)
    {
        var errors = new List<FieldError>(base.ValidateUpdate(obj, old));
        var spec = ((StatefulSet)obj).Spec!;
        ValidateSpec(spec, errors);
        var oldSpec = ((StatefulSet)old).Spec ?? new StatefulSetSpec();
        var candidate = Api.Json.ApiJson.Deserialize<StatefulSetSpec>(Api.Json.ApiJson.Serialize(spec));
        candidate.Replicas = oldSpec.Replicas;
        candidate.Template = oldSpec.Template;
        candidate.UpdateStrategy = oldSpec.UpdateStrategy;
        candidate.MinReadySeconds = oldSpec.MinReadySeconds;
        candidate.Ordinals = oldSpec.Ordinals;
        candidate.PersistentVolumeClaimRetentionPolicy = oldSpec.PersistentVolumeClaimRetentionPolicy;
        if (!Checks.SameValue(candidate, oldSpec)) errors.Add(FieldError.Forbidden("spec", ForbiddenUpdate));
        return errors;
    }

    /// <summary>ValidateStatefulSetSpec.</summary>
    private static void ValidateSpec(StatefulSetSpec spec, List<FieldError> errors)
    {
        switch (spec.PodManagementPolicy ?? "")
        {
            case "": errors.Add(FieldError.Required("spec.podManagementPolicy")); break;
            case "OrderedReady" or "Parallel": break;
            default: errors.Add(FieldError.Invalid("spec.podManagementPolicy", spec.PodManagementPolicy, "must be 'OrderedReady' or 'Parallel'")); break;
        }
        var update = spec.UpdateStrategy ?? new StatefulSetUpdateStrategy();
        switch (update.Type ?? "")
        {
            case "": errors.Add(FieldError.Required("spec.updateStrategy")); break;
            case "OnDelete":
                if (update.RollingUpdate is not null)
                    errors.Add(FieldError.Invalid("spec.updateStrategy.rollingUpdate", update.RollingUpdate, "only allowed for updateStrategy 'RollingUpdate'"));
                break;
            case "RollingUpdate":
                if (update.RollingUpdate is { } rolling) ValidateRollingUpdate(rolling, errors);
                break;
            default:
                errors.Add(FieldError.Invalid("spec.updateStrategy", update, "must be 'RollingUpdate' or 'OnDelete'"));
                break;
        }
        if (spec.PersistentVolumeClaimRetentionPolicy is { } retention)
        {
            RetentionPolicy(retention.WhenDeleted, "spec.persistentVolumeClaimRetentionPolicy.whenDeleted", errors);
            RetentionPolicy(retention.WhenScaled, "spec.persistentVolumeClaimRetentionPolicy.whenScaled", errors);
        }
        Checks.NonNegative(spec.Replicas ?? 0, "spec.replicas", errors);
        Checks.NonNegative(spec.MinReadySeconds ?? 0, "spec.minReadySeconds", errors);
        if (spec.Ordinals is { } ordinals) Checks.NonNegative(ordinals.Start, "spec.ordinals.start", errors);
        WorkloadSelectors.Validate(spec.Selector, "spec.selector", "empty selector is invalid for statefulset", errors);

        var template = spec.Template ?? new PodTemplateSpec();
        if (Checks.AsSelector(spec.Selector) is { } selector)
        {
            PodTemplateValidation.SelectorMatches(selector, template, "spec.template", errors);
            var claims = (spec.VolumeClaimTemplates ?? []).Select(c => c.Metadata.Name ?? "").Where(n => n.Length > 0);
            PodTemplateValidation.Validate(template, "spec.template", errors, claims);
        }
        else errors.Add(FieldError.Invalid("spec.selector", GoValue.SelectorValue(spec.Selector), ""));
        PodTemplateValidation.AlwaysRestart(template, "spec.template", "StatefulSet", errors);
    }

    private static void ValidateRollingUpdate(RollingUpdateStatefulSetStrategy rolling, List<FieldError> errors)
    {
        const string path = "spec.updateStrategy.rollingUpdate";
        Checks.NonNegative(rolling.Partition ?? 0, $"{path}.partition", errors);
        if (rolling.MaxUnavailable is { } maxUnavailable)
        {
            Checks.PositiveIntOrPercent(maxUnavailable, $"{path}.maxUnavailable", errors);
            if (Checks.IntOrPercentValue(maxUnavailable) == 0) errors.Add(FieldError.Invalid($"{path}.maxUnavailable", maxUnavailable, "cannot be 0"));
            Checks.NotMoreThan100Percent(maxUnavailable, $"{path}.maxUnavailable", errors);
        }
    }

    private static void RetentionPolicy(string? value, string path, List<FieldError> errors)
    {
        if (value is not ("Retain" or "Delete")) errors.Add(FieldError.NotSupported(path, value ?? "", ["Retain", "Delete"]));
    }
}
