using Tugboat.Api.Core.V1;
using Tugboat.Api.Meta;
using Tugboat.ApiServer.Http;
using Tugboat.ApiServer.Validation;

namespace Tugboat.ApiServer.Strategies;

/// <summary>
/// PersistentVolumes: reclaim policy Retain, volumeMode Filesystem and phase Pending by default
/// (SetDefaults_PersistentVolume); ValidatePersistentVolume; the volume source and volumeMode never change.
/// </summary>
public sealed class PersistentVolumeStrategy() : GenericStrategy(hasStatus: true, namespaced: false)
{
    public override void ApplyDefaults(IKubernetesObject obj)
    {
        var pv = (PersistentVolume)obj;
        var spec = pv.Spec ??= new PersistentVolumeSpec();
        if (string.IsNullOrEmpty(spec.PersistentVolumeReclaimPolicy)) spec.PersistentVolumeReclaimPolicy = "Retain";
        spec.VolumeMode ??= "Filesystem";
        if (spec.HostPath is { } hostPath) hostPath.Type ??= "";
    }

    public override void PrepareForCreate(IKubernetesObject obj)
    {
        base.PrepareForCreate(obj);
        ((PersistentVolume)obj).Status = new PersistentVolumeStatus { Phase = "Pending" };
    }

    public override IReadOnlyList<FieldError> ValidateCreate(IKubernetesObject obj)
    {
        var errors = new List<FieldError>(base.ValidateCreate(obj));
        PersistentVolumeValidation.VolumeSpec(((PersistentVolume)obj).Spec!, "spec", errors);
        return errors;
    }

    public override IReadOnlyList<FieldError> ValidateUpdate(IKubernetesObject obj, IKubernetesObject old)
    {
        var errors = new List<FieldError>(base.ValidateUpdate(obj, old));
        var spec = ((PersistentVolume)obj).Spec!;
        var oldSpec = ((PersistentVolume)old).Spec ?? new PersistentVolumeSpec();
        PersistentVolumeValidation.VolumeSpec(spec, "spec", errors);
        var source = SourceOf(spec);
        var oldSource = SourceOf(oldSpec);
        // A CSI volume may gain a controllerExpandSecretRef.
        if (oldSpec.CSI is { ControllerExpandSecretRef: null } && source.CSI is not null) source.CSI.ControllerExpandSecretRef = null;
        if (!Checks.SameValue(source, oldSource))
            errors.Add(FieldError.Forbidden("spec.persistentvolumesource",
                "spec.persistentvolumesource is immutable after creation\n" + PersistentVolumeValidation.Diff(oldSource, source, "core.PersistentVolumeSource")));
        Checks.Immutable(spec.VolumeMode, oldSpec.VolumeMode, "volumeMode", errors);
        if (oldSpec.NodeAffinity is not null && !Checks.SameValue(spec.NodeAffinity, oldSpec.NodeAffinity))
            errors.Add(FieldError.Invalid("nodeAffinity", spec.NodeAffinity, Checks.FieldImmutableErrorMsg));
        return errors;
    }

    /// <summary>The PersistentVolumeSource part of a spec (the volume plugins' fields).</summary>
    private static PersistentVolumeSpec SourceOf(PersistentVolumeSpec spec)
    {
        var copy = Api.Json.ApiJson.Deserialize<PersistentVolumeSpec>(Api.Json.ApiJson.Serialize(spec));
        copy.Capacity = null;
        copy.AccessModes = null;
        copy.ClaimRef = null;
        copy.PersistentVolumeReclaimPolicy = null;
        copy.StorageClassName = null;
        copy.MountOptions = null;
        copy.VolumeMode = null;
        copy.NodeAffinity = null;
        copy.VolumeAttributesClassName = null;
        return copy;
    }
}
