using Tugboat.Api.Core.V1;
using Tugboat.Api.Meta;
using Tugboat.Api.Validation;
using Tugboat.ApiServer.Http;

namespace Tugboat.ApiServer.Strategies;

/// <summary>Pods: upstream's defaults, basic spec validation, graceful deletion and the pod field selectors.</summary>
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

    public override void ApplyDefaults(IKubernetesObject obj) => PodSpecDefaults.Apply(((Pod)obj).Spec ??= new PodSpec());

    public override IReadOnlyList<FieldError> ValidateCreate(IKubernetesObject obj)
    {
        var errors = new List<FieldError>(base.ValidateCreate(obj));
        ValidateSpec(((Pod)obj).Spec!, errors);
        return errors;
    }

    public override IReadOnlyList<FieldError> ValidateUpdate(IKubernetesObject obj, IKubernetesObject old)
    {
        var errors = new List<FieldError>(base.ValidateUpdate(obj, old));
        var spec = ((Pod)obj).Spec!;
        ValidateSpec(spec, errors);
        if (errors.Count == 0 && !PodSpecUpdates.OnlyMutableFieldsChanged(spec, ((Pod)old).Spec!))
            errors.Add(FieldError.Forbidden("spec", PodSpecUpdates.ForbiddenMessage));
        return errors;
    }

    private static void ValidateSpec(PodSpec spec, List<FieldError> errors)
    {
        if (spec.Containers.Count == 0) errors.Add(FieldError.Required("spec.containers"));
        var names = new HashSet<string>();
        ValidateContainers(spec.InitContainers ?? [], "spec.initContainers", names, errors);
        ValidateContainers(spec.Containers, "spec.containers", names, errors);
        if (spec.RestartPolicy is not ("Always" or "OnFailure" or "Never"))
            errors.Add(FieldError.NotSupported("spec.restartPolicy", spec.RestartPolicy, ["Always", "OnFailure", "Never"]));
        if (spec.DNSPolicy is not ("ClusterFirstWithHostNet" or "ClusterFirst" or "Default" or "None"))
            errors.Add(FieldError.NotSupported("spec.dnsPolicy", spec.DNSPolicy, ["ClusterFirstWithHostNet", "ClusterFirst", "Default", "None"]));
        if (spec.TerminationGracePeriodSeconds < 0)
            errors.Add(FieldError.Invalid("spec.terminationGracePeriodSeconds", spec.TerminationGracePeriodSeconds, "must be greater than or equal to 0"));
    }

    private static void ValidateContainers(List<Container> containers, string path, HashSet<string> names, List<FieldError> errors)
    {
        for (var i = 0; i < containers.Count; i++)
        {
            var c = containers[i];
            var p = $"{path}[{i}]";
            if (string.IsNullOrEmpty(c.Name)) errors.Add(FieldError.Required($"{p}.name"));
            else
            {
                foreach (var m in NameValidation.IsDns1123Label(c.Name)) errors.Add(FieldError.Invalid($"{p}.name", c.Name, m));
                if (!names.Add(c.Name)) errors.Add(FieldError.Duplicate($"{p}.name", c.Name));
            }
            if (string.IsNullOrWhiteSpace(c.Image)) errors.Add(FieldError.Required($"{p}.image"));
            for (var j = 0; j < (c.Ports?.Count ?? 0); j++)
            {
                var port = c.Ports![j];
                if (port.ContainerPortValue is < 1 or > 65535)
                    errors.Add(FieldError.Invalid($"{p}.ports[{j}].containerPort", port.ContainerPortValue, "must be between 1 and 65535, inclusive"));
            }
            if (c.ImagePullPolicy is not ("Always" or "IfNotPresent" or "Never"))
                errors.Add(FieldError.NotSupported($"{p}.imagePullPolicy", c.ImagePullPolicy, ["Always", "IfNotPresent", "Never"]));
        }
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
