using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Azure.Data.Tables;
using Congress.Messaging;
using Congress.Platform.Auth;
using Congress.Platform.Triggers;
using Congress.Registrations;
using Congress.Tests.Infrastructure;
using Congress.Tests.ProviderSpace;
using Congress.Tests.Registrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Congress.Tests.Platform;

/// <summary>Tokens and addresses live in emails and in the attendee's hands, not in our tables or logs.</summary>
public sealed partial class SecretsTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private readonly CapturedLogs _logs = new();
    private AppFactory _app = null!;
    private MailDev _mail = null!;

    public async Task InitializeAsync()
    {
        _app = await AppFactory.CreateAsync(new Dictionary<string, string?>
        {
            ["App:LoadDemoEvent"] = "true",
            // Everything the app can say, ASP.NET Core's own request lines included.
            ["Logging:LogLevel:Default"] = "Trace",
            ["Logging:LogLevel:Microsoft"] = "Trace",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace",
            ["Logging:LogLevel:System"] = "Trace",
        }, services =>
        {
            services.AddSingleton<TimeProvider>(_clock);
            services.AddSingleton<ILoggerProvider>(_logs);
        }, withMail: true);
        _mail = await LocalServices.MailDevAsync();
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private async Task SendEmailsAsync()
    {
        var host = _app.Get<LocalTriggerHost>();
        var catalogue = _app.Get<TriggerCatalogue>();
        for (var i = 0; i < 3; i++)
        {
            await host.PollOnceAsync(catalogue.FindQueue(RegistrationsFeature.FlowFunction)!, CancellationToken.None);
            await host.PollOnceAsync(catalogue.FindQueue(MessagingFeature.SendFunction)!, CancellationToken.None);
        }
    }

    private async Task<string> LinkAsync(string address, Regex pattern)
    {
        var mails = await _mail.WaitForEmailsAsync(address, 1);
        var text = mails.Select(m => m.GetProperty("text").GetString()!).Last(pattern.IsMatch);
        return Uri.UnescapeDataString(pattern.Match(text).Groups[1].Value);
    }

    [Fact]
    public async Task NoTokenNorAddressIsLeftInTheOutboxOrTheLogsAfterAFullRegistration()
    {
        var client = _app.CreateClient();
        var demo = await DemoBaskets.ReadAsync(client);
        var attendee = $"secret-{Guid.NewGuid():N}@example.org";
        var input = System.Text.Json.Nodes.JsonNode.Parse(JsonSerializer.Serialize(demo.Submit("k-" + attendee, "cheque", attendee)))!;
        input["contact"]!["createAccount"] = true;
        var submitted = await client.PostAsJsonAsync($"/api/events/{DemoBaskets.EventId}/registrations", input);
        Assert.Equal(HttpStatusCode.Created, submitted.StatusCode);
        var created = await submitted.Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("registrationId").GetString()!;
        var accessToken = created.GetProperty("accessToken").GetString()!;
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/registrations/{id}?token={Uri.EscapeDataString(accessToken)}")).StatusCode);

        // The password link, used.
        await SendEmailsAsync();
        var resetToken = await LinkAsync(attendee, ResetLink());
        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsJsonAsync("/api/attendee/password-reset/confirm",
            new { token = resetToken, password = "mon mot de passe secret" })).StatusCode);
        await client.GetAsync($"/account/reset.html?token={Uri.EscapeDataString(resetToken)}");

        // Paid, confirmed: the confirmation carries a fresh access token, and its PDF is read with it.
        var finance = await _app.SignedInClientAsync(Roles.Admin);
        await DemoBaskets.PayAsync(finance, id, DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime), method: "cheque");
        await SendEmailsAsync();
        await SendEmailsAsync();
        var pageToken = await LinkAsync(attendee, PageLink());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/registrations/{id}/summary.pdf?token={Uri.EscapeDataString(pageToken)}")).StatusCode);

        // A provider's space link, shown and opened.
        var provider = await Providers.AddAsync(_app);
        Assert.Equal(HttpStatusCode.Accepted, (await finance.PostAsync($"/api/admin/providers/{provider.Id}/space-link", null)).StatusCode);
        await SendEmailsAsync();
        var providerToken = await LinkAsync(provider.Email, ProviderLink());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/provider/links/{Uri.EscapeDataString(providerToken)}?purpose=space")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync($"/api/provider/links/{Uri.EscapeDataString(providerToken)}/open",
            new { purpose = "space" })).StatusCode);

        // Staff look the attendee up by address.
        Assert.Equal(HttpStatusCode.OK, (await finance.GetAsync($"/api/emails/log?to={Uri.EscapeDataString(attendee)}")).StatusCode);
        await SendEmailsAsync();

        string[] secrets = [accessToken, resetToken, pageToken, providerToken, attendee, provider.Email];
        var outbox = await RowsAsync(EmailOutbox.Table);
        Assert.True(outbox.Count >= 3, $"{outbox.Count} outbox rows");
        Assert.All(outbox, row => Assert.Equal(OutboxStatus.Sent, row["Status"]));
        var stored = string.Join('\n', outbox.Concat(await RowsAsync(EmailOutbox.PendingTable)).Select(Describe));
        var logged = _logs.All;
        Assert.Contains("GET /api/provider/links/{token} answered 200", logged);
        foreach (var secret in secrets)
        {
            Assert.DoesNotContain(secret, stored, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(secret, logged, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(Uri.EscapeDataString(secret), logged, StringComparison.OrdinalIgnoreCase);
        }
        Assert.DoesNotMatch(AnyEmail(), stored);
        Assert.DoesNotMatch(AnyEmail(), logged);
        Assert.DoesNotContain("token=", logged, StringComparison.Ordinal);
        Assert.DoesNotContain("Martin", logged, StringComparison.Ordinal); // the attendee's name
    }

    private async Task<List<TableEntity>> RowsAsync(string table) =>
        await _app.Storage.Table(table).QueryAsync<TableEntity>().ToListAsync();

    private static string Describe(TableEntity row) =>
        string.Join(" | ", row.Select(p => $"{p.Key}={Convert.ToString(p.Value, System.Globalization.CultureInfo.InvariantCulture)}"));

    [GeneratedRegex(@"reset\.html\?token=([A-Za-z0-9_-]+)")]
    private static partial Regex ResetLink();

    [GeneratedRegex(@"confirmation\.html\?registration=[^&\s]+&token=([^\s""<]+)")]
    private static partial Regex PageLink();

    [GeneratedRegex(@"/provider/\?link=([A-Za-z0-9_-]+)")]
    private static partial Regex ProviderLink();

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")]
    private static partial Regex AnyEmail();
}
