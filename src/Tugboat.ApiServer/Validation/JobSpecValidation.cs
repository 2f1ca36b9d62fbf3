using Tugboat.Api.Batch.V1;
using Tugboat.Api.Core.V1;
using Tugboat.Api.Validation;
using Tugboat.ApiServer.Http;

namespace Tugboat.ApiServer.Validation;

/// <summary>The spec of Jobs and of CronJobs' job templates (batch validation's ValidateJobSpec / validateJobSpec).</summary>
public static class JobSpecValidation
{
    private static readonly string[] PodFailurePolicyActions = ["Count", "FailIndex", "FailJob", "Ignore"];
    private static readonly string[] ConditionStatuses = ["False", "True", "Unknown"];

    /// <summary>ValidateJobSpec: the spec, a selector that is set, valid and matches the template's labels.</summary>
    public static void JobSpec(JobSpec spec, string path, List<FieldError> errors)
    {
        Body(spec, path, errors);
        if (spec.Selector is null) errors.Add(FieldError.Required($"{path}.selector"));
        else Checks.LabelSelector(spec.Selector, $"{path}.selector", errors);
        var labels = spec.Template.Metadata?.Labels;
        if (Checks.AsSelector(spec.Selector) is { } selector && !selector.Matches(labels))
            errors.Add(FieldError.Invalid($"{path}.template.metadata.labels", GoValue.StringMap(labels), PodTemplateValidation.SelectorMismatch));
    }

    /// <summary>ValidateJobTemplateSpec: the job's spec, whose selector the CronJob controller generates.</summary>
    public static void JobTemplateSpec(JobTemplateSpec template, string path, List<FieldError> errors)
    {
        var spec = template.Spec ?? new JobSpec();
        Body(spec, $"{path}.spec", errors);
        if (spec.Selector is not null)
            errors.Add(FieldError.Invalid($"{path}.spec.selector", GoValue.SelectorValue(spec.Selector), "`selector` will be auto-generated"));
        if (spec.ManualSelector == true)
            errors.Add(FieldError.NotSupported($"{path}.spec.manualSelector", true, ["nil", "false"]));
    }

    /// <summary>validateJobSpec.</summary>
    public static void Body(JobSpec spec, string path, List<FieldError> errors)
    {
        if (spec.Parallelism is int parallelism) Checks.NonNegative(parallelism, $"{path}.parallelism", errors);
        if (spec.Completions is int completions) Checks.NonNegative(completions, $"{path}.completions", errors);
        if (spec.ActiveDeadlineSeconds is long deadline) Checks.NonNegative(deadline, $"{path}.activeDeadlineSeconds", errors);
        if (spec.BackoffLimit is int backoff) Checks.NonNegative(backoff, $"{path}.backoffLimit", errors);
        if (spec.TtlSecondsAfterFinished is int ttl) Checks.NonNegative(ttl, $"{path}.ttlSecondsAfterFinished", errors);
        if (spec.BackoffLimitPerIndex is int perIndex) Checks.NonNegative(perIndex, $"{path}.backoffLimitPerIndex", errors);
        if (spec.MaxFailedIndexes is int maxFailed)
        {
            Checks.NonNegative(maxFailed, $"{path}.maxFailedIndexes", errors);
            if (spec.BackoffLimitPerIndex is null) errors.Add(FieldError.Required($"{path}.backoffLimitPerIndex", "when maxFailedIndexes is specified"));
        }
        if (spec.ManagedBy is { } managedBy)
        {
            DomainPrefixedPath(managedBy, $"{path}.managedBy", errors);
            if (managedBy.Length > 63) errors.Add(FieldError.TooLong($"{path}.managedBy", 63));
        }
        if (spec.CompletionMode is { } mode)
        {
            if (mode is not ("NonIndexed" or "Indexed"))
                errors.Add(FieldError.NotSupported($"{path}.completionMode", mode, ["NonIndexed", "Indexed"]));
            if (mode == "Indexed")
            {
                if (spec.Completions is null) errors.Add(FieldError.Required($"{path}.completions", "when completion mode is Indexed"));
                if (spec.Parallelism > 100000)
                    errors.Add(FieldError.Invalid($"{path}.parallelism", spec.Parallelism, "must be less than or equal to 100000 when completion mode is Indexed"));
                if (spec.Completions is int c && spec.MaxFailedIndexes > c)
                    errors.Add(FieldError.Invalid($"{path}.maxFailedIndexes", spec.MaxFailedIndexes, "must be less than or equal to completions"));
                if (spec.MaxFailedIndexes > 100000)
                    errors.Add(FieldError.Invalid($"{path}.maxFailedIndexes", spec.MaxFailedIndexes, "must be less than or equal to 100000"));
            }
        }
        if (spec.CompletionMode is null or "NonIndexed")
        {
            if (spec.BackoffLimitPerIndex is int b) errors.Add(FieldError.Invalid($"{path}.backoffLimitPerIndex", b, "requires indexed completion mode"));
            if (spec.MaxFailedIndexes is int m) errors.Add(FieldError.Invalid($"{path}.maxFailedIndexes", m, "requires indexed completion mode"));
        }
        if (spec.PodFailurePolicy is { } pfp) PodFailurePolicy(spec, pfp, $"{path}.podFailurePolicy", errors);
        if (spec.SuccessPolicy is { } success && (spec.CompletionMode ?? "NonIndexed") != "Indexed")
            errors.Add(FieldError.Invalid($"{path}.successPolicy", success, "requires indexed completion mode"));
        if (spec.PodReplacementPolicy is { } replacement)
        {
            if (spec.PodFailurePolicy is not null)
            {
                if (replacement != "Failed") errors.Add(FieldError.NotSupported($"{path}.podReplacementPolicy", replacement, ["Failed"]));
            }
            else if (replacement is not ("Failed" or "TerminatingOrFailed"))
                errors.Add(FieldError.NotSupported($"{path}.podReplacementPolicy", replacement, ["Failed", "TerminatingOrFailed"]));
        }

        var template = spec.Template ?? new PodTemplateSpec();
        PodTemplateValidation.Validate(template, $"{path}.template", errors);
        var restart = template.Spec?.RestartPolicy ?? "";
        var restartPath = $"{path}.template.spec.restartPolicy";
        if (restart is "Always" or "")
            errors.Add(FieldError.Required(restartPath, "valid values: \"OnFailure\", \"Never\""));
        else if (restart is not ("OnFailure" or "Never"))
            errors.Add(FieldError.NotSupported(restartPath, restart, ["OnFailure", "Never"]));
        else if (spec.PodFailurePolicy is not null && restart != "Never")
            errors.Add(FieldError.Invalid(restartPath, restart, "only \"Never\" is supported when podFailurePolicy is specified"));
    }

    private static void PodFailurePolicy(JobSpec spec, PodFailurePolicy policy, string path, List<FieldError> errors)
    {
        var rules = policy.Rules ?? [];
        var rulesPath = $"{path}.rules";
        if (rules.Count > 20) errors.Add(FieldError.TooMany(rulesPath, rules.Count, 20));
        var containers = new HashSet<string>((spec.Template.Spec?.Containers ?? []).Concat(spec.Template.Spec?.InitContainers ?? []).Select(c => c.Name));
        for (var i = 0; i < rules.Count; i++)
        {
            var rule = rules[i];
            var rp = $"{rulesPath}[{i}]";
            if (rule.Action == "FailIndex")
            {
                if (spec.BackoffLimitPerIndex is null) errors.Add(FieldError.Invalid($"{rp}.action", rule.Action, "requires the backoffLimitPerIndex to be set"));
            }
            else if (!PodFailurePolicyActions.Contains(rule.Action))
                errors.Add(FieldError.NotSupported($"{rp}.action", rule.Action, PodFailurePolicyActions));
            if (rule.OnExitCodes is { } onExitCodes) OnExitCodes(onExitCodes, $"{rp}.onExitCodes", containers, errors);
            var conditions = rule.OnPodConditions ?? [];
            if (conditions.Count > 20) errors.Add(FieldError.TooMany($"{rp}.onPodConditions", conditions.Count, 20));
            for (var j = 0; j < conditions.Count; j++)
            {
                Checks.QualifiedName(conditions[j].Type, $"{rp}.onPodConditions[{j}].type", errors);
                if (!ConditionStatuses.Contains(conditions[j].Status))
                    errors.Add(FieldError.NotSupported($"{rp}.onPodConditions[{j}].status", conditions[j].Status, ConditionStatuses));
            }
            if (rule.OnExitCodes is not null && conditions.Count > 0)
                errors.Add(FieldError.InvalidNoValue(rp, "specifying both OnExitCodes and OnPodConditions is not supported"));
            if (rule.OnExitCodes is null && conditions.Count == 0)
                errors.Add(FieldError.InvalidNoValue(rp, "specifying one of OnExitCodes and OnPodConditions is required"));
        }
    }

    private static void OnExitCodes(PodFailurePolicyOnExitCodesRequirement req, string path, HashSet<string> containers, List<FieldError> errors)
    {
        if (req.Operator is not ("In" or "NotIn")) errors.Add(FieldError.NotSupported($"{path}.operator", req.Operator, ["In", "NotIn"]));
        if (req.ContainerName is { } name && !containers.Contains(name))
            errors.Add(FieldError.Invalid($"{path}.containerName", name, "must be one of the container or initContainer names in the pod template"));
        var values = req.Values ?? [];
        if (values.Count == 0) errors.Add(FieldError.Invalid($"{path}.values", GoValue.Raw(req.Values is null ? "[]int32(nil)" : "[]int32{}"), "at least one value is required"));
        else if (values.Count > 255) errors.Add(FieldError.TooMany($"{path}.values", values.Count, 255));
        var seen = new HashSet<int>();
        var ordered = true;
        for (var j = 0; j < values.Count; j++)
        {
            if (req.Operator == "In" && values[j] == 0) errors.Add(FieldError.Invalid($"{path}.values[{j}]", values[j], "must not be 0 for the In operator"));
            if (!seen.Add(values[j])) errors.Add(FieldError.Duplicate($"{path}.values[{j}]", values[j]));
            if (j > 0 && values[j - 1] > values[j]) ordered = false;
        }
        if (!ordered) errors.Add(FieldError.Invalid($"{path}.values", values, "must be ordered"));
    }

    /// <summary>utilvalidation.IsDomainPrefixedPath.</summary>
    public static void DomainPrefixedPath(string value, string path, List<FieldError> errors)
    {
        if (value.Length == 0) { errors.Add(FieldError.Required(path)); return; }
        var slash = value.IndexOf('/');
        if (slash <= 0 || slash == value.Length - 1)
        {
            errors.Add(FieldError.Invalid(path, value, "must be a domain-prefixed path (such as \"acme.io/foo\")"));
            return;
        }
        var host = value[..slash];
        foreach (var m in NameValidation.IsDns1123Subdomain(host)) errors.Add(FieldError.Invalid(path, host, m));
        var rest = value[(slash + 1)..];
        const string httpPathChars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/-._~%!$&'()*+,;=:";
        if (!rest.All(httpPathChars.Contains))
            errors.Add(FieldError.Invalid(path, rest, NameValidation.RegexError("Invalid path", "[A-Za-z0-9/\\-._~%!$&'()*+,;=:]+")));
    }
}
