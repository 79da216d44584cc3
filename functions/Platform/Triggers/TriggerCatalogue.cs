using System.Text.RegularExpressions;
using Cronos;

namespace Congress.Platform.Triggers;

/// <summary>
/// Every function of the app, declared once: the catch-all HTTP function, the timer jobs and the
/// queue handlers. Hosted mode, the local trigger host and packaging all read this one list.
/// </summary>
public sealed partial class TriggerCatalogue
{
    public const string HttpFunctionName = "http";
    public const int MaxDequeueCount = 5;

    public TriggerCatalogue(IEnumerable<TimerFunction> timers, IEnumerable<QueueFunction> queues)
    {
        Timers = timers.OrderBy(t => t.Name, StringComparer.Ordinal).ToList();
        Queues = queues.OrderBy(q => q.Name, StringComparer.Ordinal).ToList();
        var names = Timers.Select(t => t.Name).Concat(Queues.Select(q => q.Name)).Append(HttpFunctionName).ToList();
        var duplicate = names.GroupBy(n => n, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new InvalidOperationException($"Function name '{duplicate.Key}' is declared twice.");
        var invalid = names.FirstOrDefault(n => !FunctionName().IsMatch(n));
        if (invalid is not null) throw new InvalidOperationException($"'{invalid}' is not a valid function name.");
        foreach (var timer in Timers) ParseSchedule(timer.Schedule);
    }

    public IReadOnlyList<TimerFunction> Timers { get; }
    public IReadOnlyList<QueueFunction> Queues { get; }

    public QueueFunction? FindQueue(string name) =>
        Queues.FirstOrDefault(q => string.Equals(q.Name, name, StringComparison.OrdinalIgnoreCase));

    public static string PoisonQueue(string queue) => queue + "-poison";

    /// <summary>Functions' NCRONTAB format: six fields, seconds first, evaluated in UTC.</summary>
    public static CronExpression ParseSchedule(string schedule) =>
        CronExpression.Parse(schedule, CronFormat.IncludeSeconds);

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_-]{0,127}$")]
    private static partial Regex FunctionName();
}
