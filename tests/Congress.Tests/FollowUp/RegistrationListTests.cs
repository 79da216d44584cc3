using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Congress.Platform.Auth;
using Congress.Tests.Infrastructure;
using Congress.Tests.Registrations;
using MiniExcelLibs;

namespace Congress.Tests.FollowUp;

/// <summary>The registration list of an event: search, filters, totals, exports and statistics.</summary>
/// <remarks>An app for each test (IAsyncLifetime): they count and total every registration of the demo event.</remarks>
public sealed class RegistrationListTests : IAsyncLifetime
{
    private const string Formula = "=HYPERLINK(\"http://evil.example\",\"Cliquez\")";
    private AppFactory _app = null!;
    private HttpClient _public = null!;
    private HttpClient _staff = null!;
    private DemoBaskets _demo = null!;

    public async Task InitializeAsync()
    {
        _app = await AppFactory.CreateAsync(new Dictionary<string, string?> { ["App:LoadDemoEvent"] = "true" });
        _public = _app.CreateClient();
        _staff = await _app.SignedInClientAsync(Roles.Staff);
        _demo = await DemoBaskets.ReadAsync(_public);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private Task<string> SubmitAsync(string lastName, string firstName, string organisation, string room = "adagio-double-b1") =>
        _demo.RegisterAsync(_public, room, input =>
        {
            input["participants"]![0]!["lastName"] = lastName;
            input["participants"]![0]!["firstName"] = firstName;
            input["participants"]![0]!["organisation"] = organisation;
            input["contact"]!["lastName"] = lastName;
            input["contact"]!["firstName"] = firstName;
        });

    private async Task PayInFullAsync(string id) =>
        await DemoBaskets.PayAsync(await _app.SignedInClientAsync(Roles.Finance), id, DateOnly.FromDateTime(DateTime.UtcNow));

    private Task<JsonElement> ListAsync(string query) =>
        _staff.GetFromJsonAsync<JsonElement>($"/api/admin/events/{DemoBaskets.EventId}/registrations?{query}");

    [Fact]
    public async Task SearchFiltersCountsAndTotalsCoverEveryMatch()
    {
        var helene = await SubmitAsync("Dupré", "Hélène", "CHU de Nantes");
        await SubmitAsync("Durand", "Paul", "OT Lyon");
        var musee = await SubmitAsync("Moreau", "Léa", "OT Lyon", "musee-single");
        await PayInFullAsync(musee);

        var found = await ListAsync("q=helene%20dupre");
        Assert.Equal(1, found.GetProperty("count").GetInt32());
        Assert.Equal(helene, found.GetProperty("items")[0].GetProperty("id").GetString());
        Assert.Equal("CHU de Nantes", found.GetProperty("items")[0].GetProperty("organisation").GetString());

        var lyon = await ListAsync("q=ot%20lyon&pageSize=1");
        Assert.Equal(2, lyon.GetProperty("count").GetInt32());
        Assert.Equal(1, lyon.GetProperty("items").GetArrayLength());
        var all = await ListAsync("q=ot%20lyon");
        Assert.Equal(all.GetProperty("items").EnumerateArray().Sum(i => i.GetProperty("total").GetDecimal()),
            lyon.GetProperty("totals").GetProperty("total").GetDecimal());
        Assert.Equal(1, lyon.GetProperty("totals").GetProperty("byStatus").GetProperty("Confirmed").GetInt32());
        Assert.Equal(1, lyon.GetProperty("totals").GetProperty("byStatus").GetProperty("AwaitingPayment").GetInt32());

        var confirmed = await ListAsync("status=Confirmed");
        Assert.Equal([musee], confirmed.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()));
        Assert.Equal(0m, confirmed.GetProperty("totals").GetProperty("balanceDue").GetDecimal());

        var provider = await ListAsync("providerId=hotel-du-musee");
        Assert.Equal([musee], provider.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()));
        var stay = _demo.Wednesday.AddDays(1).ToString("yyyy-MM-dd");
        Assert.Equal(3, (await ListAsync($"dateField=stay&from={stay}&to={stay}")).GetProperty("count").GetInt32());
        Assert.Equal(0, (await ListAsync($"dateField=stay&from={_demo.Wednesday.AddDays(5):yyyy-MM-dd}")).GetProperty("count").GetInt32());

        var bad = await _staff.GetAsync($"/api/admin/events/{DemoBaskets.EventId}/registrations?status=Paid&from=2026-13-01");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("status", out _) && errors.TryGetProperty("from", out _), errors.ToString());
        Assert.Equal(HttpStatusCode.NotFound, (await _staff.GetAsync("/api/admin/events/no-such-event/registrations")).StatusCode);
    }

    [Fact]
    public async Task AFormulaTypedAsANameComesOutAsTextInCsvAndXlsx()
    {
        await SubmitAsync(Formula, "+Mallory", "@SUM(A1:A9)");

        var csv = await _staff.GetByteArrayAsync($"/api/admin/events/{DemoBaskets.EventId}/registrations.csv?q=mallory");
        var text = Encoding.UTF8.GetString(csv);
        Assert.StartsWith("\uFEFF", text);
        var row = text.Split("\r\n")[1];
        Assert.Contains("\"'+Mallory =HYPERLINK(\"\"http://evil.example\"\",\"\"Cliquez\"\")\"", row);
        Assert.Contains(";'@SUM(A1:A9);", row);
        Assert.DoesNotContain(";=", row);
        Assert.DoesNotContain(";\"=", row);

        var xlsx = await _staff.GetByteArrayAsync($"/api/admin/events/{DemoBaskets.EventId}/registrations.xlsx?q=mallory");
        var rows = MiniExcel.Query(new MemoryStream(xlsx), useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        var only = Assert.Single(rows);
        Assert.Equal("'+Mallory " + Formula, only["Contact"]);
        Assert.Equal("'@SUM(A1:A9)", only["Organisation"]);
        // Every text cell of the workbook is a plain string, none a formula.
        Assert.DoesNotContain("<f>", ReadSheetXml(xlsx));
    }

    [Fact]
    public async Task StatisticsCountConfirmedRevenueHotelFillAndWhoCame()
    {
        var confirmed = await SubmitAsync("Petit", "Jeanne", "Région Auvergne-Rhône-Alpes");
        await SubmitAsync("Grand", "Louis", "Ville de Lyon");
        await PayInFullAsync(confirmed);

        var stats = await _staff.GetFromJsonAsync<JsonElement>($"/api/admin/events/{DemoBaskets.EventId}/statistics");

        var totals = stats.GetProperty("totals");
        Assert.Equal(2, totals.GetProperty("registrations").GetInt32());
        Assert.Equal(1, totals.GetProperty("confirmed").GetInt32());
        var file = await _staff.GetFromJsonAsync<JsonElement>($"/api/admin/registrations/{confirmed}");
        Assert.Equal(file.GetProperty("total").GetDecimal(), totals.GetProperty("revenue").GetDecimal());
        var adagio = stats.GetProperty("revenueByProvider").EnumerateArray().Single(p => p.GetProperty("providerId").GetString() == "adagio-saint-etienne");
        Assert.Equal(2 * 105.75m, adagio.GetProperty("total").GetDecimal());
        Assert.Equal(stats.GetProperty("revenueByStep").EnumerateArray().Sum(s => s.GetProperty("total").GetDecimal()),
            totals.GetProperty("revenue").GetDecimal());
        var fill = stats.GetProperty("hotelFill").EnumerateArray().Single(h => h.GetProperty("providerId").GetString() == "adagio-saint-etienne");
        var wednesday = fill.GetProperty("nights").EnumerateArray().Single(n => n.GetProperty("night").GetString() == _demo.Wednesday.ToString("yyyy-MM-dd"));
        Assert.Equal(35, wednesday.GetProperty("capacity").GetInt32());
        Assert.Equal(1, wednesday.GetProperty("sold").GetInt32());
        Assert.Equal(1, wednesday.GetProperty("held").GetInt32());
        Assert.Equal([("Région Auvergne-Rhône-Alpes", 1)], stats.GetProperty("organisations").EnumerateArray()
            .Select(o => (o.GetProperty("name").GetString(), o.GetProperty("count").GetInt32())));
        Assert.Equal("FR", stats.GetProperty("countries")[0].GetProperty("country").GetString());
        Assert.Equal(2, stats.GetProperty("perDay").EnumerateArray().Sum(d => d.GetProperty("created").GetInt32()));

        var xlsx = await _staff.GetByteArrayAsync($"/api/admin/events/{DemoBaskets.EventId}/statistics.xlsx");
        var sheets = MiniExcel.GetSheetNames(new MemoryStream(xlsx));
        Assert.Equal(["Totaux", "Par jour", "Par étape", "Par prestataire", "Remplissage", "Pays", "Organisations"], sheets);
        var totalsRow = MiniExcel.Query(new MemoryStream(xlsx), useHeaderRow: true, sheetName: "Totaux").Cast<IDictionary<string, object?>>().Single();
        Assert.Equal(1d, Convert.ToDouble(totalsRow["Confirmées"], System.Globalization.CultureInfo.InvariantCulture));
    }

    private static string ReadSheetXml(byte[] xlsx)
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(xlsx));
        using var reader = new StreamReader(zip.Entries.First(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal)).Open());
        return reader.ReadToEnd();
    }
}

public sealed class SheetTests
{
    [Theory]
    [InlineData("=1+1")]
    [InlineData("+33 6 00")]
    [InlineData("-2")]
    [InlineData("@SUM(A1)")]
    [InlineData("\t=1")]
    [InlineData("\r=1")]
    [InlineData("\n=1")]
    public void TextAFormulaCouldStartWithGetsAnApostrophe(string text) =>
        Assert.Equal("'" + text, Congress.Platform.Sheets.Sheet.Neutralise(text));

    [Theory]
    [InlineData("Anne Martin")]
    [InlineData("")]
    [InlineData("a=b")]
    public void OtherTextIsLeftAlone(string text) => Assert.Equal(text, Congress.Platform.Sheets.Sheet.Neutralise(text));
}
