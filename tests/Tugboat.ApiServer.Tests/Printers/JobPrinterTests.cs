using Tugboat.Api.Batch.V1;
using Tugboat.Api.Core.V1;
using Tugboat.Api.Meta;
using Tugboat.ApiServer.Printers;
using static Tugboat.ApiServer.Tests.Printers.PrinterFixtures;

namespace Tugboat.ApiServer.Tests.Printers;

public class JobPrinterTests
{
    private static readonly JobPrinter P = JobPrinter.Instance;

    private static PodTemplateSpec Template() => new()
    {
        Spec = new PodSpec { Containers = [new Container { Name = "pi", Image = "perl:5.34" }, new Container { Name = "log", Image = "busybox" }] },
    };

    private static Job NewJob(params JobCondition[] conditions) => new()
    {
        Metadata = Meta("pi", MinutesAgo(10)),
        Spec = new JobSpec
        {
            Completions = 1,
            Parallelism = 1,
            Selector = new LabelSelector { MatchLabels = new() { ["job-name"] = "pi", ["batch.kubernetes.io/controller-uid"] = "abc" } },
            Template = Template(),
        },
        Status = new JobStatus { Conditions = [.. conditions], StartTime = MinutesAgo(3) },
    };

    private static JobCondition Cond(string type, string status = "True") => new() { Type = type, Status = status };

    [Fact]
    public void Columns_match_upstream()
    {
        ColumnNames(P).ShouldBe(["Name", "Status", "Completions", "Duration", "Age", "Containers", "Images", "Selector"]);
        WideColumnNames(P).ShouldBe(["Containers", "Images", "Selector"]);
    }

    [Fact]
    public void Complete_job()
    {
        var job = NewJob(Cond("SuccessCriteriaMet"), Cond("Complete"));
        job.Status!.Succeeded = 1;
        job.Status.CompletionTime = job.Status.StartTime!.Value.AddSeconds(45);
        Row(P, job).ShouldBe(["pi", "Complete", "1/1", "45s", "10m", "pi,log", "perl:5.34,busybox", "batch.kubernetes.io/controller-uid=abc,job-name=pi"]);
    }

    [Fact]
    public void Running_job_duration_runs_until_now()
    {
        var cells = Cells(P, NewJob());
        cells["Status"].ShouldBe("Running");
        cells["Completions"].ShouldBe("0/1");
        cells["Duration"].ShouldBe("3m");
    }

    [Fact]
    public void Job_not_started_has_no_duration()
    {
        var job = NewJob();
        job.Status!.StartTime = null;
        Cell(P, job, "Duration").ShouldBe("");
    }

    [Theory]
    [InlineData("Failed", "Failed")]
    [InlineData("Suspended", "Suspended")]
    [InlineData("FailureTarget", "FailureTarget")]
    public void Condition_status(string condition, string expected) => Cell(P, NewJob(Cond(condition)), "Status").ShouldBe(expected);

    [Fact]
    public void False_conditions_do_not_count() => Cell(P, NewJob(Cond("Complete", "False"), Cond("Suspended", "False")), "Status").ShouldBe("Running");

    [Fact]
    public void Complete_wins_over_failed_and_failed_over_terminating()
    {
        Cell(P, NewJob(Cond("Failed"), Cond("Complete")), "Status").ShouldBe("Complete");
        var job = NewJob(Cond("Failed"));
        job.Metadata.DeletionTimestamp = SecondsAgo(1);
        Cell(P, job, "Status").ShouldBe("Failed");
        var suspended = NewJob(Cond("Suspended"));
        suspended.Metadata.DeletionTimestamp = SecondsAgo(1);
        Cell(P, suspended, "Status").ShouldBe("Terminating");
    }

    [Fact]
    public void Completions_forms()
    {
        var job = NewJob();
        job.Spec!.Completions = 5;
        job.Status!.Succeeded = 2;
        Cell(P, job, "Completions").ShouldBe("2/5");
        job.Spec.Completions = null;
        job.Spec.Parallelism = 3;
        Cell(P, job, "Completions").ShouldBe("2/1 of 3");
        job.Spec.Parallelism = null;
        Cell(P, job, "Completions").ShouldBe("2/1");
    }

    [Fact]
    public void Job_without_selector_shows_none() 
    {
        var job = NewJob();
        job.Spec!.Selector = null;
        Cell(P, job, "Selector").ShouldBe("<none>");
    }
}

public class CronJobPrinterTests
{
    private static readonly CronJobPrinter P = CronJobPrinter.Instance;

    private static CronJob NewCronJob() => new()
    {
        Metadata = Meta("hello", DaysAgo(10)),
        Spec = new CronJobSpec
        {
            Schedule = "*/5 * * * *",
            JobTemplate = new JobTemplateSpec
            {
                Spec = new JobSpec { Template = new PodTemplateSpec { Spec = new PodSpec { Containers = [new Container { Name = "hello", Image = "busybox:1.36" }] } } },
            },
        },
    };

    [Fact]
    public void Columns_match_upstream()
    {
        ColumnNames(P).ShouldBe(["Name", "Schedule", "Timezone", "Suspend", "Active", "Last Schedule", "Age", "Containers", "Images", "Selector"]);
        P.Columns[3].Type.ShouldBe("boolean");
        P.Columns[4].Type.ShouldBe("integer");
    }

    [Fact]
    public void Never_scheduled_cron_job() =>
        Row(P, NewCronJob()).ShouldBe(["hello", "*/5 * * * *", "<none>", "False", 0L, "<none>", "10d", "hello", "busybox:1.36", "<none>"]);

    [Fact]
    public void Scheduled_suspended_cron_job_with_time_zone()
    {
        var cj = NewCronJob();
        cj.Spec!.Suspend = true;
        cj.Spec.TimeZone = "Etc/UTC";
        cj.Status = new CronJobStatus { Active = [new ObjectReference { Name = "hello-1" }, new ObjectReference { Name = "hello-2" }], LastScheduleTime = MinutesAgo(5) };
        var cells = Cells(P, cj);
        cells["Timezone"].ShouldBe("Etc/UTC");
        cells["Suspend"].ShouldBe("True");
        cells["Active"].ShouldBe(2L);
        cells["Last Schedule"].ShouldBe("5m");
    }
}
