using Tugboat.Api.Batch.V1;
using Tugboat.Api.Core.V1;
using Tugboat.Api.Meta;
using Tugboat.Api.Validation;
using Tugboat.ApiServer.Http;
using Tugboat.ApiServer.Validation;

namespace Tugboat.ApiServer.Strategies;

/// <summary>
/// Jobs (batch/v1): SetDefaults_Job; on create, unless spec.manualSelector, the selector and the template labels
/// generated from the Job's uid and name (controller-uid, job-name and their batch.kubernetes.io/ forms), as
/// upstream's generateSelector; ValidateJob / ValidateJobUpdate (selector, completions, template ... immutable).
/// </summary>
public sealed class JobStrategy() : GenericStrategy(hasStatus: true, namespaced: true)
{
    public const string ControllerUidLabel = "batch.kubernetes.io/controller-uid";
    public const string LegacyControllerUidLabel = "controller-uid";
    public const string JobNameLabel = "batch.kubernetes.io/job-name";
    public const string LegacyJobNameLabel = "job-name";

    public override void ApplyDefaults(IKubernetesObject obj) => Default((Job)obj);

    /// <summary>SetDefaults_Job.</summary>
    public static void Default(Job job)
    {
        var spec = job.Spec ??= new JobSpec();
        if (spec.Completions is null && spec.Parallelism is null)
        {
            spec.Completions = 1;
            spec.Parallelism = 1;
        }
        spec.Parallelism ??= 1;
        spec.BackoffLimit ??= spec.BackoffLimitPerIndex is not null ? int.MaxValue : 6;
        var template = spec.Template ??= new PodTemplateSpec();
        if (template.Metadata?.Labels is { } labels && job.Metadata.Labels is null or { Count: 0 })
            job.Metadata.Labels = new Dictionary<string, string>(labels);
        spec.CompletionMode ??= "NonIndexed";
        spec.Suspend ??= false;
        foreach (var rule in spec.PodFailurePolicy?.Rules ?? [])
            foreach (var pattern in rule.OnPodConditions ?? [])
                if (pattern.Status.Length == 0) pattern.Status = "True";
        spec.PodReplacementPolicy ??= spec.PodFailurePolicy is not null ? "Failed" : "TerminatingOrFailed";
        spec.ManualSelector ??= false;
        PodSpecDefaults.ApplyTemplate(template);
    }

    public override void PrepareForCreate(IKubernetesObject obj)
    {
        var job = (Job)obj;
        var hadLabels = job.Metadata.Labels is { Count: > 0 };
        base.PrepareForCreate(obj);
        if (job.Spec!.ManualSelector != true) GenerateSelector(job);
        // Upstream defaults the job's labels from its template's again when it reads the object back, so the
        // generated labels show on the Job too.
        if (!hadLabels && job.Spec.Template.Metadata?.Labels is { } templateLabels)
            job.Metadata.Labels = new Dictionary<string, string>(templateLabels);
    }

    /// <summary>generateSelector: template labels from the name and uid, a selector on the uid.</summary>
    public static void GenerateSelector(Job job)
    {
        var spec = job.Spec!;
        var template = spec.Template;
        template.Metadata ??= new ObjectMeta();
        var labels = template.Metadata.Labels ??= [];
        labels.TryAdd(LegacyJobNameLabel, job.Metadata.Name ?? "");
        labels.TryAdd(JobNameLabel, job.Metadata.Name ?? "");
        labels.TryAdd(LegacyControllerUidLabel, job.Metadata.Uid ?? "");
        labels.TryAdd(ControllerUidLabel, job.Metadata.Uid ?? "");
        spec.Selector ??= new LabelSelector();
        spec.Selector.MatchLabels ??= [];
        spec.Selector.MatchLabels.TryAdd(ControllerUidLabel, job.Metadata.Uid ?? "");
    }

    public override IReadOnlyList<FieldError> ValidateCreate(IKubernetesObject obj) =>
        ValidateJob((Job)obj, base.ValidateCreate(obj), requirePrefixedLabels: true);

    public override IReadOnlyList<FieldError> ValidateUpdate(IKubernetesObject obj, IKubernetesObject old)
    {
        var job = (Job)obj;
        var oldJob = (Job)old;
        var oldLabels = oldJob.Spec?.Template.Metadata?.Labels;
        var prefixed = oldLabels is not null && oldLabels.ContainsKey(JobNameLabel) && oldLabels.ContainsKey(ControllerUidLabel);
        var errors = ValidateJob(job, ObjectMetaValidation.Validate(job.Metadata, true, NameRule.Dns1123Subdomain), prefixed);
        // ValidateJobUpdate: metadata, the spec again, then what may not change.
        errors.AddRange(base.ValidateUpdate(obj, old));
        var spec = job.Spec!;
        var oldSpec = oldJob.Spec ?? new JobSpec();
        JobSpecValidation.JobSpec(spec, "spec", errors);
        Checks.Immutable(spec.Completions, oldSpec.Completions, "spec.completions", errors);
        Checks.Immutable(spec.Selector, oldSpec.Selector, "spec.selector", errors, GoValue.SelectorValue(spec.Selector));
        ValidateTemplateUpdate(spec, oldSpec, oldJob.Status?.StartTime is null, errors);
        Checks.Immutable(spec.CompletionMode, oldSpec.CompletionMode, "spec.completionMode", errors);
        Checks.Immutable(spec.PodFailurePolicy, oldSpec.PodFailurePolicy, "spec.podFailurePolicy", errors);
        Checks.Immutable(spec.BackoffLimitPerIndex, oldSpec.BackoffLimitPerIndex, "spec.backoffLimitPerIndex", errors);
        Checks.Immutable(spec.ManagedBy, oldSpec.ManagedBy, "spec.managedBy", errors);
        Checks.Immutable(spec.SuccessPolicy, oldSpec.SuccessPolicy, "spec.successPolicy", errors);
        return errors;
    }

    /// <summary>ValidateJob: metadata, the generated selector, the spec, and pod hostnames of Indexed jobs.</summary>
    private static List<FieldError> ValidateJob(Job job, IReadOnlyList<FieldError> metadataErrors, bool requirePrefixedLabels)
    {
        var errors = new List<FieldError>(metadataErrors);
        var spec = job.Spec!;
        ValidateGeneratedSelector(job, requirePrefixedLabels, errors);
        JobSpecValidation.JobSpec(spec, "spec", errors);
        if (spec is { CompletionMode: "Indexed", Completions: > 0 })
        {
            var hostname = $"{job.Metadata.Name}-{spec.Completions - 1}";
            if (NameValidation.IsDns1123Label(hostname).Count > 0)
                errors.Add(FieldError.Invalid("metadata.name", job.Metadata.Name ?? "", $"will not able to create pod with invalid DNS label: {hostname}"));
        }
        return errors;
    }

    private static void ValidateGeneratedSelector(Job job, bool requirePrefixedLabels, List<FieldError> errors)
    {
        var spec = job.Spec!;
        if (spec.ManualSelector == true || spec.Selector is null) return;
        var uid = job.Metadata.Uid ?? "";
        var name = job.Metadata.Name ?? "";
        if (uid.Length == 0) errors.Add(FieldError.Required("metadata.uid"));
        var meta = spec.Template.Metadata ?? new ObjectMeta();
        HasLabel(meta, LegacyControllerUidLabel, uid, errors);
        HasLabel(meta, LegacyJobNameLabel, name, errors);
        var expected = new Dictionary<string, string>();
        if (requirePrefixedLabels)
        {
            HasLabel(meta, ControllerUidLabel, uid, errors);
            HasLabel(meta, JobNameLabel, name, errors);
            expected[ControllerUidLabel] = uid;
            expected[JobNameLabel] = name;
        }
        expected[LegacyControllerUidLabel] = uid;
        expected[LegacyJobNameLabel] = name;
        if (Checks.AsSelector(spec.Selector) is { } selector && !selector.Matches(expected))
            errors.Add(FieldError.Invalid("spec.selector", GoValue.SelectorValue(spec.Selector), "`selector` not auto-generated"));
    }

    /// <summary>ValidateHasLabel.</summary>
    private static void HasLabel(ObjectMeta meta, string key, string expected, List<FieldError> errors)
    {
        var path = $"spec.template.metadata.labels[{key}]";
        if (meta.Labels is null || !meta.Labels.TryGetValue(key, out var actual))
            errors.Add(FieldError.Required(path, $"must be '{expected}'"));
        else if (actual != expected)
            errors.Add(FieldError.Invalid(path, GoValue.StringMap(meta.Labels), $"must be '{expected}'"));
    }

    /// <summary>
    /// The template may not change, except the scheduling directives of a suspended job that never started
    /// (node affinity, node selector, tolerations, labels, annotations, scheduling gates).
    /// </summary>
    private static void ValidateTemplateUpdate(JobSpec spec, JobSpec oldSpec, bool neverStarted, List<FieldError> errors)
    {
        var template = spec.Template;
        var oldTemplate = oldSpec.Template;
        if (oldSpec.Suspend == true && neverStarted)
        {
            oldTemplate = Api.Json.ApiJson.Deserialize<PodTemplateSpec>(Api.Json.ApiJson.Serialize(oldSpec.Template));
            var newPod = template.Spec ?? new PodSpec();
            var oldPod = oldTemplate.Spec ??= new PodSpec();
            if (newPod.Affinity is null && oldPod.Affinity is not null)
            {
                oldPod.Affinity.NodeAffinity = null;
                if (oldPod.Affinity is { PodAffinity: null, PodAntiAffinity: null }) oldPod.Affinity = null;
            }
            else if (newPod.Affinity is not null && oldPod.Affinity is null) oldPod.Affinity = new Affinity { NodeAffinity = newPod.Affinity.NodeAffinity };
            else if (newPod.Affinity is not null && oldPod.Affinity is not null) oldPod.Affinity.NodeAffinity = newPod.Affinity.NodeAffinity;
            oldPod.NodeSelector = newPod.NodeSelector;
            oldPod.Tolerations = newPod.Tolerations;
            oldPod.SchedulingGates = newPod.SchedulingGates;
            if (template.Metadata is not null || oldTemplate.Metadata is not null)
            {
                oldTemplate.Metadata ??= new ObjectMeta();
                oldTemplate.Metadata.Labels = template.Metadata?.Labels;
                oldTemplate.Metadata.Annotations = template.Metadata?.Annotations;
            }
        }
        Checks.Immutable(template, oldTemplate, "spec.template", errors);
    }
}
