using Congress.Messaging;
using Congress.Platform.Triggers;
using Congress.Tests.Infrastructure;

namespace Congress.Tests.Messaging;

public sealed class EmailOutboxTests : IAsyncLifetime
{
    private AppFactory _app = null!;
    private MailDev _mail = null!;

    public async Task InitializeAsync()
    {
        _app = await AppFactory.CreateAsync(new Dictionary<string, string?> { ["Triggers:RetryDelay"] = "00:00:00" }, withMail: true);
        _mail = await LocalServices.MailDevAsync();
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private static OutgoingEmail Email(string to, string key) => new(key, to, "Élise Dupré",
        "Votre inscription au Séminaire de Saint-Étienne", "Bonjour Élise, merci.", "<p>Bonjour <b>Élise</b>, merci.</p>",
        "registration-confirmation", Reference: "12345678");

    private Task<int> DrainAsync() =>
        _app.Get<LocalTriggerHost>().PollOnceAsync(_app.Get<TriggerCatalogue>().FindQueue(MessagingFeature.SendFunction)!,
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
    public async Task InvalidEmailIsRefusedAndNothingIsWritten()
    {
        var bad = Email("not an address", "k-bad-" + Guid.NewGuid());

        var error = await Assert.ThrowsAsync<ArgumentException>(() => _app.Get<EmailOutbox>().EnqueueAsync(bad));

        Assert.Contains("toAddress", error.Message);
        var (partition, row) = OutboxMessage.KeysFor(bad.MessageKey);
        Assert.False((await _app.Storage.Table(EmailOutbox.Table).GetEntityIfExistsAsync<OutboxMessage>(partition, row)).HasValue);
    }
}
