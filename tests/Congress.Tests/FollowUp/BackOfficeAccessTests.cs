using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Congress.Platform.Auth;
using Congress.Tests.Infrastructure;
using Congress.Tests.Registrations;

namespace Congress.Tests.FollowUp;

/// <summary>
/// Who may use each group of the back office: the server decides, whatever a screen shows. For
/// each group, the roles let through get past authorisation (their answer depends on the request),
/// the others get 403, and nobody signed in gets 401.
/// </summary>
public sealed class BackOfficeAccessTests : IAsyncLifetime
{
    private static readonly string[] AllRoles = [Roles.Admin, Roles.OperationsManager, Roles.Staff, Roles.Finance];
    private AppFactory _app = null!;
    private readonly Dictionary<string, HttpClient> _clients = [];
    private string _registrationId = "";

    public async Task InitializeAsync()
    {
        _app = await AppFactory.CreateAsync(new Dictionary<string, string?> { ["App:LoadDemoEvent"] = "true" });
        foreach (var role in AllRoles) _clients[role] = await _app.SignedInClientAsync(role);
        var client = _app.CreateClient();
        _registrationId = await (await DemoBaskets.ReadAsync(client)).RegisterAsync(client);
    }

    public async Task DisposeAsync()
    {
        foreach (var client in _clients.Values) client.Dispose();
        await _app.DisposeAsync();
    }

    public static TheoryData<string, string, string> Groups()
    {
        const string e = DemoBaskets.EventId;
        var readers = string.Join(",", AllRoles);
        var operations = string.Join(",", Roles.Admin, Roles.OperationsManager, Roles.Staff);
        var money = string.Join(",", Roles.Admin, Roles.Finance);
        return new TheoryData<string, string, string>
        {
            { "GET", $"/api/admin/events/{e}/registrations", readers },
            { "GET", $"/api/admin/events/{e}/registrations.csv", readers },
            { "GET", $"/api/admin/events/{e}/registrations.xlsx", readers },
            { "GET", $"/api/admin/events/{e}/statistics", readers },
            { "GET", $"/api/admin/events/{e}/statistics.xlsx", readers },
            { "GET", "/api/admin/registrations/{id}", readers },
            { "GET", "/api/admin/registrations/{id}/history", readers },
            { "GET", "/api/admin/registrations/{id}/emails", readers },
            { "PUT", "/api/admin/registrations/{id}", operations },
            { "PUT", "/api/admin/registrations/{id}/contact", operations },
            { "POST", "/api/admin/registrations/{id}/cancel", operations },
            { "POST", "/api/admin/registrations/{id}/emails/unknown/resend", operations },
            { "GET", "/api/admin/events", readers },
            { "GET", $"/api/admin/events/{e}", readers },
            { "GET", $"/api/admin/events/{e}/catalog", readers },
            { "GET", $"/api/admin/events/{e}/stock", readers },
            { "GET", $"/api/admin/events/{e}/form", readers },
            { "GET", "/api/admin/providers", readers },
            { "PUT", $"/api/admin/events/{e}", operations },
            { "PUT", $"/api/admin/events/{e}/steps", operations },
            { "PUT", $"/api/admin/events/{e}/products/fee", operations },
            { "PUT", $"/api/admin/events/{e}/products/fee/stock", operations },
            { "PUT", $"/api/admin/events/{e}/access-groups/BUREAU", operations },
            { "PUT", "/api/admin/providers/la-platine", operations },
            { "POST", $"/api/admin/events/{e}/duplicate", operations },
            { "POST", $"/api/admin/events/{e}/quote", operations },
            { "POST", "/api/admin/registrations/{id}/payments", money },
            { "POST", "/api/admin/registrations/{id}/refunds", money },
            { "GET", "/api/staff/accounts", Roles.Admin },
            { "POST", "/api/staff/accounts", Roles.Admin },
        };
    }

    [Theory]
    [MemberData(nameof(Groups))]
    public async Task OnlyTheRolesOfTheGroupGetThrough(string method, string path, string allowed)
    {
        var url = path.Replace("{id}", _registrationId, StringComparison.Ordinal);
        var anonymous = await _app.CreateClient().SendAsync(Request(method, url));
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        foreach (var role in AllRoles)
        {
            var response = await _clients[role].SendAsync(Request(method, url));
            if (allowed.Split(',').Contains(role))
                Assert.True(response.StatusCode is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden),
                    $"{role} {method} {url}: {response.StatusCode}");
            else
                Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{role} {method} {url}: {response.StatusCode}, 403 expected");
        }
    }

    [Fact]
    public async Task AnAttendeeSessionOpensNoStaffRoute()
    {
        // A registration's public token opens its own page, not the staff file.
        var response = await _app.CreateClient().GetAsync($"/api/admin/registrations/{_registrationId}?token=anything");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static HttpRequestMessage Request(string method, string url) =>
        new(new HttpMethod(method), url) { Content = method == "GET" ? null : JsonContent.Create(new { }) };
}
