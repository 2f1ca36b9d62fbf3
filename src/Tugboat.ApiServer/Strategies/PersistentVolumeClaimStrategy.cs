using Tugboat.Api.Core.V1;
using Tugboat.Api.Meta;
using Tugboat.ApiServer.Http;
using Tugboat.ApiServer.Validation;

namespace Tugboat.ApiServer.Strategies;

/// <summary>
/// PersistentVolumeClaims: volumeMode Filesystem and phase Pending by default; ValidatePersistentVolumeClaim; the
/// spec is immutable after creation except volumeName (set once, by the binder) and, for a bound claim, a growing
/// storage request (ValidatePersistentVolumeClaimUpdate).
/// </summary>
public sealed class PersistentVolumeClaimStrategy() : GenericStrategy(hasStatus: true, namespaced: true)
{
    private const string ImmutableSpec = "spec is immutable after creation except resources.requests and volumeAttributesClassName for bound claims";
    private const string StorageClassAnnotation = "volume.beta.kubernetes.io/storage-class";

    public override void ApplyDefaults(IKubernetesObject obj) => Default((PersistentVolumeClaim)obj);

    /// <summary>SetDefaults_PersistentVolumeClaim(Spec): also applied to StatefulSets' claim templates.</summary>
    public static void Default(PersistentVolumeClaim claim)
    {
        var spec = claim.Spec ??= new PersistentVolumeClaimSpec();
        spec.VolumeMode ??= "Filesystem";
        claim.Status ??= new PersistentVolumeClaimStatus();
        if (string.IsNullOrEmpty(claim.Status.Phase)) claim.Status.Phase = "Pending";
    }

    public override void PrepareForCreate(IKubernetesObject obj)
    {
        base.PrepareForCreate(obj);
        ((PersistentVolumeClaim)obj).Status = new PersistentVolumeClaimStatus { Phase = "Pending" };
    }

    public override IReadOnlyList<FieldError> ValidateCreate(IKubernetesObject obj)
    {
        var errors = new List<FieldError>(base.ValidateCreate(obj));
        PersistentVolumeValidation.ClaimSpec(((PersistentVolumeClaim)obj).Spec!, "spec", errors);
        return errors;
    }

    public override IReadOnlyList<FieldError> ValidateUpdate(IKubernetesObject obj, IKubernetesObject old)
    {
        var claim = (PersistentVolumeClaim)obj;
        var previous = (PersistentVolumeClaim)old;
        var errors = new List<FieldError>(base.ValidateUpdate(obj, old));
        PersistentVolumeValidation.ClaimSpec(claim.Spec!, "spec", errors);

        var spec = Clone(claim.Spec!);
        var oldSpec = Clone(previous.Spec ?? new PersistentVolumeClaimSpec());
        if (string.IsNullOrEmpty(oldSpec.VolumeName)) oldSpec.VolumeName = spec.VolumeName;
        var oldAnnotation = previous.Metadata.Annotations?.GetValueOrDefault(StorageClassAnnotation);
        var newAnnotation = claim.Metadata.Annotations?.GetValueOrDefault(StorageClassAnnotation);
        if (oldAnnotation is not null && oldSpec.StorageClassName is null && spec.StorageClassName == oldAnnotation
            && (newAnnotation is null || newAnnotation == oldAnnotation))
            spec.StorageClassName = null;
        else
        {
            if (newAnnotation != oldAnnotation)
                errors.Add(FieldError.Invalid($"metadata.annotations.{StorageClassAnnotation}", newAnnotation ?? "", Checks.FieldImmutableErrorMsg));
            if (spec.StorageClassName is not null && oldSpec.StorageClassName is null && (oldAnnotation is null || spec.StorageClassName == oldAnnotation))
                spec.StorageClassName = oldSpec.StorageClassName;
        }
        var bound = claim.Status?.Phase == "Bound";
        if (bound && spec.Resources?.Requests is { } requests)
        {
            if (oldSpec.Resources?.Requests?.GetValueOrDefault("storage") is { } oldStorage) requests["storage"] = oldStorage;
            else requests.Remove("storage");
        }
        if (bound && spec.VolumeAttributesClassName is not null) spec.VolumeAttributesClassName = oldSpec.VolumeAttributesClassName;
        if (!Checks.SameValue(spec, oldSpec))
            errors.Add(FieldError.Forbidden("spec", ImmutableSpec + "\n" + PersistentVolumeValidation.Diff(oldSpec, spec, "core.PersistentVolumeClaimSpec")));

        var oldSize = previous.Spec?.Resources?.Requests?.GetValueOrDefault("storage");
        var newSize = claim.Spec!.Resources?.Requests?.GetValueOrDefault("storage");
        var statusSize = previous.Status?.Capacity?.GetValueOrDefault("storage");
        // RecoverVolumeExpansionFailure (beta, on): a request may shrink, but not to the capacity already reached.
        if (Compare(newSize, oldSize) < 0 && Compare(newSize, statusSize) <= 0)
            errors.Add(FieldError.Forbidden("spec.resources.requests.storage", "field can not be less than status.capacity"));
        Checks.Immutable(claim.Spec.VolumeMode, previous.Spec?.VolumeMode, "volumeMode", errors);
        return errors;
    }

    private static int Compare(Api.Quantity? a, Api.Quantity? b) =>
        (a ?? Api.Quantity.FromValue(0)).CompareTo(b ?? Api.Quantity.FromValue(0));

    private static PersistentVolumeClaimSpec Clone(PersistentVolumeClaimSpec spec) =>
        Api.Json.ApiJson.Deserialize<PersistentVolumeClaimSpec>(Api.Json.ApiJson.Serialize(spec));
}
