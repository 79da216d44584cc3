using Microsoft.Extensions.Options;

namespace Congress.Finance;

/// <summary>Settings of the Finance feature (section "Finance").</summary>
public sealed class FinanceOptions
{
    public const string Section = "Finance";

    /// <summary>The organiser's account that pays providers (the SEPA debtor).</summary>
    public string DebtorName { get; set; } = "";
    public string DebtorIban { get; set; } = "";
    public string? DebtorBic { get; set; }
    /// <summary>Bank details changed fewer days ago than this need a second person's confirmation before a transfer.</summary>
    public int BankDetailsCoolingDays { get; set; } = 7;
    /// <summary>When the scheduled payout runs, in <see cref="TimeZone"/>: a day of the week and a time ("Monday 06:00").</summary>
    public string PayoutSchedule { get; set; } = "Monday 06:00";
    public string TimeZone { get; set; } = "Europe/Paris";
    /// <summary>What the scheduled payout pays: shares whose date (this criterion) is on or before the run's day.</summary>
    public string ScheduledDateCriterion { get; set; } = DateCriteria.StayEnd;
    public string ScheduledMode { get; set; } = PayoutModes.Balance;
    /// <summary>Days between a batch's creation and the execution date asked of the bank.</summary>
    public int ExecutionDelayDays { get; set; } = 1;
    /// <summary>Who is told that a payout file is in the outbox; nobody when empty.</summary>
    public string NotifyEmail { get; set; } = "";

    public TimeZoneInfo Zone() => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);

    /// <summary>What is wrong with the settings, checked at start-up: a bad zone or schedule must stop the app, not pay at the wrong time.</summary>
    public IEnumerable<string> Problems()
    {
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out _)) yield return $"Finance:TimeZone \"{TimeZone}\" is unknown.";
        if (!PayoutScheduleJob.TryParse(PayoutSchedule, out _, out _))
            yield return $"Finance:PayoutSchedule \"{PayoutSchedule}\" is not \"<day> HH:mm\" or \"Daily HH:mm\".";
        if (!DateCriteria.All.Contains(ScheduledDateCriterion)) yield return $"Finance:ScheduledDateCriterion must be one of {string.Join(", ", DateCriteria.All)}.";
        if (!PayoutModes.All.Contains(ScheduledMode)) yield return $"Finance:ScheduledMode must be one of {string.Join(", ", PayoutModes.All)}.";
        if (BankDetailsCoolingDays < 0 || ExecutionDelayDays < 0) yield return "Finance:BankDetailsCoolingDays and Finance:ExecutionDelayDays cannot be negative.";
    }
}

/// <summary>Refuses to start with Finance settings that would pay at the wrong time or in the wrong way, naming each.</summary>
public sealed class FinanceOptionsValidation : IValidateOptions<FinanceOptions>
{
    public ValidateOptionsResult Validate(string? name, FinanceOptions options) =>
        options.Problems().ToList() is { Count: > 0 } problems ? ValidateOptionsResult.Fail(problems) : ValidateOptionsResult.Success;
}
