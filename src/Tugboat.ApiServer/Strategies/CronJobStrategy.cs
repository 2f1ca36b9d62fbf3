using Tugboat.Api.Batch.V1;
using Tugboat.Api.Core.V1;
using Tugboat.Api.Meta;
using Tugboat.ApiServer.Http;
using Tugboat.ApiServer.Validation;

namespace Tugboat.ApiServer.Strategies;

/// <summary>
/// CronJobs (batch/v1): SetDefaults_CronJob (Allow, not suspended, 3 successful and 1 failed job kept; the job
/// template gets pod-template defaults only), ValidateCronJobCreate / Update: schedule syntax (robfig/cron), time
/// zone, concurrency policy, job template, names of at most 52 characters.
/// </summary>
public sealed class CronJobStrategy() : GenericStrategy(hasStatus: true, namespaced: true)
{
    private static readonly string[] ConcurrencyPolicies = ["Allow", "Forbid", "Replace"];

    public override void ApplyDefaults(IKubernetesObject obj)
    {
        var spec = ((CronJob)obj).Spec ??= new CronJobSpec();
        if (string.IsNullOrEmpty(spec.ConcurrencyPolicy)) spec.ConcurrencyPolicy = "Allow";
        spec.Suspend ??= false;
        spec.SuccessfulJobsHistoryLimit ??= 3;
        spec.FailedJobsHistoryLimit ??= 1;
        var jobTemplate = spec.JobTemplate ??= new JobTemplateSpec();
        var jobSpec = jobTemplate.Spec ??= new JobSpec();
        PodSpecDefaults.ApplyTemplate(jobSpec.Template ??= new PodTemplateSpec());
    }

    public override IReadOnlyList<FieldError> ValidateCreate(IKubernetesObject obj)
    {
        var cronJob = (CronJob)obj;
        var errors = new List<FieldError>(base.ValidateCreate(obj));
        ValidateSpec(cronJob.Spec!, null, errors);
        // The controller names its jobs <cronjob>-<11 characters>, and job names are at most 63 long.
        if ((cronJob.Metadata.Name ?? "").Length > 52)
            errors.Add(FieldError.Invalid("metadata.name", cronJob.Metadata.Name, "must be no more than 52 characters"));
        return errors;
    }

    public override IReadOnlyList<FieldError> ValidateUpdate(IKubernetesObject obj, IKubernetesObject old)
    {
        var errors = new List<FieldError>(base.ValidateUpdate(obj, old));
        ValidateSpec(((CronJob)obj).Spec!, ((CronJob)old).Spec, errors);
        return errors;
    }

    private static void ValidateSpec(CronJobSpec spec, CronJobSpec? oldSpec, List<FieldError> errors)
    {
        if (spec.Schedule.Length == 0) errors.Add(FieldError.Required("spec.schedule"));
        else
        {
            if (CronSchedule.ParseError(spec.Schedule) is { } error) errors.Add(FieldError.Invalid("spec.schedule", spec.Schedule, error));
            var allowTz = oldSpec?.Schedule.Contains("TZ", StringComparison.Ordinal) == true;
            if (allowTz && spec.Schedule.Contains("TZ", StringComparison.Ordinal) && spec.TimeZone is not null)
                errors.Add(FieldError.Invalid("spec.schedule", spec.Schedule, "cannot use both timeZone field and TZ or CRON_TZ in schedule"));
            else if (!allowTz && spec.Schedule.Contains("TZ", StringComparison.Ordinal))
                errors.Add(FieldError.Invalid("spec.schedule", spec.Schedule, "cannot use TZ or CRON_TZ in schedule, use timeZone field instead"));
        }
        if (spec.StartingDeadlineSeconds is long deadline) Checks.NonNegative(deadline, "spec.startingDeadlineSeconds", errors);
        if (oldSpec is null || oldSpec.TimeZone != spec.TimeZone) ValidateTimeZone(spec.TimeZone, errors);
        switch (spec.ConcurrencyPolicy ?? "")
        {
            case "Allow" or "Forbid" or "Replace": break;
            case "": errors.Add(FieldError.Required("spec.concurrencyPolicy")); break;
            default: errors.Add(FieldError.NotSupported("spec.concurrencyPolicy", spec.ConcurrencyPolicy, ConcurrencyPolicies)); break;
        }
        JobSpecValidation.JobTemplateSpec(spec.JobTemplate, "spec.jobTemplate", errors);
        if (spec.SuccessfulJobsHistoryLimit is int successful) Checks.NonNegative(successful, "spec.successfulJobsHistoryLimit", errors);
        if (spec.FailedJobsHistoryLimit is int failed) Checks.NonNegative(failed, "spec.failedJobsHistoryLimit", errors);
    }

    private static void ValidateTimeZone(string? zone, List<FieldError> errors)
    {
        const string path = "spec.timeZone";
        if (zone is null) return;
        if (zone.Length == 0)
        {
            errors.Add(FieldError.Invalid(path, zone, "timeZone must be nil or non-empty string"));
            return;
        }
        foreach (var part in zone.Split('/'))
        {
            if (part is "." or ".." || part.StartsWith('-') || part.Length is 0 or > 14
                || !part.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' or '+'))
            {
                errors.Add(FieldError.Invalid(path, zone, $"unknown time zone {zone}"));
                return;
            }
        }
        if (string.Equals(zone, "Local", StringComparison.OrdinalIgnoreCase))
            errors.Add(FieldError.Invalid(path, zone, "timeZone must be an explicit time zone as defined in https://www.iana.org/time-zones"));
        else if (!TimeZones.Exists(zone))
            errors.Add(FieldError.Invalid(path, zone, $"unknown time zone {zone}"));
    }
}
