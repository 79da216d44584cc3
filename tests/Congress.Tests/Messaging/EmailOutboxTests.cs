using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Congress.Messaging;
using Congress.Platform.Storage;
using Congress.Platform.Triggers;
using Congress.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Congress.Tests.Messaging;

/// <remarks>
/// The tests that need an SMTP server that fails, a fake clock or the whole pending table start an app
/// of their own; the others share the class's, each writing to its own address.
/// </remarks>
public sealed class EmailOutboxTests(EmailOutboxTests.MailApp fixture) : IClassFixture<EmailOutboxTests.MailApp>, IAsyncLifetime
{
    private readonly AppFactory _app = fixture.App;
    private MailDev _mail = null!;

    /// <summary>Sending to MailDev, retries without delay.</summary>
    public sealed class MailApp() : SharedApp(new Dictionary<string, string?> { ["Triggers:RetryDelay"] = "00:00:00" }, withMail: true);

    public async Task InitializeAsync() => _mail = await LocalServices.MailDevAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private static OutgoingEmail Email(string to, string key) => new(key, to, "Élise Dupré",
        "Votre inscription au Séminaire de Saint-Étienne", "Bonjour Élise, merci.", "<p>Bonjour <b>Élise</b>, merci.</p>",
        "registration-confirmation", Reference: "12345678");

    private Task<int> DrainAsync() => DrainAsync(_app);

    private static Task<int> DrainAsync(AppFactory app) =>
        app.Get<LocalTriggerHost>().PollOnceAsync(app.Get<TriggerCatalogue>().FindQueue(MessagingFeature.SendFunction)!,
            CancellationToken.None);

    [Fact]
    public async Task EmailSentThroughTheOutboxArrivesOnceAndIsLogged()
    {
        var to = $"elise-{Guid.NewGuid():N}@example.org";

        Assert.True(await _app.Get<EmailOutbox>().EnqueueAsync(Email(to, "k-" + to)));
        await DrainAsync();

        var received = Assert.Single(await _mail.WaitForEmailsAsync(to, 1));
        Assert.Equal("Votre inscription au Séminaire de Saint-Étienne", received.GetProperty("subject").GetString());
        var log = await _app.Get<EmailLog>().ForRecipientAsync(to, CancellationToken.None);
        Assert.Equal(OutboxStatus.Sent, Assert.Single(log).Status);
        Assert.Contains(await _app.Get<EmailLog>().ForReferenceAsync("12345678", CancellationToken.None), e => e.ToAddress == to);
    }

    [Fact]
    public async Task SameMessageKeyEnqueuedTwiceAndDeliveredTwiceSendsOneEmail()
    {
        var to = $"twice-{Guid.NewGuid():N}@example.org";
        var outbox = _app.Get<EmailOutbox>();

        Assert.True(await outbox.EnqueueAsync(Email(to, "k-" + to)));
        Assert.False(await outbox.EnqueueAsync(Email(to, "k-" + to)));
        // A duplicate delivery of the queue message, as the queue may do.
        await outbox.RequestSendAsync("k-" + to, DateTimeOffset.UtcNow, CancellationToken.None);
        await DrainAsync();
        await DrainAsync();

        Assert.Single(await _mail.WaitForEmailsAsync(to, 1));
    }

    [Fact]
    public async Task ParallelDeliveriesOfOneMessageSendOneEmail()
    {
        var to = $"parallel-{Guid.NewGuid():N}@example.org";
        var outbox = _app.Get<EmailOutbox>();
        await outbox.EnqueueAsync(Email(to, "k-" + to));
        for (var i = 0; i < 4; i++) await outbox.RequestSendAsync("k-" + to, DateTimeOffset.UtcNow, CancellationToken.None);

        await DrainAsync(); // the five messages run concurrently

        Assert.Single(await _mail.WaitForEmailsAsync(to, 1));
    }

    [Fact]
    public async Task UnreachableSmtpServerLeavesTheEmailPendingForRetry()
    {
        var closedPort = ChildProcess.FreePort();
        await using var app = await AppFactory.CreateAsync(new Dictionary<string, string?> { ["Smtp:Port"] = closedPort.ToString() });
        var to = $"retry-{Guid.NewGuid():N}@example.org";
        await app.Get<EmailOutbox>().EnqueueAsync(Email(to, "k-" + to));

        await app.Get<LocalTriggerHost>().PollOnceAsync(app.Get<TriggerCatalogue>().FindQueue(MessagingFeature.SendFunction)!,
            CancellationToken.None);

        var (partition, row) = OutboxMessage.KeysFor("k-" + to);
        var stored = (await app.Storage.Table(EmailOutbox.Table).GetEntityAsync<OutboxMessage>(partition, row)).Value;
        Assert.Equal(OutboxStatus.Pending, stored.Status);
        Assert.Equal(1, stored.Attempts);
        Assert.NotNull(stored.LastError);
        // Still on the queue, hidden until the retry delay has passed.
        Assert.Equal(1, (await app.Storage.Queue(EmailOutbox.Queue).GetPropertiesAsync()).Value.ApproximateMessagesCount);
    }

    [Fact]
    public async Task FifthFailedAttemptMarksTheEmailFailedAndLogsIt()
    {
        var closedPort = ChildProcess.FreePort();
        await using var app = await AppFactory.CreateAsync(new Dictionary<string, string?>
        {
            ["Smtp:Port"] = closedPort.ToString(), ["Triggers:RetryDelay"] = "00:00:00",
        });
        var to = $"failed-{Guid.NewGuid():N}@example.org";
        await app.Get<EmailOutbox>().EnqueueAsync(Email(to, "k-" + to));
        var function = app.Get<TriggerCatalogue>().FindQueue(MessagingFeature.SendFunction)!;

        for (var i = 0; i < 8; i++) await app.Get<LocalTriggerHost>().PollOnceAsync(function, CancellationToken.None);

        var (partition, row) = OutboxMessage.KeysFor("k-" + to);
        var stored = (await app.Storage.Table(EmailOutbox.Table).GetEntityAsync<OutboxMessage>(partition, row)).Value;
        Assert.Equal(OutboxStatus.Failed, stored.Status);
        Assert.Equal(TriggerCatalogue.MaxDequeueCount, stored.Attempts);
        Assert.Equal(OutboxStatus.Failed, Assert.Single(await app.Get<EmailLog>().ForRecipientAsync(to, CancellationToken.None)).Status);
        Assert.Single((await app.Storage.Queue(TriggerCatalogue.PoisonQueue(EmailOutbox.Queue)).PeekMessagesAsync(10)).Value);
        Assert.Empty(await app.Storage.Table(EmailOutbox.PendingTable).QueryAsync<OutboxPendingEntry>().ToListAsync());
    }

    [Fact]
    public async Task SweepSendsAnEmailWhoseQueueMessageWasLost()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var app = await AppFactory.CreateAsync(withMail: true,
            services: s => s.AddSingleton<TimeProvider>(clock));
        var to = $"lost-{Guid.NewGuid():N}@example.org";
        await app.Get<EmailOutbox>().EnqueueAsync(Email(to, "k-" + to));
        await app.Storage.Queue(EmailOutbox.Queue).ClearMessagesAsync(); // the app stopped before the send
        var sweep = app.Get<OutboxSweepJob>();
        var timer = new TimerContext(MessagingFeature.SweepFunction, clock.GetUtcNow(), false);

        await sweep.RunAsync(timer, CancellationToken.None); // within the grace period: left alone
        Assert.Equal(0, await DrainAsync(app));

        clock.Advance(EmailOutbox.Grace);
        await sweep.RunAsync(timer, CancellationToken.None);
        await DrainAsync(app);
        await sweep.RunAsync(timer, CancellationToken.None); // sent: nothing left to ask for
        await DrainAsync(app);

        Assert.Single(await _mail.WaitForEmailsAsync(to, 1));
        Assert.Empty(await app.Storage.Table(EmailOutbox.PendingTable).QueryAsync<OutboxPendingEntry>().ToListAsync());
    }

    [Fact]
    public async Task SenderWhoseLeaseRanOutCannotUndoTheTakeover()
    {
        // An SMTP server that accepts the connection and says nothing until the test hangs up.
        using var silentSmtp = new TcpListener(IPAddress.Loopback, 0);
        silentSmtp.Start();
        var port = ((IPEndPoint)silentSmtp.LocalEndpoint).Port;
        await using var app = await AppFactory.CreateAsync(new Dictionary<string, string?> { ["Smtp:Port"] = port.ToString() });
        var to = $"lease-{Guid.NewGuid():N}@example.org";
        await app.Get<EmailOutbox>().EnqueueAsync(Email(to, "k-" + to));
        var (partition, row) = OutboxMessage.KeysFor("k-" + to);
        var table = app.Storage.Table(EmailOutbox.Table);
        using var scope = app.Services.CreateScope();
        var command = JsonSerializer.Serialize(new SendEmailCommand("k-" + to, DateTimeOffset.UtcNow), JsonDefaults.Options);

        var slowSender = scope.ServiceProvider.GetRequiredService<SendEmailHandler>().HandleAsync(
            new QueueMessageContext(MessagingFeature.SendFunction, EmailOutbox.Queue, "m1", command, 1), CancellationToken.None);
        using var connection = await silentSmtp.AcceptTcpClientAsync(); // it has claimed the email and is sending
        // Its lease ran out; another worker took the email over and sent it.
        await table.UpdateConditionallyAsync<OutboxMessage>(partition, row, e =>
        {
            e.Status = OutboxStatus.Sent; e.Attempts = 2; e.LeaseUntil = null;
            return true;
        });
        connection.Close(); // the slow sender now fails

        await Assert.ThrowsAnyAsync<Exception>(() => slowSender);
        var stored = (await table.GetEntityAsync<OutboxMessage>(partition, row)).Value;
        Assert.Equal(OutboxStatus.Sent, stored.Status);
        Assert.Null(stored.LastError);
    }

    [Fact]
    public async Task ReferenceThatCannotBeAKeyIsRefused()
    {
        var bad = Email($"ref-{Guid.NewGuid():N}@example.org", "k-ref-" + Guid.NewGuid()) with { Reference = "12/34#5" };

        var error = await Assert.ThrowsAsync<ArgumentException>(() => _app.Get<EmailOutbox>().EnqueueAsync(bad));

        Assert.Contains("reference", error.Message);
    }

    [Fact]
    public async Task InvalidEmailIsRefusedAndNothingIsWritten()
    {
        var bad = Email("not an address", "k-bad-" + Guid.NewGuid());

        var error = await Assert.ThrowsAsync<ArgumentException>(() => _app.Get<EmailOutbox>().EnqueueAsync(bad));

        Assert.Contains("toAddress", error.Message);
        var (partition, row) = OutboxMessage.KeysFor(bad.MessageKey);
        Assert.False((await _app.Storage.Table(EmailOutbox.Table).GetEntityIfExistsAsync<OutboxMessage>(partition, row)).HasValue);
    }
}
