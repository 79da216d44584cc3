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

    /// <summary>The latest time at or before <paramref name="now"/> matching "Monday 06:00" (or "Daily 06:00") in the zone.</summary>
    public static DateTimeOffset LatestOccurrence(string schedule, TimeZoneInfo zone, DateTimeOffset now)
    {
        var parts = schedule.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2 || !TimeOnly.TryParseExact(parts[1], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var at))
            throw new InvalidOperationException($"Finance:PayoutSchedule \"{schedule}\" is not \"<day> HH:mm\".");
        DayOfWeek? day = parts[0].Equals("daily", StringComparison.OrdinalIgnoreCase) ? null
            : Enum.TryParse<DayOfWeek>(parts[0], ignoreCase: true, out var d) ? d
            : throw new InvalidOperationException($"Finance:PayoutSchedule \"{schedule}\": unknown day \"{parts[0]}\".");
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
