using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Congress.Platform.Auth;
using Congress.Tests.Infrastructure;
using Congress.Tests.Registrations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Congress.Tests.FollowUp;

/// <summary>
/// Who may use each group of the back office: the server decides, whatever a screen shows. For
/// each group, the roles let through get past authorisation (their answer depends on the request),
/// the others get 403, and nobody signed in gets 401.
/// </summary>
public sealed class BackOfficeAccessTests(BackOfficeAccessTests.RoleSessions fixture) : IClassFixture<BackOfficeAccessTests.RoleSessions>
{
    private static readonly string[] AllRoles = [Roles.Admin, Roles.OperationsManager, Roles.Staff, Roles.Finance];
    private readonly AppFactory _app = fixture.App;
    private readonly string _registrationId = fixture.RegistrationId;

    /// <summary>The demo event with one registration, and a session for each role, shared by the rows of the matrix.</summary>
    public sealed class RoleSessions() : SharedApp(WithDemoEvent)
    {
        private readonly Dictionary<string, string> _cookies = [];
        public string RegistrationId { get; private set; } = "";

        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            foreach (var role in AllRoles) _cookies[role] = await SessionCookieAsync(role);
            var client = App.CreateClient();
            RegistrationId = await (await DemoBaskets.ReadAsync(client)).RegisterAsync(client);
        }

        /// <summary>
        /// A client that sends the role's session cookie and keeps none the app sets: the row that signs
        /// out (POST /api/staff/logout) ends that request's session, not the one of the rows after it.
        /// </summary>
        public HttpClient ClientFor(string role)
        {
            var client = App.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
            client.DefaultRequestHeaders.Add("Cookie", _cookies[role]);
            return client;
        }

        private async Task<string> SessionCookieAsync(string role)
        {
            var email = await App.StaffAccountAsync(role);
            var login = await App.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false })
                .PostAsJsonAsync("/api/staff/login", new { email, password = AppFactory.Password });
            login.EnsureSuccessStatusCode();
            return string.Join("; ", login.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        }
    }

    /// <summary>Every staff route (as its template) and the roles it lets through.</summary>
    public static TheoryData<string, string, string> Groups()
    {
        var readers = string.Join(",", AllRoles);
        var operations = string.Join(",", Roles.Admin, Roles.OperationsManager, Roles.Staff);
        var money = string.Join(",", Roles.Admin, Roles.Finance);
        var rows = new TheoryData<string, string, string>();
        void Add(string methods, string route, string allowed)
        {
            foreach (var method in methods.Split(' ')) rows.Add(method, route, allowed);
        }

        Add("POST", "/api/staff/logout", readers);
        Add("GET", "/api/staff/me", readers);
        Add("POST", "/api/staff/password", readers);
        Add("GET POST", "/api/staff/accounts", Roles.Admin);
        Add("PUT", "/api/staff/accounts/{email}", Roles.Admin);
        Add("GET", "/api/emails/log", operations);
        // Registrations follow-up
        Add("GET", "/api/admin/events/{eventId}/registrations", readers);
        Add("GET", "/api/admin/events/{eventId}/registrations.csv", readers);
        Add("GET", "/api/admin/events/{eventId}/registrations.xlsx", readers);
        Add("GET", "/api/admin/events/{eventId}/statistics", readers);
        Add("GET", "/api/admin/events/{eventId}/statistics.xlsx", readers);
        Add("GET", "/api/admin/registrations/{registrationId}", readers);
        Add("GET", "/api/admin/registrations/{registrationId}/history", readers);
        Add("GET", "/api/admin/registrations/{registrationId}/emails", readers);
        Add("GET", "/api/admin/registrations/{registrationId}/emails/{emailId}", readers);
        Add("PUT", "/api/admin/registrations/{registrationId}", operations);
        Add("PUT", "/api/admin/registrations/{registrationId}/contact", operations);
        Add("POST", "/api/admin/registrations/{registrationId}/cancel", operations);
        Add("POST", "/api/admin/registrations/{registrationId}/emails/{emailId}/resend", operations);
        Add("POST", "/api/admin/registrations/{registrationId}/payments", money);
        Add("POST", "/api/admin/registrations/{registrationId}/refunds", money);
        // Event setup
        Add("GET", "/api/admin/events", readers);
        Add("GET", "/api/admin/events/{eventId}", readers);
        Add("GET", "/api/admin/events/{eventId}/catalog", readers);
        Add("GET", "/api/admin/events/{eventId}/stock", readers);
        Add("GET", "/api/admin/events/{eventId}/form", readers);
        Add("GET", "/api/admin/providers", readers);
        Add("PUT", "/api/admin/events/{eventId}", operations);
        Add("POST", "/api/admin/events/{eventId}/duplicate", operations);
        Add("PUT", "/api/admin/events/{eventId}/steps", operations);
        Add("PUT", "/api/admin/events/{eventId}/products/{productId}", operations);
        Add("PUT", "/api/admin/events/{eventId}/products/{productId}/stock", operations);
        Add("PUT", "/api/admin/events/{eventId}/access-groups/{code}", operations);
        Add("POST", "/api/admin/events/{eventId}/access", operations);
        Add("POST", "/api/admin/events/{eventId}/quote", operations);
        Add("PUT", "/api/admin/providers/{providerId}", operations);
        Add("POST", "/api/admin/providers/{providerId}/space-link", operations);
        Add("POST", "/api/admin/events/{eventId}/photos", operations);
        Add("DELETE", "/api/admin/events/{eventId}/photos/{photoId}", operations);
        Add("POST", "/api/admin/events/{eventId}/products/{productId}/photos", operations);
        Add("DELETE", "/api/admin/events/{eventId}/products/{productId}/photos/{photoId}", operations);
        Add("POST", "/api/admin/providers/{providerId}/photos", operations);
        Add("DELETE", "/api/admin/providers/{providerId}/photos/{photoId}", operations);
        // Room blocks and rooming lists
        Add("GET POST", "/api/admin/events/{eventId}/room-blocks", operations);
        Add("GET", "/api/admin/events/{eventId}/room-blocks/{number}", operations);
        Add("GET", "/api/admin/events/{eventId}/room-blocks/{number}/summary", operations);
        Add("GET", "/api/admin/events/{eventId}/room-blocks/{number}/summary.xlsx", operations);
        Add("POST", "/api/admin/events/{eventId}/room-blocks/{number}/answers/{providerId}/accept", operations);
        Add("GET", "/api/admin/events/{eventId}/providers/{providerId}/rooming-list.pdf", readers);
        Add("GET", "/api/admin/events/{eventId}/providers/{providerId}/rooming-list.xlsx", readers);
        // Finance
        Add("GET", "/api/admin/finance/events/{eventId}/follow-up", money);
        Add("GET", "/api/admin/finance/registrations/{registrationId}/follow-up", money);
        Add("GET", "/api/admin/finance/events/{eventId}/commissions", money);
        Add("GET PUT", "/api/admin/finance/providers/{providerId}/bank-details", money);
        Add("GET", "/api/admin/finance/providers/{providerId}/bank-details/history", money);
        Add("POST", "/api/admin/finance/providers/{providerId}/bank-details/confirm", money);
        Add("GET POST", "/api/admin/finance/payouts", money);
        Add("POST", "/api/admin/finance/payouts/preview", money);
        Add("GET", "/api/admin/finance/payouts/{batchId}", money);
        Add("GET", "/api/admin/finance/payouts/{batchId}/file", money);
        Add("POST", "/api/admin/finance/payouts/{batchId}/executed", money);
        Add("POST", "/api/admin/finance/payouts/{batchId}/cancel", money);
        Add("GET", "/api/admin/finance/accounting/fec", money);
        Add("GET", "/api/admin/finance/accounting/payments.csv", money);
        return rows;
    }

    [Theory]
    [MemberData(nameof(Groups))]
    public async Task OnlyTheRolesOfTheGroupGetThrough(string method, string route, string allowed)
    {
        var url = Fill(route);
        var anonymous = await _app.CreateClient().SendAsync(Request(method, url));
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        foreach (var role in AllRoles)
        {
            using var client = fixture.ClientFor(role);
            var response = await client.SendAsync(Request(method, url));
            if (allowed.Split(',').Contains(role))
                Assert.True(response.StatusCode is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden),
                    $"{role} {method} {url}: {response.StatusCode}");
            else
                Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{role} {method} {url}: {response.StatusCode}, 403 expected");
        }
    }

    /// <summary>Every route that needs a staff role is in the matrix above: a new one cannot be forgotten.</summary>
    [Fact]
    public void TheMatrixCoversEveryStaffRoute()
    {
        var listed = Groups().Select(row => $"{row[0]} {Pattern((string)row[1])}").ToHashSet();
        var staffRoutes = _app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => a.Policy is Policies.AnyStaff or Policies.AdminOnly
                or Policies.Operations or Policies.FinanceTeam))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["*"])
                .Select(m => $"{m} {Pattern("/" + e.RoutePattern.RawText!.TrimStart('/'))}"))
            .ToHashSet();

        var missing = staffRoutes.Except(listed).Order().ToList();
        Assert.True(missing.Count == 0, "Not in the role matrix:\n" + string.Join("\n", missing));
    }

    /// <summary>A route template with its parameters named alike: "/api/admin/events/{}/stock".</summary>
    private static string Pattern(string route) => Regex.Replace(route.TrimEnd('/'), @"\{[^}]*\}", "{}");

    /// <summary>A route template with a value for each parameter: the demo event, the registration made, known or unknown ids.</summary>
    private string Fill(string route) => Regex.Replace(route, @"\{([^}]*)\}", m => m.Groups[1].Value switch
    {
        "eventId" => DemoBaskets.EventId,
        "registrationId" => _registrationId,
        "productId" => "fee",
        "providerId" => "la-platine",
        "code" => "BUREAU",
        "email" => "nobody@example.org",
        _ => "unknown",
    });

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
