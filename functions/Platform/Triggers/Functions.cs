using System.Text.Json;
using Congress.Platform.Storage;

namespace Congress.Platform.Triggers;

/// <summary>A timer function: runs <see cref="ITimerJob"/> on a six-field CRON schedule (seconds first, UTC).</summary>
public sealed record TimerFunction(string Name, string Schedule, Type JobType);

/// <summary>A queue function: runs <see cref="IQueueHandler"/> for each message of a queue (logical name).</summary>
public sealed record QueueFunction(string Name, string Queue, Type HandlerType);

public sealed record TimerContext(string FunctionName, DateTimeOffset ScheduledAt, bool IsPastDue);

public sealed record QueueMessageContext(string FunctionName, string Queue, string MessageId, string Body,
    long DequeueCount)
{
    /// <summary>Reads the body as JSON; an unreadable body is poison: retrying cannot help.</summary>
    public T ReadJson<T>()
    {
        try
        {
            return JsonSerializer.Deserialize<T>(Body, JsonDefaults.Options)
                   ?? throw new PoisonMessageException($"Message {MessageId} on {Queue} is empty.");
        }
        catch (JsonException e)
        {
            throw new PoisonMessageException($"Message {MessageId} on {Queue} is not a {typeof(T).Name}: {e.Message}");
        }
    }
}

public interface ITimerJob
{
    Task RunAsync(TimerContext timer, CancellationToken ct);
}

public interface IQueueHandler
{
    Task HandleAsync(QueueMessageContext message, CancellationToken ct);
}

/// <summary>Thrown for a message that can never succeed: it goes to the poison queue at once.</summary>
public sealed class PoisonMessageException(string message) : Exception(message);

public static class JsonDefaults
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}

public static class FunctionRegistration
{
    public static IServiceCollection AddTimerJob<TJob>(this IServiceCollection services, string name, string schedule)
        where TJob : class, ITimerJob
    {
        services.AddScoped<TJob>();
        return services.AddSingleton(new TimerFunction(name, schedule, typeof(TJob)));
    }

    public static IServiceCollection AddQueueHandler<THandler>(this IServiceCollection services, string name, string queue)
        where THandler : class, IQueueHandler
    {
        services.AddScoped<THandler>();
        services.AddStorageQueue(queue).AddStorageQueue(TriggerCatalogue.PoisonQueue(queue));
        return services.AddSingleton(new QueueFunction(name, queue, typeof(THandler)));
    }
}
