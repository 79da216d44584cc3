using System.Globalization;
using Congress.Platform.Triggers;
using Microsoft.Extensions.Options;

namespace Congress.Finance;

/// <summary>
/// The scheduled payout: every hour it finds the schedule's latest occurrence (e.g. Monday 06:00
/// in Europe/Paris) and, within a day after it, builds that period's transfer batch for what is due
/// (shares whose date is on or before the occurrence's day). The batch id is the occurrence, so a
/// second run, a retry or a second instance finds it and creates no second file.
/// </summary>
public sealed class PayoutScheduleJob(PayoutBatches batches, IOptions<FinanceOptions> options, TimeProvider time,
    ILogger<PayoutScheduleJob> logger) : ITimerJob
{
    public const string Name = "PayoutSchedule";
    public const string Schedule = "0 5 * * * *";
    private static readonly DateOnly Beginning = new(2000, 1, 1);

    public async Task RunAsync(TimerContext timer, CancellationToken ct)
    {
        var settings = options.Value;
        if (string.IsNullOrWhiteSpace(settings.DebtorIban))
        {
            logger.LogWarning("Scheduled payout skipped: Finance:DebtorIban is not set");
            return;
        }
        var now = time.GetUtcNow();
        var occurrence = LatestOccurrence(settings.PayoutSchedule, settings.Zone(), now);
        if (now - occurrence > TimeSpan.FromDays(1)) return;
        var local = TimeZoneInfo.ConvertTime(occurrence, settings.Zone());
        var batchId = "S" + local.ToString("yyyyMMddHHmm", CultureInfo.InvariantCulture);
        var criteria = new PayoutCriteria(settings.ScheduledDateCriterion, Beginning, DateOnly.FromDateTime(local.DateTime), null, null, null,
            settings.ScheduledMode);
        var outcome = await batches.CreateAsync(batchId, criteria, PayoutMethods.Transfer, null, "schedule", ct);
        if (outcome.Batch is null) logger.LogInformation("Scheduled payout {Batch}: nothing to pay", batchId);
    }

    /// <summary>"Monday 06:00" or "Daily 06:00": the day (null: every day) and the time; false for anything else.</summary>
    public static bool TryParse(string? schedule, out DayOfWeek? day, out TimeOnly at)
    {
        (day, at) = (null, default);
        var parts = (schedule ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2 || !TimeOnly.TryParseExact(parts[1], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out at)) return false;
        if (parts[0].Equals("daily", StringComparison.OrdinalIgnoreCase)) return true;
        if (!Enum.TryParse<DayOfWeek>(parts[0], ignoreCase: true, out var d) || int.TryParse(parts[0], out _)) return false;
        day = d;
        return true;
    }

    /// <summary>
    /// The latest time at or before <paramref name="now"/> matching the schedule in the zone. A local
    /// time that does not exist (spring forward) or exists twice (fall back) still gives one instant
    /// per day, so each period keeps one batch id.
    /// </summary>
    public static DateTimeOffset LatestOccurrence(string schedule, TimeZoneInfo zone, DateTimeOffset now)
    {
        if (!TryParse(schedule, out var day, out var at))
            throw new InvalidOperationException($"Finance:PayoutSchedule \"{schedule}\" is not \"<day> HH:mm\" or \"Daily HH:mm\".");
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        for (var date = today; ; date = date.AddDays(-1))
        {
            if (day is { } wanted && date.DayOfWeek != wanted) continue;
            var local = date.ToDateTime(at);
            var candidate = new DateTimeOffset(local, zone.GetUtcOffset(local));
            if (candidate <= now) return candidate;
        }
    }
}
