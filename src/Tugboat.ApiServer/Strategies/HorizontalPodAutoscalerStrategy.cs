using Tugboat.Api.Autoscaling.V2;
using Tugboat.Api.Meta;
using Tugboat.ApiServer.Http;
using Tugboat.ApiServer.Validation;

namespace Tugboat.ApiServer.Strategies;

/// <summary>
/// HorizontalPodAutoscalers (autoscaling/v2): minReplicas 1, an 80% average CPU utilization metric when none is
/// given, scaling rules filled in when a behavior is (SetDefaults_HorizontalPodAutoscaler);
/// ValidateHorizontalPodAutoscaler (replica bounds, target reference, metrics, behavior).
/// </summary>
public sealed class HorizontalPodAutoscalerStrategy() : GenericStrategy(hasStatus: true, namespaced: true)
{
    private static readonly string[] MetricSourceTypes = ["ContainerResource", "External", "Object", "Pods", "Resource"];
    private static readonly string[] SelectPolicies = ["Disabled", "Max", "Min"];
    private static readonly string[] PolicyTypes = ["Percent", "Pods"];
    private const int MaxPeriodSeconds = 1800;
    private const int MaxStabilizationWindowSeconds = 3600;

    public override void ApplyDefaults(IKubernetesObject obj)
    {
        var spec = ((HorizontalPodAutoscaler)obj).Spec ??= new HorizontalPodAutoscalerSpec();
        spec.MinReplicas ??= 1;
        if (spec.Metrics is not { Count: > 0 })
        {
            spec.Metrics =
            [
                new MetricSpec
                {
                    Type = "Resource",
                    Resource = new ResourceMetricSource { Name = "cpu", Target = new MetricTarget { Type = "Utilization", AverageUtilization = 80 } },
                },
            ];
        }
        if (spec.Behavior is { } behavior)
        {
            behavior.ScaleUp = Rules(behavior.ScaleUp, stabilization: 0,
                [new HPAScalingPolicy { Type = "Pods", Value = 4, PeriodSeconds = 15 }, new HPAScalingPolicy { Type = "Percent", Value = 100, PeriodSeconds = 15 }]);
            behavior.ScaleDown = Rules(behavior.ScaleDown, stabilization: null, [new HPAScalingPolicy { Type = "Percent", Value = 100, PeriodSeconds = 15 }]);
        }
    }

    // GenerateHPAScale{Up,Down}Rules: the defaults, overridden by what the user set.
    private static HPAScalingRules Rules(HPAScalingRules? given, int? stabilization, List<HPAScalingPolicy> policies) => new()
    {
        StabilizationWindowSeconds = given?.StabilizationWindowSeconds ?? stabilization,
        SelectPolicy = given?.SelectPolicy ?? "Max",
        Policies = given?.Policies ?? policies,
    };

    public override IReadOnlyList<FieldError> ValidateCreate(IKubernetesObject obj)
    {
        var errors = new List<FieldError>(base.ValidateCreate(obj));
        ValidateSpec(((HorizontalPodAutoscaler)obj).Spec!, errors);
        return errors;
    }

    public override IReadOnlyList<FieldError> ValidateUpdate(IKubernetesObject obj, IKubernetesObject old)
    {
        var errors = new List<FieldError>(base.ValidateUpdate(obj, old));
        ValidateSpec(((HorizontalPodAutoscaler)obj).Spec!, errors);
        return errors;
    }

    private static void ValidateSpec(HorizontalPodAutoscalerSpec spec, List<FieldError> errors)
    {
        if (spec.MinReplicas is int min && min < 1) errors.Add(FieldError.Invalid("spec.minReplicas", min, "must be greater than or equal to 1"));
        if (spec.MaxReplicas < 1) errors.Add(FieldError.Invalid("spec.maxReplicas", spec.MaxReplicas, "must be greater than 0"));
        if (spec.MinReplicas is int m && spec.MaxReplicas < m)
            errors.Add(FieldError.Invalid("spec.maxReplicas", spec.MaxReplicas, "must be greater than or equal to `minReplicas`"));
        var refErrors = new List<FieldError>();
        CrossVersionObjectReference(spec.ScaleTargetRef, "spec.scaleTargetRef", refErrors);
        if (refErrors.Count > 0) { errors.AddRange(refErrors); return; }
        for (var i = 0; i < (spec.Metrics?.Count ?? 0); i++) MetricSpec(spec.Metrics![i], $"spec.metrics[{i}]", refErrors);
        if (refErrors.Count > 0) { errors.AddRange(refErrors); return; }
        if (spec.Behavior is { } behavior)
        {
            ScalingRules(behavior.ScaleUp, "spec.behavior.scaleUp", errors);
            ScalingRules(behavior.ScaleDown, "spec.behavior.scaleDown", errors);
        }
    }

    private static void CrossVersionObjectReference(CrossVersionObjectReference target, string path, List<FieldError> errors)
    {
        if (target.Kind.Length == 0) errors.Add(FieldError.Required($"{path}.kind"));
        else foreach (var m in Checks.PathSegmentName(target.Kind)) errors.Add(FieldError.Invalid($"{path}.kind", target.Kind, m));
        if (target.Name.Length == 0) errors.Add(FieldError.Required($"{path}.name"));
        else foreach (var m in Checks.PathSegmentName(target.Name)) errors.Add(FieldError.Invalid($"{path}.name", target.Name, m));
    }

    private static void MetricSpec(MetricSpec spec, string path, List<FieldError> errors)
    {
        if (spec.Type.Length == 0) errors.Add(FieldError.Required($"{path}.type", "must specify a metric source type"));
        if (!MetricSourceTypes.Contains(spec.Type)) errors.Add(FieldError.NotSupported($"{path}.type", spec.Type, MetricSourceTypes));
        var present = new List<string>();
        if (spec.Object is { } obj)
        {
            present.Add("object");
            MetricIdentifier(obj.Metric, $"{path}.object.metric", errors);
            CrossVersionObjectReference(obj.DescribedObject, $"{path}.object.describedObject", errors);
            MetricTarget(obj.Target, $"{path}.object.target", errors);
            if (obj.Target.Value is null && obj.Target.AverageValue is null)
                errors.Add(FieldError.Required($"{path}.object.target.averageValue", "must set either a target value or averageValue"));
        }
        if (spec.External is { } external)
        {
            present.Add("external");
            if (present.Count == 1) ValueSource(external.Metric, external.Target, $"{path}.external", errors);
        }
        if (spec.Pods is { } pods)
        {
            present.Add("pods");
            if (present.Count == 1)
            {
                MetricIdentifier(pods.Metric, $"{path}.pods.metric", errors);
                MetricTarget(pods.Target, $"{path}.pods.target", errors);
                if (pods.Target.AverageValue is null) errors.Add(FieldError.Required($"{path}.pods.target.averageValue", "must specify a positive target averageValue"));
            }
        }
        if (spec.Resource is { } resource)
        {
            present.Add("resource");
            if (present.Count == 1) ResourceSource(resource.Name, resource.Target, $"{path}.resource", errors);
        }
        if (spec.ContainerResource is { } container)
        {
            present.Add("containerResource");
            if (present.Count == 1)
            {
                ResourceSource(container.Name, container.Target, $"{path}.containerResource", errors);
                if (container.Container.Length == 0) errors.Add(FieldError.Required($"{path}.containerResource.container", "must specify a container"));
                else Checks.Dns1123Label(container.Container, $"{path}.containerResource.container", errors);
            }
        }
        var expected = spec.Type switch
        {
            "Object" => "object",
            "Pods" => "pods",
            "Resource" => "resource",
            "ContainerResource" => "containerResource",
            "External" => "external",
            _ => null,
        };
        if (expected is null) errors.Add(FieldError.NotSupported($"{path}.type", spec.Type, MetricSourceTypes));
        else if (!present.Contains(expected)) errors.Add(FieldError.Required($"{path}.{expected}", "must populate information for the given metric source"));
        if (present.Count != 1)
            foreach (var other in present.Where(p => p != expected).Order(StringComparer.Ordinal))
                errors.Add(FieldError.Forbidden($"{path}.{other}", "must populate the given metric source only"));
    }

    private static void ValueSource(MetricIdentifier metric, MetricTarget target, string path, List<FieldError> errors)
    {
        MetricIdentifier(metric, $"{path}.metric", errors);
        MetricTarget(target, $"{path}.target", errors);
        if (target.Value is null && target.AverageValue is null)
            errors.Add(FieldError.Required($"{path}.target.averageValue", "must set either a target value for metric or a per-pod target"));
        if (target.Value is not null && target.AverageValue is not null)
            errors.Add(FieldError.Forbidden($"{path}.target.value", "may not set both a target value for metric and a per-pod target"));
    }

    private static void ResourceSource(string name, MetricTarget target, string path, List<FieldError> errors)
    {
        if (name.Length == 0) errors.Add(FieldError.Required($"{path}.name", "must specify a resource name"));
        MetricTarget(target, $"{path}.target", errors);
        if (target.AverageUtilization is null && target.AverageValue is null)
            errors.Add(FieldError.Required($"{path}.target.averageUtilization", "must set either a target raw value or a target utilization"));
        if (target.AverageUtilization is not null && target.AverageValue is not null)
            errors.Add(FieldError.Forbidden($"{path}.target.averageValue", "may not set both a target raw value and a target utilization"));
    }

    private static void MetricIdentifier(MetricIdentifier id, string path, List<FieldError> errors)
    {
        if (id.Name.Length == 0) errors.Add(FieldError.Required($"{path}.name", "must specify a metric name"));
        else foreach (var m in Checks.PathSegmentName(id.Name)) errors.Add(FieldError.Invalid($"{path}.name", id.Name, m));
        Checks.LabelSelector(id.Selector, $"{path}.selector", errors);
    }

    private static void MetricTarget(MetricTarget target, string path, List<FieldError> errors)
    {
        if (target.Type.Length == 0) errors.Add(FieldError.Required($"{path}.type", "must specify a metric target type"));
        if (target.Type is not ("Utilization" or "Value" or "AverageValue"))
            errors.Add(FieldError.Invalid($"{path}.type", target.Type, "must be either Utilization, Value, or AverageValue"));
        if (target.Value is { } value && value.Sign != 1) errors.Add(FieldError.Invalid($"{path}.value", value, "must be positive"));
        if (target.AverageValue is { } average && average.Sign != 1) errors.Add(FieldError.Invalid($"{path}.averageValue", average, "must be positive"));
        if (target.AverageUtilization is int utilization && utilization < 1)
            errors.Add(FieldError.Invalid($"{path}.averageUtilization", utilization, "must be greater than 0"));
    }

    private static void ScalingRules(HPAScalingRules? rules, string path, List<FieldError> errors)
    {
        if (rules is null) return;
        if (rules.StabilizationWindowSeconds is int window)
        {
            if (window < 0) errors.Add(FieldError.Invalid($"{path}.stabilizationWindowSeconds", window, "must be greater than or equal to zero"));
            if (window > MaxStabilizationWindowSeconds)
                errors.Add(FieldError.Invalid($"{path}.stabilizationWindowSeconds", window, $"must be less than or equal to {MaxStabilizationWindowSeconds}"));
        }
        if (rules.SelectPolicy is { } select && !SelectPolicies.Contains(select))
            errors.Add(FieldError.NotSupported($"{path}.selectPolicy", select, SelectPolicies));
        var policies = rules.Policies ?? [];
        if (policies.Count == 0) errors.Add(FieldError.Required($"{path}.policies", "must specify at least one Policy"));
        for (var i = 0; i < policies.Count; i++)
        {
            var p = policies[i];
            var pp = $"{path}.policies[{i}]";
            if (p.Type is not ("Pods" or "Percent")) errors.Add(FieldError.NotSupported($"{pp}.type", p.Type, PolicyTypes));
            if (p.Value <= 0) errors.Add(FieldError.Invalid($"{pp}.value", p.Value, "must be greater than zero"));
            if (p.PeriodSeconds <= 0) errors.Add(FieldError.Invalid($"{pp}.periodSeconds", p.PeriodSeconds, "must be greater than zero"));
            if (p.PeriodSeconds > MaxPeriodSeconds)
                errors.Add(FieldError.Invalid($"{pp}.periodSeconds", p.PeriodSeconds, $"must be less than or equal to {MaxPeriodSeconds}"));
        }
    }
}
