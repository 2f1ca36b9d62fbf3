using Tugboat.Api.Batch.V1;
using Tugboat.ApiServer.Strategies;
using Tugboat.ApiServer.Validation;
using static Tugboat.ApiServer.Tests.Strategies.StrategyFixture;

namespace Tugboat.ApiServer.Tests.Strategies;

public class CronJobStrategyTests
{
    private readonly CronJobStrategy _strategy = new();

    private static CronJob Hello(string schedule = "* * * * *") => Yaml<CronJob>($$"""
        apiVersion: batch/v1
        kind: CronJob
        metadata:
          name: hello
        spec:
          schedule: "{{schedule}}"
          jobTemplate:
            spec:
              template:
                spec:
                  containers:
                  - name: hello
                    image: busybox:1.28
                    command: ["/bin/sh", "-c", "date; echo Hello"]
                  restartPolicy: OnFailure
        """);

    [Fact]
    public void Defaults_follow_SetDefaults_CronJob()
    {
        var cj = Created(_strategy, Hello());
        cj.Spec!.ConcurrencyPolicy.ShouldBe("Allow");
        cj.Spec.Suspend.ShouldBe(false);
        cj.Spec.SuccessfulJobsHistoryLimit.ShouldBe(3);
        cj.Spec.FailedJobsHistoryLimit.ShouldBe(1);
        var job = cj.Spec.JobTemplate.Spec!;
        job.Template.Spec!.DNSPolicy.ShouldBe("ClusterFirst");
        // The job template gets pod-template defaults only, not the Job's.
        job.BackoffLimit.ShouldBeNull();
        job.Completions.ShouldBeNull();
    }

    [Theory]
    [InlineData("* * * *", "expected exactly 5 fields, found 4: [* * * *]")]
    [InlineData("61 * * * *", "end of range (61) above maximum (59): 61")]
    [InlineData("* * 0 * *", "beginning of range (0) below minimum (1): 0")]
    [InlineData("*/x * * * *", "failed to parse int from x: strconv.Atoi: parsing \"x\": invalid syntax")]
    [InlineData("5-1 * * * *", "beginning of range (5) beyond end of range (1): 5-1")]
    [InlineData("1-2-3 * * * *", "too many hyphens: 1-2-3")]
    [InlineData("*/0 * * * *", "step of range should be a positive number: */0")]
    [InlineData("@fortnightly", "unrecognized descriptor: @fortnightly")]
    public void Bad_schedules_get_robfig_crons_messages(string schedule, string message)
    {
        CreateErrors(_strategy, Hello(schedule)).ShouldBe([$"spec.schedule: Invalid value: \"{schedule}\": {message}"]);
    }

    [Theory]
    [InlineData("*/5 * * * *")]
    [InlineData("0 3 * * MON-FRI")]
    [InlineData("0 0 1 jan,jul *")]
    [InlineData("@hourly")]
    [InlineData("@every 1h30m")]
    [InlineData("0 0 ? * *")]
    public void Good_schedules_parse(string schedule) => CronSchedule.ParseError(schedule).ShouldBeNull();

    [Fact]
    public void Time_zones_belong_in_their_field()
    {
        CreateErrors(_strategy, Hello("TZ=UTC 0 * * * *")).ShouldBe([
            "spec.schedule: Invalid value: \"TZ=UTC 0 * * * *\": cannot use TZ or CRON_TZ in schedule, use timeZone field instead",
        ]);
        var cj = Hello();
        cj.Spec!.TimeZone = "Mars/Olympus_Mons";
        CreateErrors(_strategy, cj).ShouldBe(["spec.timeZone: Invalid value: \"Mars/Olympus_Mons\": unknown time zone Mars/Olympus_Mons"]);
        cj.Spec.TimeZone = "Local";
        CreateErrors(_strategy, cj).ShouldBe(["spec.timeZone: Invalid value: \"Local\": timeZone must be an explicit time zone as defined in https://www.iana.org/time-zones"]);
    }

    [Fact]
    public void Policy_template_and_name_length()
    {
        var cj = Hello();
        cj.Metadata.Name = new string('c', 53);
        cj.Spec!.ConcurrencyPolicy = "Sometimes";
        cj.Spec.JobTemplate.Spec!.Template.Spec!.RestartPolicy = "Always";
        CreateErrors(_strategy, cj).ShouldBe([
            "spec.concurrencyPolicy: Unsupported value: \"Sometimes\": supported values: \"Allow\", \"Forbid\", \"Replace\"",
            "spec.jobTemplate.spec.template.spec.restartPolicy: Required value: valid values: \"OnFailure\", \"Never\"",
            $"metadata.name: Invalid value: \"{cj.Metadata.Name}\": must be no more than 52 characters",
        ]);
    }

    [Fact]
    public void A_missing_schedule_is_required()
    {
        CreateErrors(_strategy, Hello("")).ShouldBe(["spec.schedule: Required value"]);
    }
}
