using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Congress.Catalog;
using Congress.Platform.Auth;
using Congress.Registrations;
using Congress.Tests.Infrastructure;
using Congress.Tests.Registrations;

namespace Congress.Tests.FollowUp;

/// <summary>Staff follow a registration: edit its lines on a revision, cancel it, record money, read its history.</summary>
/// <remarks>
/// The tests share the demo event: each makes its own registrations and reads the stock relative to
/// what it found (the event has 20 double rooms a night for the whole class).
/// </remarks>
public sealed class RegistrationFileTests(DemoApp fixture) : IClassFixture<DemoApp>, IAsyncLifetime
{
    private readonly AppFactory _app = fixture.App;
    private HttpClient _public = null!;
    private HttpClient _staff = null!;
    private DemoBaskets _demo = null!;

    public async Task InitializeAsync()
    {
        _public = _app.CreateClient();
        _staff = await _app.SignedInClientAsync(Roles.Admin);
        _demo = await DemoBaskets.ReadAsync(_public);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<string> SubmitAsync() => _demo.RegisterAsync(_public);

    private async Task<(JsonElement File, string ETag)> FileAsync(string id)
    {
        var response = await _staff.GetAsync($"/api/admin/registrations/{id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(), response.Headers.ETag!.Tag);
    }

    private static object Basket(JsonElement file, params object[] extraLines) => new
    {
        accessCode = (string?)null,
        participants = file.GetProperty("participants"),
        lines = file.GetProperty("lines").EnumerateArray().Cast<object>().Concat(extraLines).ToArray(),
    };

    private Task<HttpResponseMessage> PutAsync(HttpClient client, string id, object basket, string? etag)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/admin/registrations/{id}") { Content = JsonContent.Create(basket) };
        if (etag is not null) request.Headers.IfMatch.Add(new EntityTagHeaderValue(etag));
        return client.SendAsync(request);
    }

    private async Task<StockRow> StockAsync(string product, string slot) =>
        (await _app.Storage.Table(StockKeys.Table).GetEntityAsync<StockRow>(DemoBaskets.EventId, StockKeys.Stock(product, slot))).Value;

    private async Task<List<JsonElement>> HistoryAsync(string id) =>
        (await _staff.GetFromJsonAsync<JsonElement>($"/api/admin/registrations/{id}/history")).EnumerateArray().ToList();

    [Fact]
    public async Task AddingALunchChangesTotalStockAndHistoryAndAStaleEditGets409()
    {
        var id = await SubmitAsync();
        var (file, etag) = await FileAsync(id);
        var lunchBefore = await StockAsync("lunch-thu", StockKeys.Total);

        var changed = await PutAsync(_staff, id, Basket(file, new { productId = "lunch-thu", persons = new[] { "p0" } }), etag);

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var after = await changed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(file.GetProperty("total").GetDecimal() + 25.00m, after.GetProperty("total").GetDecimal());
        Assert.NotEqual(etag, changed.Headers.ETag!.Tag);
        Assert.Contains(after.GetProperty("providers").EnumerateArray(), p => p.GetProperty("providerId").GetString() == "la-platine"
            && p.GetProperty("subtotal").GetDecimal() == 25.00m);
        Assert.Equal(lunchBefore.Held + 1, (await StockAsync("lunch-thu", StockKeys.Total)).Held);

        var history = await HistoryAsync(id);
        var entry = history[0];
        Assert.Equal("lines-changed", entry.GetProperty("action").GetString());
        Assert.StartsWith("admin-", entry.GetProperty("by").GetString());
        var changes = entry.GetProperty("changes").EnumerateArray().ToList();
        Assert.Contains(changes, c => c.GetProperty("field").GetString() == "lines"
            && c.GetProperty("after").GetString()!.Contains("Déjeuner à la Platine - jeudi", StringComparison.Ordinal));
        Assert.Contains(changes, c => c.GetProperty("field").GetString() == "total"
            && c.GetProperty("before").GetString() == file.GetProperty("total").GetDecimal().ToString("0.00", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("submitted", history[^1].GetProperty("action").GetString());

        // The same edit made on the old revision is refused, not applied over the first one.
        var stale = await PutAsync(_staff, id, Basket(file), etag);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.EndsWith("/edit-conflict", (await stale.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("type").GetString());
        Assert.Equal(lunchBefore.Held + 1, (await StockAsync("lunch-thu", StockKeys.Total)).Held);

        var unconditional = await PutAsync(_staff, id, Basket(file), null);
        Assert.Equal((HttpStatusCode)428, unconditional.StatusCode);
    }

    [Fact]
    public async Task AnEditThatWouldOversellIsRefusedNamingTheLineAndChangesNothing()
    {
        var id = await SubmitAsync();
        var (file, etag) = await FileAsync(id);
        var seats = await StockAsync("visit-biennale-thu", StockKeys.Total);
        Assert.True(await _app.Get<Inventory>().SetCapacityAsync(DemoBaskets.EventId, "visit-biennale-thu", StockKeys.Total,
            seats.Held + seats.Sold, CancellationToken.None));

        var refused = await PutAsync(_staff, id, Basket(file, new { productId = "visit-biennale-thu", persons = new[] { "p0" } }), etag);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.EndsWith("/sold-out", problem.GetProperty("type").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty("lines[3]", out _), problem.ToString());
        var (unchanged, sameTag) = await FileAsync(id);
        Assert.Equal(etag, sameTag);
        Assert.Equal(file.GetProperty("total").GetDecimal(), unchanged.GetProperty("total").GetDecimal());
    }

    [Fact]
    public async Task InvalidEditNamesTheField()
    {
        var id = await SubmitAsync();
        var (file, etag) = await FileAsync(id);
        var response = await PutAsync(_staff, id, Basket(file, new { productId = "lunch-thu", persons = new[] { "p7" } }), etag);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("lines[3].persons", out _), problem.ToString());
    }

    [Fact]
    public async Task StaffEditAndPublicSubmitRaceForTheLastRoomAndExactlyOneGetsIt()
    {
        var nights = new[] { _demo.Wednesday, _demo.Wednesday.AddDays(1) }.Select(n => n.ToString("yyyy-MM-dd")).ToList();
        for (var round = 0; round < 3; round++)
        {
            var id = await SubmitAsync();
            var (file, etag) = await FileAsync(id);
            foreach (var night in nights)
            {
                var row = await StockAsync("musee-single", night);
                Assert.True(await _app.Get<Inventory>().SetCapacityAsync(DemoBaskets.EventId, "musee-single", night, row.Held + row.Sold + 1,
                    CancellationToken.None));
            }
            var lines = file.GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("productId").GetString() == "adagio-double-b1"
                ? new { productId = "musee-single", persons = new[] { "p0" }, arrival = (string?)nights[0], nights = (int?)2 }
                : (object)l).ToArray();
            var edit = PutAsync(_staff, id, new { accessCode = (string?)null, participants = file.GetProperty("participants"), lines }, etag);
            var email = $"race-{Guid.NewGuid():N}@example.org";
            var submit = _public.PostAsJsonAsync($"/api/events/{DemoBaskets.EventId}/registrations",
                _demo.Submit("k-" + email, "transfer", email, "musee-single"));
            var (edited, submitted) = (await edit, await submit);

            Assert.True(edited.StatusCode == HttpStatusCode.OK ^ submitted.StatusCode == HttpStatusCode.Created,
                $"edit {edited.StatusCode}, submit {submitted.StatusCode}");
            Assert.Contains(edited.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.Conflict });
            Assert.Contains(submitted.StatusCode, new[] { HttpStatusCode.Created, HttpStatusCode.Conflict });
            foreach (var night in nights)
            {
                var row = await StockAsync("musee-single", night);
                Assert.Equal(row.Capacity, row.Held + row.Sold);
            }
            // The registration's own file and its stock agree whichever side won.
            var (now, _) = await FileAsync(id);
            var hasMusee = now.GetProperty("lines").EnumerateArray().Any(l => l.GetProperty("productId").GetString() == "musee-single");
            Assert.Equal(edited.StatusCode == HttpStatusCode.OK, hasMusee);
        }
    }

    [Fact]
    public async Task CancellingGivesTheStockBackAndPaymentsBecomeRefundDue()
    {
        var id = await SubmitAsync();
        var night = _demo.Wednesday.ToString("yyyy-MM-dd");
        var heldBefore = (await StockAsync("adagio-double-b1", night)).Held;
        var paid = await _staff.PostAsJsonAsync($"/api/admin/registrations/{id}/payments",
            new { amount = 50.00m, method = "transfer", reference = "VIR 42", receivedOn = DateTime.UtcNow.ToString("yyyy-MM-dd") });
        Assert.Equal(HttpStatusCode.Created, paid.StatusCode);
        var etag = paid.Headers.ETag!.Tag;

        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/admin/registrations/{id}/cancel")
        {
            Content = JsonContent.Create(new { reason = "Annulation demandée par téléphone" }),
        };
        request.Headers.IfMatch.Add(new EntityTagHeaderValue(etag));
        var cancelled = await _staff.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        var file = await cancelled.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Cancelled", file.GetProperty("status").GetString());
        Assert.Equal(50.00m, file.GetProperty("refundDue").GetDecimal());
        Assert.Equal(0m, file.GetProperty("balanceDue").GetDecimal());
        Assert.False(file.GetProperty("editable").GetBoolean());
        Assert.Equal(heldBefore - 1, (await StockAsync("adagio-double-b1", night)).Held);
        var history = await HistoryAsync(id);
        Assert.Equal("cancelled", history[0].GetProperty("action").GetString());
        Assert.Contains(history[0].GetProperty("changes").EnumerateArray(), c => c.GetProperty("after").GetString() == "Annulation demandée par téléphone");
        Assert.Contains(history, h => h.GetProperty("action").GetString() == "payment-recorded");

        // A manual refund of what was paid clears the refund due.
        var refund = await _staff.PostAsJsonAsync($"/api/admin/registrations/{id}/refunds",
            new { requestId = Guid.NewGuid().ToString(), amount = 50.00m, method = "transfer", reference = "VIR RETOUR 42" });
        Assert.Equal(HttpStatusCode.Created, refund.StatusCode);
        var refunded = await refund.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(0m, refunded.GetProperty("refundDue").GetDecimal());
        Assert.Contains(refunded.GetProperty("payments").EnumerateArray(), p => p.GetProperty("amount").GetDecimal() == -50.00m);
    }

    [Fact]
    public async Task HistoryCannotBeChangedThroughTheApi()
    {
        var id = await SubmitAsync();
        var before = await HistoryAsync(id);
        foreach (var method in new[] { HttpMethod.Put, HttpMethod.Post, HttpMethod.Delete, HttpMethod.Patch })
        {
            var response = await _staff.SendAsync(new HttpRequestMessage(method, $"/api/admin/registrations/{id}/history")
            {
                Content = JsonContent.Create(new[] { new { at = DateTimeOffset.UtcNow, by = "someone", action = "lines-changed" } }),
            });
            Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        }
        Assert.Equal(before.Select(h => h.ToString()), (await HistoryAsync(id)).Select(h => h.ToString()));
        var first = Assert.Single(before);
        Assert.Equal("submitted", first.GetProperty("action").GetString());
        Assert.Equal("attendee", first.GetProperty("by").GetString());
        // The first entry lists what the registration holds: its status, number, amounts and lines.
        Assert.Equal(["status", "number", "paymentMethod", "total", "deposit", "paid", "refundDue", "holdExpiresAt"],
            first.GetProperty("changes").EnumerateArray().Select(c => c.GetProperty("field").GetString()).Take(8));
        Assert.Contains(first.GetProperty("changes").EnumerateArray(), c => c.GetProperty("field").GetString() == "lines"
            && c.GetProperty("after").GetString()!.Contains("Chambre double", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ManualRefundCannotExceedWhatWasReceivedAndARetriedRequestRefundsOnce()
    {
        var id = await SubmitAsync();
        await _staff.PostAsJsonAsync($"/api/admin/registrations/{id}/payments",
            new { amount = 80.00m, method = "cheque", reference = "CHQ 7", receivedOn = DateTime.UtcNow.ToString("yyyy-MM-dd") });
        var tooMuch = await _staff.PostAsJsonAsync($"/api/admin/registrations/{id}/refunds",
            new { requestId = Guid.NewGuid().ToString(), amount = 80.01m, method = "cheque", reference = "CHQ R1" });
        Assert.Equal(HttpStatusCode.BadRequest, tooMuch.StatusCode);
        Assert.True((await tooMuch.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("amount", out _));

        var request = new { requestId = Guid.NewGuid().ToString(), amount = 30.00m, method = "cheque", reference = "CHQ R2" };
        Assert.Equal(HttpStatusCode.Created, (await _staff.PostAsJsonAsync($"/api/admin/registrations/{id}/refunds", request)).StatusCode);
        var again = await _staff.PostAsJsonAsync($"/api/admin/registrations/{id}/refunds", request);
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Equal(50.00m, (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("paid").GetDecimal());
    }

    private Task<HttpResponseMessage> RefundAsync(string id, decimal amount, string reference) =>
        _staff.PostAsJsonAsync($"/api/admin/registrations/{id}/refunds",
            new { requestId = Guid.NewGuid().ToString(), amount, method = "transfer", reference });

    [Fact]
    public async Task ARefundIsCappedByWhatWasPaidNetOfEarlierRefundsAndARefusedOneWritesNothing()
    {
        var id = await SubmitAsync();
        var total = (await FileAsync(id)).File.GetProperty("total").GetDecimal();
        await _staff.PostAsJsonAsync($"/api/admin/registrations/{id}/payments",
            new { amount = total, method = "transfer", reference = "VIR IN", receivedOn = DateTime.UtcNow.ToString("yyyy-MM-dd") });
        var (paid, etag) = await FileAsync(id);
        Assert.Equal(("Confirmed", total, 0m), (paid.GetProperty("status").GetString(), paid.GetProperty("paid").GetDecimal(), paid.GetProperty("refundDue").GetDecimal()));

        var oneCentMore = await RefundAsync(id, total + 0.01m, "VIR R0");
        Assert.Equal(HttpStatusCode.BadRequest, oneCentMore.StatusCode);
        var amountError = Assert.Single((await oneCentMore.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("amount").EnumerateArray());
        Assert.Contains(total.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture), amountError.GetProperty("fr").GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(amountError.GetProperty("en").GetString()));
        var (unchanged, unchangedTag) = await FileAsync(id);
        Assert.Equal((etag, total, 1), (unchangedTag, unchanged.GetProperty("paid").GetDecimal(), unchanged.GetProperty("payments").GetArrayLength()));

        // After a partial refund, the cap is what is left.
        Assert.Equal(HttpStatusCode.Created, (await RefundAsync(id, 20.00m, "VIR R1")).StatusCode);
        var left = total - 20.00m;
        var overLeft = await RefundAsync(id, left + 0.01m, "VIR R2");
        Assert.Equal(HttpStatusCode.BadRequest, overLeft.StatusCode);
        Assert.True((await overLeft.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("amount", out _));

        var exact = await RefundAsync(id, left, "VIR R3");
        Assert.Equal(HttpStatusCode.Created, exact.StatusCode);
        var refunded = await exact.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(0m, refunded.GetProperty("paid").GetDecimal());
        Assert.Equal([total, -20.00m, -left], refunded.GetProperty("payments").EnumerateArray().Select(p => p.GetProperty("amount").GetDecimal()));
        Assert.Equal(HttpStatusCode.BadRequest, (await RefundAsync(id, 0.01m, "VIR R4")).StatusCode);
    }

    [Fact]
    public async Task AManualPaymentAboveWhatIsDueIsKeptAndShownAsToRefund()
    {
        var id = await SubmitAsync();
        var total = (await FileAsync(id)).File.GetProperty("total").GetDecimal();
        var over = await _staff.PostAsJsonAsync($"/api/admin/registrations/{id}/payments",
            new { amount = total + 10.00m, method = "cheque", reference = "CHQ OVER", receivedOn = DateTime.UtcNow.ToString("yyyy-MM-dd") });
        Assert.Equal(HttpStatusCode.Created, over.StatusCode);
        var file = await over.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("Confirmed", total + 10.00m, 10.00m),
            (file.GetProperty("status").GetString(), file.GetProperty("paid").GetDecimal(), file.GetProperty("refundDue").GetDecimal()));
    }

    [Fact]
    public async Task ContactChangeIsCheckedRecordedAndReachesTheNewAddressesSpace()
    {
        var id = await SubmitAsync();
        var (file, etag) = await FileAsync(id);
        var contact = JsonSerializer.SerializeToNode(file.GetProperty("contact"))!;
        contact["email"] = "not an address";
        var bad = new HttpRequestMessage(HttpMethod.Put, $"/api/admin/registrations/{id}/contact") { Content = JsonContent.Create(contact) };
        bad.Headers.IfMatch.Add(new EntityTagHeaderValue(etag));
        var refused = await _staff.SendAsync(bad);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.True((await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("email", out _));

        var newEmail = $"moved-{Guid.NewGuid():N}@example.org";
        contact["email"] = newEmail;
        contact["city"] = "Saint-Étienne";
        var good = new HttpRequestMessage(HttpMethod.Put, $"/api/admin/registrations/{id}/contact") { Content = JsonContent.Create(contact) };
        good.Headers.IfMatch.Add(new EntityTagHeaderValue(etag));
        var changed = await _staff.SendAsync(good);

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(newEmail, (await changed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("contact").GetProperty("email").GetString());
        var entry = (await HistoryAsync(id))[0];
        Assert.Equal("contact-changed", entry.GetProperty("action").GetString());
        Assert.Contains(entry.GetProperty("changes").EnumerateArray(), c => c.GetProperty("field").GetString() == "contact.city"
            && c.GetProperty("before").GetString() == "Lyon" && c.GetProperty("after").GetString() == "Saint-Étienne");
        Assert.Contains(id, await _app.Get<RegistrationIndex>().ForEmailAsync(newEmail, CancellationToken.None));
    }

    [Fact]
    public async Task TwoEditsOfOneRevisionAtOnceOneWinsAndTheStockFollowsTheWinner()
    {
        for (var round = 0; round < 3; round++)
        {
            var id = await SubmitAsync();
            var (file, etag) = await FileAsync(id);
            var night = _demo.Wednesday.ToString("yyyy-MM-dd");
            // A single room free on both nights, whatever the class's other tests left: the edits race on the revision, not the stock.
            foreach (var stay in new[] { _demo.Wednesday, _demo.Wednesday.AddDays(1) }.Select(n => n.ToString("yyyy-MM-dd")))
            {
                var row = await StockAsync("musee-single", stay);
                Assert.True(await _app.Get<Inventory>().SetCapacityAsync(DemoBaskets.EventId, "musee-single", stay, row.Held + row.Sold + 1,
                    CancellationToken.None));
            }
            var room = file.GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("productId").GetString() == "adagio-double-b1"
                ? new { productId = "musee-single", persons = new[] { "p0" }, arrival = (string?)night, nights = (int?)2 }
                : (object)l).ToArray();
            var lunch = Basket(file, new { productId = "lunch-thu", persons = new[] { "p0" } });

            var answers = await Task.WhenAll(
                PutAsync(_staff, id, new { accessCode = (string?)null, participants = file.GetProperty("participants"), lines = room }, etag),
                PutAsync(_staff, id, lunch, etag));

            Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], answers.Select(a => a.StatusCode).Order());
            var registration = (await _app.Get<RegistrationStore>().FindAsync(id, CancellationToken.None))!;
            var marker = (await _app.Storage.Table(StockKeys.Table).GetEntityAsync<StockMarker>(DemoBaskets.EventId, StockKeys.Hold(id))).Value;
            Assert.True(StockNeed.Same(StockNeed.Parse(registration.StockNeeds), marker.NeedList),
                $"registration {registration.StockNeeds} but stock held {marker.Needs}");
        }
    }

    [Fact]
    public async Task ConcurrentManualRefundsNeverGiveBackMoreThanWasReceived()
    {
        var id = await SubmitAsync();
        await _staff.PostAsJsonAsync($"/api/admin/registrations/{id}/payments",
            new { amount = 80.00m, method = "cheque", reference = "CHQ 80", receivedOn = DateTime.UtcNow.ToString("yyyy-MM-dd") });

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => _staff.PostAsJsonAsync($"/api/admin/registrations/{id}/refunds",
            new { requestId = Guid.NewGuid().ToString(), amount = 80.00m, method = "cheque", reference = $"CHQ R{i}" })));

        Assert.True(answers.Count(a => a.StatusCode == HttpStatusCode.Created) <= 1, string.Join(", ", answers.Select(a => a.StatusCode)));
        Assert.All(answers, a => Assert.Contains(a.StatusCode, new[] { HttpStatusCode.Created, HttpStatusCode.Conflict, HttpStatusCode.BadRequest }));
        var (file, _) = await FileAsync(id);
        Assert.True(file.GetProperty("paid").GetDecimal() >= 0m, file.GetProperty("paid").ToString());
    }

    [Fact]
    public async Task APageBeyondTheListIsEmptyAndAnAbsurdOneIsRefused()
    {
        await SubmitAsync();
        var far = await _staff.GetFromJsonAsync<JsonElement>($"/api/admin/events/{DemoBaskets.EventId}/registrations?page=1000000");
        Assert.Equal(0, far.GetProperty("items").GetArrayLength());
        var absurd = await _staff.GetAsync($"/api/admin/events/{DemoBaskets.EventId}/registrations?page=2147483647");
        Assert.Equal(HttpStatusCode.BadRequest, absurd.StatusCode);
    }

    [Fact]
    public async Task AnEditFindingTheStockMovedByAnotherEditSinceItsRevisionChangesNothing()
    {
        var id = await SubmitAsync();
        var registration = (await _app.Get<RegistrationStore>().FindAsync(id, CancellationToken.None))!;
        var held = StockNeed.Parse(registration.StockNeeds);
        var lunch = new StockNeed("lunch-thu", StockKeys.Total, 1);
        // Another staff member's edit of the same revision has moved the stock and not yet written the file.
        Assert.Equal(StockOutcome.Done, (await _app.Get<Inventory>().AdjustAsync(DemoBaskets.EventId, id, held, [.. held, lunch],
            CancellationToken.None)).Outcome);
        var (file, _) = await FileAsync(id);
        var visit = JsonSerializer.Deserialize<Congress.Registrations.BasketInput>(JsonSerializer.Serialize(Basket(file,
            new { productId = "visit-biennale-thu", persons = new[] { "p0" } })), Congress.Platform.Triggers.JsonDefaults.Options)!;
        var seatsBefore = await StockAsync("visit-biennale-thu", StockKeys.Total);

        var result = await _app.Get<Congress.FollowUp.RegistrationEditor>().ChangeBasketAsync(id, registration.Revision, visit, "second@office.fr",
            CancellationToken.None);

        Assert.Equal(Congress.FollowUp.EditOutcome.Stale, result.Outcome);
        Assert.Equal(seatsBefore.Held, (await StockAsync("visit-biennale-thu", StockKeys.Total)).Held);
        var marker = (await _app.Storage.Table(StockKeys.Table).GetEntityAsync<StockMarker>(DemoBaskets.EventId, StockKeys.Hold(id))).Value;
        Assert.True(StockNeed.Same([.. held, lunch], marker.NeedList), marker.Needs);
    }
}
