using Tugboat.Api.Batch.V1;
using Tugboat.ApiServer.Strategies;
using Tugboat.ApiServer.Validation;
using static Tugboat.ApiServer.Tests.Strategies.StrategyFixture;

namespace Tugboat.ApiServer.Tests.Strategies;

public class JobStrategyTests
{
    private readonly JobStrategy _strategy = new();

    private static Job Pi(string restartPolicy = "Never") => Yaml<Job>($$"""
        apiVersion: batch/v1
        kind: Job
        metadata:
          name: pi
        spec:
          template:
            spec:
              containers:
              - name: pi
                image: perl:5.34.0
                command: ["perl", "-Mbignum=bpi", "-wle", "print bpi(2000)"]
              restartPolicy: {{restartPolicy}}
        """);

    [Fact]
    public void Defaults_follow_SetDefaults_Job()
    {
        var job = Created(_strategy, Pi());
        var spec = job.Spec!;
        spec.Completions.ShouldBe(1);
        spec.Parallelism.ShouldBe(1);
        spec.BackoffLimit.ShouldBe(6);
        spec.CompletionMode.ShouldBe("NonIndexed");
        spec.Suspend.ShouldBe(false);
        spec.ManualSelector.ShouldBe(false);
        spec.PodReplacementPolicy.ShouldBe("TerminatingOrFailed");
    }

    [Fact]
    public void Parallel_jobs_keep_completions_unset()
    {
        var job = Pi();
        job.Spec!.Parallelism = 3;
        Created(_strategy, job).Spec!.Completions.ShouldBeNull();
    }

    [Fact]
    public void The_selector_and_labels_are_generated_from_the_uid()
    {
        var job = Created(_strategy, Pi());
        var uid = job.Metadata.Uid!;
        job.Spec!.Selector!.MatchLabels.ShouldBe(new Dictionary<string, string> { ["batch.kubernetes.io/controller-uid"] = uid });
        var expected = new Dictionary<string, string>
        {
            ["batch.kubernetes.io/controller-uid"] = uid,
            ["batch.kubernetes.io/job-name"] = "pi",
            ["controller-uid"] = uid,
            ["job-name"] = "pi",
        };
        job.Spec.Template.Metadata!.Labels.ShouldBe(expected, ignoreOrder: true);
        job.Metadata.Labels.ShouldBe(expected, ignoreOrder: true);
    }

    [Fact]
    public void A_manual_selector_is_kept_and_must_match()
    {
        var job = Pi();
        job.Spec!.ManualSelector = true;
        job.Spec.Selector = new() { MatchLabels = new() { ["app"] = "pi" } };
        CreateErrors(_strategy, job).ShouldBe([
            "spec.template.metadata.labels: Invalid value: map[string]string(nil): `selector` does not match template `labels`",
        ]);
        job.Spec.Template.Metadata = new() { Labels = new() { ["app"] = "pi" } };
        CreateErrors(_strategy, job).ShouldBeEmpty();
        job.Spec.Template.Metadata.Labels.ShouldNotContainKey("controller-uid");
    }

    [Fact]
    public void A_selector_that_was_not_generated_is_rejected()
    {
        var job = Pi();
        job.Spec!.Selector = new() { MatchLabels = new() { ["batch.kubernetes.io/controller-uid"] = "other" } };
        var errors = CreateErrors(_strategy, job);
        errors.ShouldContain(e => e.StartsWith("spec.selector: Invalid value: v1.LabelSelector{") && e.EndsWith(": `selector` not auto-generated"));
        errors.ShouldContain(e => e.StartsWith("spec.template.metadata.labels: Invalid value: map[string]string{") && e.EndsWith("`selector` does not match template `labels`"));
    }

    [Fact]
    public void Restart_policy_must_be_on_failure_or_never()
    {
        CreateErrors(_strategy, Pi("Always")).ShouldBe([
            "spec.template.spec.restartPolicy: Required value: valid values: \"OnFailure\", \"Never\"",
        ]);
        var omitted = Pi();
        omitted.Spec!.Template.Spec!.RestartPolicy = null;
        CreateErrors(_strategy, omitted).ShouldBe([
            "spec.template.spec.restartPolicy: Required value: valid values: \"OnFailure\", \"Never\"",
        ]);
    }

    [Fact]
    public void Counts_and_modes_are_checked()
    {
        var job = Pi();
        job.Spec!.BackoffLimit = -1;
        job.Spec.Completions = -2;
        job.Spec.CompletionMode = "Sometimes";
        job.Spec.BackoffLimitPerIndex = 1;
        CreateErrors(_strategy, job).ShouldBe([
            "spec.completions: Invalid value: -2: must be greater than or equal to 0",
            "spec.backoffLimit: Invalid value: -1: must be greater than or equal to 0",
            "spec.completionMode: Unsupported value: \"Sometimes\": supported values: \"NonIndexed\", \"Indexed\"",
        ]);
    }

    [Fact]
    public void Indexed_jobs_need_completions_and_pod_hostnames()
    {
        var job = Pi();
        job.Metadata.Name = new string('a', 62);
        job.Spec!.CompletionMode = "Indexed";
        job.Spec.Completions = 10;
        CreateErrors(_strategy, job).ShouldBe([
            $"metadata.name: Invalid value: \"{job.Metadata.Name}\": will not able to create pod with invalid DNS label: {job.Metadata.Name}-9",
        ]);
    }

    [Fact]
    public void Pod_failure_policy_rules()
    {
        var job = Pi();
        job.Spec!.PodFailurePolicy = new()
        {
            Rules =
            [
                new() { Action = "Retry", OnExitCodes = new() { Operator = "In", Values = [0, 3, 2] } },
                new() { Action = "Ignore" },
            ],
        };
        CreateErrors(_strategy, job).ShouldBe([
            "spec.podFailurePolicy.rules[0].action: Unsupported value: \"Retry\": supported values: \"Count\", \"FailIndex\", \"FailJob\", \"Ignore\"",
            "spec.podFailurePolicy.rules[0].onExitCodes.values[0]: Invalid value: 0: must not be 0 for the In operator",
            "spec.podFailurePolicy.rules[0].onExitCodes.values: Invalid value: []int32{0, 3, 2}: must be ordered",
            "spec.podFailurePolicy.rules[1]: Invalid value: specifying one of OnExitCodes and OnPodConditions is required",
        ]);
        job.Spec.PodReplacementPolicy.ShouldBe("Failed");
    }

    [Fact]
    public void Selector_completions_and_template_are_immutable()
    {
        var stored = Created(_strategy, Pi());
        var updated = Copy(stored);
        updated.Spec!.Completions = 2;
        updated.Spec.Template.Spec!.Containers[0].Image = "perl:5.36";
        var errors = UpdateErrors(_strategy, stored, updated);
        errors.ShouldContain("spec.completions: Invalid value: 2: field is immutable");
        errors.ShouldContain(e => e.StartsWith("spec.template: Invalid value: core.PodTemplateSpec{") && e.EndsWith(": field is immutable"));
        var relabeled = Copy(stored);
        relabeled.Spec!.Selector!.MatchLabels!["x"] = "y";
        UpdateErrors(_strategy, stored, relabeled).ShouldContain(e => e.StartsWith("spec.selector: Invalid value: v1.LabelSelector{") && e.EndsWith("field is immutable"));
    }

    [Fact]
    public void A_suspended_job_that_never_ran_may_change_its_scheduling()
    {
        var job = Pi();
        job.Spec!.Suspend = true;
        var stored = Created(_strategy, job);
        var updated = Copy(stored);
        updated.Spec!.Template.Spec!.NodeSelector = new() { ["disk"] = "ssd" };
        UpdateErrors(_strategy, stored, updated).ShouldBeEmpty();
        var other = Copy(stored);
        other.Spec!.Template.Spec!.Containers[0].Image = "x";
        UpdateErrors(_strategy, stored, other).ShouldContain(e => e.StartsWith("spec.template: Invalid value:"));
    }

    [Fact]
    public void Job_template_specs_of_cronjobs_may_not_choose_selectors()
    {
        var errors = new List<Http.FieldError>();
        var template = new JobTemplateSpec { Spec = Pi().Spec };
        JobStrategy.Default(new Job { Spec = template.Spec });
        template.Spec!.Selector = new() { MatchLabels = new() { ["a"] = "b" } };
        template.Spec.ManualSelector = true;
        JobSpecValidation.JobTemplateSpec(template, "spec.jobTemplate", errors);
        Lines(errors).ShouldBe([
            "spec.jobTemplate.spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string{\"a\":\"b\"}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: `selector` will be auto-generated",
            "spec.jobTemplate.spec.manualSelector: Unsupported value: true: supported values: \"nil\", \"false\"",
        ]);
    }
}
