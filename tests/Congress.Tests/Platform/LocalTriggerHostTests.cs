using Congress.Platform.Triggers;
using Congress.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Congress.Tests.Platform;

/// <summary>Standalone mode: the local trigger host keeps the Functions semantics.</summary>
/// <remarks>
/// An app for each test: each reads whole queues and everything its functions saw, and a message one
/// test leaves invisible would come back in the next.
/// </remarks>
public sealed class LocalTriggerHostTests
{
    private static readonly Dictionary<string, string?> FastRetries = new()
    {
        ["Triggers:RetryDelay"] = "00:00:00",
        ["Triggers:VisibilityTimeout"] = "00:00:30",
    };

    [Fact]
    public async Task HandlerThatAlwaysThrowsEndsInPoisonQueueAfterExactlyFiveAttempts()
    {
        await using var app = await AppFactory.CreateAsync(FastRetries, TestFunctions.Register);
        var host = app.Get<LocalTriggerHost>();
        var function = app.Get<TriggerCatalogue>().FindQueue("AlwaysFail")!;
        await app.Get<QueueSender>().SendAsync(TestFunctions.FailingQueue, new Greeting("Zoé"));

        for (var poll = 0; poll < 10; poll++)
        {
            await host.PollOnceAsync(function, CancellationToken.None);
            await Task.Delay(50);
        }

        Assert.Equal(TriggerCatalogue.MaxDequeueCount, app.Get<Recorder>().Failures);
        Assert.Empty((await app.Storage.Queue(TestFunctions.FailingQueue).PeekMessagesAsync(10)).Value);
        var poisoned = (await app.Storage.Queue(TriggerCatalogue.PoisonQueue(TestFunctions.FailingQueue)).ReceiveMessagesAsync(10)).Value;
        Assert.Equal(new Greeting("Zoé"), Assert.Single(poisoned).Body.ToObjectFromJson<Greeting>(JsonDefaults.Options));
    }

    [Fact]
    public async Task UnreadableMessageIsMovedAsideAndTheNextOneIsHandled()
    {
        await using var app = await AppFactory.CreateAsync(FastRetries, TestFunctions.Register);
        var queue = app.Storage.Queue(TestFunctions.GreetingQueue);
        await queue.SendMessageAsync("{ broken");
        await app.Get<QueueSender>().SendAsync(TestFunctions.GreetingQueue, new Greeting("Anaïs"));

        await app.Get<LocalTriggerHost>().PollOnceAsync(app.Get<TriggerCatalogue>().FindQueue("Greet")!, CancellationToken.None);

        Assert.Equal(["Anaïs"], app.Get<Recorder>().Bodies);
        Assert.Empty((await queue.PeekMessagesAsync(10)).Value);
        var poisoned = (await app.Storage.Queue(TriggerCatalogue.PoisonQueue(TestFunctions.GreetingQueue)).ReceiveMessagesAsync(10)).Value;
        Assert.Equal("{ broken", Assert.Single(poisoned).Body.ToString());
    }

    [Fact]
    public async Task MessageThatIsNotBase64IsMovedAsideWithoutBlockingTheQueue()
    {
        await using var app = await AppFactory.CreateAsync(FastRetries, TestFunctions.Register);
        // Written by a client that does not encode: the Functions host could not decode it either.
        var raw = new Azure.Storage.Queues.QueueClient(await LocalServices.StorageConnectionStringAsync(),
            app.Storage.QueueName(TestFunctions.GreetingQueue));
        await raw.SendMessageAsync("plain text, not base64!");
        await app.Get<QueueSender>().SendAsync(TestFunctions.GreetingQueue, new Greeting("Inès"));

        await app.Get<LocalTriggerHost>().PollOnceAsync(app.Get<TriggerCatalogue>().FindQueue("Greet")!, CancellationToken.None);
        await app.Get<LocalTriggerHost>().PollOnceAsync(app.Get<TriggerCatalogue>().FindQueue("Greet")!, CancellationToken.None);

        Assert.Equal(["Inès"], app.Get<Recorder>().Bodies);
        var poisoned = (await app.Storage.Queue(TriggerCatalogue.PoisonQueue(TestFunctions.GreetingQueue)).ReceiveMessagesAsync(10)).Value;
        Assert.Equal("plain text, not base64!", Assert.Single(poisoned).Body.ToString());
    }

    [Fact]
    public async Task MessageSeenMoreThanFiveTimesIsPoisonedWithoutRunning()
    {
        await using var app = await AppFactory.CreateAsync(FastRetries, TestFunctions.Register);
        await app.Get<QueueSender>().SendAsync(TestFunctions.GreetingQueue, new Greeting("Gaëlle"));
        var queue = app.Storage.Queue(TestFunctions.GreetingQueue);
        // Five receives that never finish, as if the process had died each time.
        for (var i = 0; i < TriggerCatalogue.MaxDequeueCount; i++)
        {
            var received = (await queue.ReceiveMessagesAsync(1)).Value.Single();
            await queue.UpdateMessageAsync(received.MessageId, received.PopReceipt, visibilityTimeout: TimeSpan.Zero);
        }

        await app.Get<LocalTriggerHost>().PollOnceAsync(app.Get<TriggerCatalogue>().FindQueue("Greet")!, CancellationToken.None);

        Assert.Empty(app.Get<Recorder>().Bodies);
        Assert.Single((await app.Storage.Queue(TriggerCatalogue.PoisonQueue(TestFunctions.GreetingQueue)).ReceiveMessagesAsync(10)).Value);
    }

    [Fact]
    public async Task CronJobFiresOnScheduleUnderFakeTime()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 10, 0, 30, TimeSpan.Zero));
        await using var app = await AppFactory.CreateAsync(
            new Dictionary<string, string?> { ["Triggers:Enabled"] = "true" },
            services =>
            {
                TestFunctions.Register(services);
                services.AddSingleton<TimeProvider>(clock);
            });
        var ticks = app.Get<Recorder>().Ticks;
        await Task.Delay(500); // the host computes its first wait from 10:00:30

        clock.Advance(TimeSpan.FromSeconds(29)); // 10:00:59: one second early
        await Task.Delay(300);
        Assert.Empty(ticks);

        clock.Advance(TimeSpan.FromSeconds(1)); // 10:01:00
        await WaitUntil(() => ticks.Count == 1);
        clock.Advance(TimeSpan.FromSeconds(60)); // 10:02:00
        await WaitUntil(() => ticks.Count == 2);

        Assert.Equal(
            [new DateTimeOffset(2026, 11, 24, 10, 1, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 24, 10, 2, 0, TimeSpan.Zero)],
            ticks.Select(t => t.ScheduledAt));
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        for (var i = 0; i < 100 && !condition(); i++) await Task.Delay(50);
        Assert.True(condition(), "condition not met within 5 s");
    }
}
