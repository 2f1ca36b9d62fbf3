using Tugboat.ApiServer.Printers;

namespace Tugboat.ApiServer.Tests.Printers;

public class AgeTests
{
    [Theory]
    [InlineData(-5, "<invalid>")]
    [InlineData(-1.5, "0s")]
    [InlineData(-0.5, "0s")]
    [InlineData(0, "0s")]
    [InlineData(59, "59s")]
    [InlineData(119, "119s")]
    [InlineData(120, "2m")]
    [InlineData(200, "3m20s")]
    [InlineData(599, "9m59s")]
    [InlineData(600, "10m")]
    [InlineData(3 * 3600 - 1, "179m")]
    [InlineData(3 * 3600, "3h")]
    [InlineData(3 * 3600 + 25 * 60, "3h25m")]
    [InlineData(8 * 3600, "8h")]
    [InlineData(47 * 3600, "47h")]
    [InlineData(48 * 3600, "2d")]
    [InlineData(52 * 3600, "2d4h")]
    [InlineData(8 * 86400, "8d")]
    [InlineData(729 * 86400, "729d")]
    [InlineData(730 * 86400, "2y")]
    [InlineData(3 * 365 * 86400 + 45 * 86400, "3y45d")]
    [InlineData(9 * 365 * 86400, "9y")]
    public void Human_durations(double seconds, string expected) => Age.Human(TimeSpan.FromSeconds(seconds)).ShouldBe(expected);

    [Fact]
    public void Missing_or_zero_time_is_unknown()
    {
        var now = DateTimeOffset.UtcNow;
        Age.Since(null, now).ShouldBe("<unknown>");
        Age.Since(default(DateTimeOffset), now).ShouldBe("<unknown>");
        Age.Since(now.AddMinutes(-5), now).ShouldBe("5m");
    }
}
