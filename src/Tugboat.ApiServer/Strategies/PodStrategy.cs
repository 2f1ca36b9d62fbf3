using Tugboat.Api.Core.V1;
using Tugboat.Api.Meta;
using Tugboat.ApiServer.Http;
using Tugboat.ApiServer.Validation;

namespace Tugboat.ApiServer.Strategies;

/// <summary>Pods: upstream's defaults and spec validation (shared with pod templates), graceful deletion, field selectors.</summary>
public sealed class PodStrategy() : GenericStrategy(hasStatus: true, namespaced: true)
{
    public override bool ReturnDeletedObject => true;

    public override void PrepareForCreate(IKubernetesObject obj)
    {
        base.PrepareForCreate(obj);
        var pod = (Pod)obj;
        pod.Metadata.Generation = null;
        pod.Status = new PodStatus { Phase = "Pending", QOSClass = PodQos.ClassOf(pod.Spec) };
    }

    public override void ApplyDefaults(IKubernetesObject obj)
    {
        var pod = (Pod)obj;
        PodSpecDefaults.Apply(pod.Spec ??= new PodSpec(), isPod: true);
    }

    public override IReadOnlyList<FieldError> ValidateCreate(IKubernetesObject obj)
    {
        var errors = new List<FieldError>(base.ValidateCreate(obj));
        var spec = ((Pod)obj).Spec ?? new PodSpec();
        PodSpecValidation.Validate(spec, "spec", errors, isPod: true);
        PodSpecValidation.ValidatePodOnly(spec, "spec", errors, create: true);
        return errors;
    }

    public override IReadOnlyList<FieldError> ValidateUpdate(IKubernetesObject obj, IKubernetesObject old)
    {
        var errors = new List<FieldError>(base.ValidateUpdate(obj, old));
        var spec = ((Pod)obj).Spec ?? new PodSpec();
        PodSpecValidation.Validate(spec, "spec", errors, isPod: true);
        PodSpecValidation.ValidatePodOnly(spec, "spec", errors, create: false);
        if (errors.Count == 0 && !PodSpecUpdates.OnlyMutableFieldsChanged(spec, ((Pod)old).Spec!))
            errors.Add(FieldError.Forbidden("spec", PodSpecUpdates.ForbiddenMessage));
        return errors;
    }

    public override long? DeletionGracePeriod(IKubernetesObject obj, long? requested)
    {
        var pod = (Pod)obj;
        // An unscheduled pod or one that already finished has nothing to stop: it goes at once.
        if (string.IsNullOrEmpty(pod.Spec?.NodeName) || pod.Status?.Phase is "Succeeded" or "Failed") return 0;
        return requested ?? pod.Spec?.TerminationGracePeriodSeconds ?? 30;
    }

    public override string? SelectableField(IKubernetesObject obj, string path)
    {
        var pod = (Pod)obj;
        return path switch
        {
            "spec.nodeName" => pod.Spec?.NodeName ?? "",
            "spec.restartPolicy" => pod.Spec?.RestartPolicy ?? "",
            "spec.schedulerName" => pod.Spec?.SchedulerName ?? "",
            "spec.serviceAccountName" => pod.Spec?.ServiceAccountName ?? "",
            "spec.hostNetwork" => (pod.Spec?.HostNetwork ?? false) ? "true" : "false",
            "status.phase" => pod.Status?.Phase ?? "",
            "status.podIP" => pod.Status?.PodIP ?? "",
            "status.nominatedNodeName" => pod.Status?.NominatedNodeName ?? "",
            _ => base.SelectableField(obj, path),
        };
    }
}
