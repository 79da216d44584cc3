using System.Net.Http.Json;
using System.Text.Json;

namespace Congress.Tests.Infrastructure;

/// <summary>Reads what MailDev received through its REST API.</summary>
public sealed class MailDev(int smtpPort, Uri web)
{
    private static readonly HttpClient Http = new();

    public int SmtpPort { get; } = smtpPort;
    public Uri Web { get; } = web;

    public async Task<List<JsonElement>> EmailsToAsync(string address)
    {
        var all = await Http.GetFromJsonAsync<List<JsonElement>>(new Uri(Web, "api/email")) ?? [];
        return all.Where(e => e.GetProperty("to").EnumerateArray()
                .Any(to => string.Equals(to.GetProperty("address").GetString(), address, StringComparison.OrdinalIgnoreCase)))
            .ToList();
    }

    /// <summary>Waits until <paramref name="count"/> emails reached the address, then a little longer to catch extras.</summary>
    public async Task<List<JsonElement>> WaitForEmailsAsync(string address, int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (DateTime.UtcNow < deadline)
        {
            var emails = await EmailsToAsync(address);
            if (emails.Count >= count)
            {
                await Task.Delay(500);
                return await EmailsToAsync(address);
            }
            await Task.Delay(200);
        }
        return await EmailsToAsync(address);
    }
}
