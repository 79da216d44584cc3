using Congress.Finance;

namespace Congress.Tests.Finance;

/// <summary>When the scheduled payout runs: the latest occurrence at the boundaries, across daylight saving time, and bad settings.</summary>
public sealed class PayoutScheduleTests
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    private static DateTimeOffset At(int year, int month, int day, int hour, int minute, TimeSpan offset) => new(year, month, day, hour, minute, 0, offset);

    [Fact]
    public void TheOccurrenceIsTheMondayAtSixInParisFromItsFirstTickOn()
    {
        var monday = At(2026, 11, 30, 6, 0, TimeSpan.FromHours(1));
        Assert.Equal(monday.AddDays(-7), PayoutScheduleJob.LatestOccurrence("Monday 06:00", Paris, monday.AddTicks(-1)));
        Assert.Equal(monday, PayoutScheduleJob.LatestOccurrence("Monday 06:00", Paris, monday));
        Assert.Equal(monday, PayoutScheduleJob.LatestOccurrence("monday 06:00", Paris, monday.AddTicks(1)));
        Assert.Equal(monday, PayoutScheduleJob.LatestOccurrence("Monday 06:00", Paris, monday.AddDays(6)));
    }

    [Fact]
    public void DaylightSavingTimeKeepsSixInTheMorningLocalAndOneInstantPerDay()
    {
        // Sunday 28 March 2027: clocks go from 02:00 to 03:00 in Paris.
        Assert.Equal(At(2027, 3, 28, 6, 0, TimeSpan.FromHours(2)),
            PayoutScheduleJob.LatestOccurrence("Daily 06:00", Paris, At(2027, 3, 28, 12, 0, TimeSpan.Zero)));
        Assert.Equal(At(2027, 3, 27, 6, 0, TimeSpan.FromHours(1)),
            PayoutScheduleJob.LatestOccurrence("Daily 06:00", Paris, At(2027, 3, 28, 3, 59, TimeSpan.Zero)));
        // 02:30 does not exist that day: asked twice in the same hour, the same instant comes back.
        var first = PayoutScheduleJob.LatestOccurrence("Sunday 02:30", Paris, At(2027, 3, 28, 10, 0, TimeSpan.Zero));
        Assert.Equal(first, PayoutScheduleJob.LatestOccurrence("Sunday 02:30", Paris, At(2027, 3, 28, 10, 30, TimeSpan.Zero)));
        Assert.Equal(new DateOnly(2027, 3, 28), DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(first, Paris).DateTime));
    }

    [Fact]
    public void SettingsThatWouldPayAtTheWrongTimeAreNamedAtStartUp()
    {
        Assert.Empty(new FinanceOptions().Problems());
        var problems = new FinanceOptions { TimeZone = "Mars/Olympus", PayoutSchedule = "Someday 6h", ScheduledMode = "all" }.Problems().ToList();
        Assert.Equal(3, problems.Count);
        Assert.Contains(problems, p => p.Contains("Finance:TimeZone"));
        Assert.Contains(problems, p => p.Contains("Finance:PayoutSchedule"));
        Assert.False(PayoutScheduleJob.TryParse("7 06:00", out _, out _));
        Assert.True(PayoutScheduleJob.TryParse("Friday 18:30", out var day, out var at) && day == DayOfWeek.Friday && at == new TimeOnly(18, 30));
    }
}
