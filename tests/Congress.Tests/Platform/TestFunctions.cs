using System.Collections.Concurrent;
using Congress.Platform.Triggers;
using Microsoft.Extensions.DependencyInjection;

namespace Congress.Tests.Platform;

/// <summary>What the test functions saw; one instance per app under test.</summary>
public sealed class Recorder
{
    public ConcurrentQueue<string> Bodies { get; } = new();
    public ConcurrentQueue<QueueMessageContext> Messages { get; } = new();
    public ConcurrentQueue<TimerContext> Ticks { get; } = new();
    public int Failures;

    /// <summary>Forgets what was seen: the next test on the same app starts from nothing.</summary>
    public void Clear()
    {
        Bodies.Clear();
        Messages.Clear();
        Ticks.Clear();
        Failures = 0;
    }
}

public sealed record Greeting(string Name);

public sealed class RecordingQueueHandler(Recorder recorder) : IQueueHandler
{
    public Task HandleAsync(QueueMessageContext message, CancellationToken ct)
    {
        var greeting = message.ReadJson<Greeting>();
        recorder.Messages.Enqueue(message);
        recorder.Bodies.Enqueue(greeting.Name);
        return Task.CompletedTask;
    }
}

public sealed class FailingQueueHandler(Recorder recorder) : IQueueHandler
{
    public Task HandleAsync(QueueMessageContext message, CancellationToken ct)
    {
        Interlocked.Increment(ref recorder.Failures);
        throw new InvalidOperationException("always fails");
    }
}

public sealed class RecordingTimerJob(Recorder recorder) : ITimerJob
{
    public Task RunAsync(TimerContext timer, CancellationToken ct)
    {
        recorder.Ticks.Enqueue(timer);
        return Task.CompletedTask;
    }
}

public static class TestFunctions
{
    public const string GreetingQueue = "greetings";
    public const string FailingQueue = "failures";

    public static void Register(IServiceCollection services)
    {
        services.AddSingleton<Recorder>();
        services.AddQueueHandler<RecordingQueueHandler>("Greet", GreetingQueue);
        services.AddQueueHandler<FailingQueueHandler>("AlwaysFail", FailingQueue);
        services.AddTimerJob<RecordingTimerJob>("EveryMinute", "0 * * * * *");
    }
}
