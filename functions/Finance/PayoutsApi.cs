using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Congress.Platform.Auth;
using Congress.Platform.Hosting;
using Congress.Platform.Problems;
using Congress.Platform.Storage;
using Congress.Platform.Triggers;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Congress.Finance;

/// <summary>A payout asked by staff: the selection, transfer or cheque (with its number), and the client's request id (asking twice makes one batch).</summary>
public sealed record PayoutInput(PayoutCriteria? Criteria, string? Method, string? ChequeNumber, string? RequestId) : IValidatable
{
    public IEnumerable<FieldError> Validate()
    {
        if (Criteria is null) { yield return FieldError.Required("criteria"); yield break; }
        foreach (var e in Criteria.Validate()) yield return e with { Field = "criteria." + e.Field };
        if (Method is not (PayoutMethods.Transfer or PayoutMethods.Cheque))
            yield return FieldError.Invalid("method", Message.Fr("Virement ou chèque.").En("Transfer or cheque."));
        if (Method == PayoutMethods.Cheque)
        {
            foreach (var e in Check.Text("chequeNumber", ChequeNumber, 30)) yield return e;
            if (Criteria.ProviderIds is not { Length: 1 })
                yield return FieldError.Invalid("criteria.providerIds", Message.Fr("Un chèque paie un seul prestataire.").En("A cheque pays one provider."));
        }
        if (RequestId is { Length: > 100 }) yield return FieldError.TooLong("requestId", 100);
    }

    public PayoutOrder ToCommand() => new(Validated.Present(Criteria), Validated.Present(Method), ChequeNumber?.Trim(),
        RequestId is { Length: > 0 } id ? id : null);
}

/// <summary>
/// A checked payout order. <see cref="ChequeNumber"/>: a cheque's (checked present for one);
/// <see cref="RequestId"/>: the client's, when it sent one.
/// </summary>
public sealed record PayoutOrder(PayoutCriteria Criteria, string Method, string? ChequeNumber, string? RequestId);

public sealed record PayoutBatchView(string Id, string Method, string Status, DateTimeOffset CreatedAt, string CreatedBy, string? ExecutionDate,
    string? ChequeNumber, int PaymentCount, decimal Total, string? FileName, DateTimeOffset? ExecutedAt, string? ExecutedBy,
    DateTimeOffset? CancelledAt, string? CancelledBy, PayoutCriteria? Criteria)
{
    public static PayoutBatchView From(PayoutBatchRow b) => new(b.Id, b.Method, b.Status, b.CreatedAt, b.CreatedBy, b.ExecutionDate,
        b.ChequeNumber, b.PaymentCount, b.TotalCents / 100m, b.FileName, b.ExecutedAt, b.ExecutedBy, b.CancelledAt, b.CancelledBy,
        JsonSerializer.Deserialize<PayoutCriteria>(b.CriteriaJson, JsonDefaults.Options));
}

public sealed record PayoutBatchDetail(PayoutBatchView Batch, IReadOnlyList<PayoutPaymentView> Payments);

public sealed record PayoutPaymentView(string EndToEndId, string ProviderId, string ProviderName, string EventId, string EventTitle,
    decimal Amount, int Registrations, string Remittance, string? Iban, string? Bic, string? AccountHolder);

/// <summary>The preview: the payments, their totals, and every registration of the selection the batch leaves out, with the reason.</summary>
public sealed record PayoutPlanView(IReadOnlyList<PlannedPayment> Payments, decimal Payable, int PayableCount, decimal Blocked, int BlockedCount,
    IReadOnlyList<LeftOutFile> LeftOut);

/// <summary>Payouts for Admin and Finance: preview a selection, create a batch (transfer or cheque), list, read, download the file, mark executed, cancel.</summary>
public static class PayoutsApi
{
    public static void MapPayoutsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/admin/finance/payouts").WithTags("Finance")
            .RequireAuthorization(Policies.FinanceTeam);
        group.MapPost("/preview", async (PayoutInput input, PayoutPlanner planner, CancellationToken ct) =>
        {
            var order = input.ToCommand();
            return TypedResults.Ok(PlanView(await planner.PlanAsync(order.Criteria, order.Method, ct)));
        });
        group.MapPost("/", CreateAsync);
        group.MapGet("/", async (PayoutLedger ledger, CancellationToken ct) =>
            TypedResults.Ok((await ledger.BatchesAsync(ct)).Values.OrderByDescending(b => b.CreatedAt).Select(PayoutBatchView.From).ToList()));
        group.MapGet("/{batchId}", GetAsync);
        group.MapGet("/{batchId}/file", FileAsync);
        group.MapPost("/{batchId}/executed", async (string batchId, ClaimsPrincipal user, PayoutBatchChanges changes, CancellationToken ct) =>
            Answer(await changes.MarkExecutedAsync(batchId, BankDetailsApi.StaffEmail(user), ct), "not-released",
                Message.Fr("Seul un lot de virements émis peut être marqué exécuté.").En("Only a released transfer batch can be marked executed.")));
        group.MapPost("/{batchId}/cancel", async (string batchId, ClaimsPrincipal user, PayoutBatchChanges changes, CancellationToken ct) =>
            Answer(await changes.CancelAsync(batchId, BankDetailsApi.StaffEmail(user), ct), "not-cancellable",
                Message.Fr("Un lot exécuté ne peut pas être annulé, ni un lot en cours de préparation (attendez une heure s'il s'est arrêté).")
                .En("An executed batch cannot be cancelled, nor one still being built (wait an hour if it has stopped).")));
    }

    private static async Task<Results<Ok<PayoutBatchDetail>, NotFoundProblem>> GetAsync(string batchId, PayoutBatches batches,
        CancellationToken ct)
    {
        if (await batches.FindAsync(batchId, ct) is not { } batch) return Problem.NotFound();
        var payments = (await batches.PaymentsAsync(batchId, ct)).Select(p => new PayoutPaymentView(p.EndToEndId, p.ProviderId, p.ProviderName,
            p.EventId, p.EventTitle, p.AmountCents / 100m, p.Registrations, p.Remittance, p.Iban, p.Bic, p.AccountHolder)).ToList();
        return TypedResults.Ok(new PayoutBatchDetail(PayoutBatchView.From(batch), payments));
    }

    private static async Task<Results<XmlFile, NotFoundProblem>> FileAsync(string batchId, PayoutBatches batches,
        StorageAccount storage, CancellationToken ct)
    {
        if (await batches.FindAsync(batchId, ct) is not { FileName: { } name }) return Problem.NotFound();
        var content = await storage.Container(PayoutFile.Container).GetBlobClient(name).DownloadContentAsync(ct);
        return new XmlFile(content.Value.Content.ToArray(), $"{batchId}.xml");
    }

    private static async Task<Results<Created<PayoutBatchView>, BadRequestProblem, ConflictProblem>> CreateAsync(PayoutInput input, ClaimsPrincipal user, PayoutBatches batches, TimeProvider time,
        CancellationToken ct)
    {
        var order = input.ToCommand();
        var id = order.RequestId is { } requestId
            ? (order.Method == PayoutMethods.Cheque ? "C" : "P") + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(requestId)))[..20]
            : PayoutBatches.NewId(order.Method, time.GetUtcNow());
        PayoutOutcome outcome;
        try
        {
            outcome = await batches.CreateAsync(id, order.Criteria, order.Method, order.ChequeNumber, BankDetailsApi.StaffEmail(user), ct);
        }
        catch (PayoutsNotConfiguredException)
        {
            return Problem.Conflict("payouts-not-configured", Message.Fr("Les virements ne sont pas paramétrés.").En("Transfers are not set up."),
                Message.Fr("Le compte payeur de l'organisateur (Finance:DebtorName, Finance:DebtorIban) est absent ou invalide.")
                .En("The organiser's paying account (Finance:DebtorName, Finance:DebtorIban) is missing or invalid."));
        }
        if (outcome.Batch is null)
            return Problem.Validation(FieldError.Invalid("criteria", Message.Fr("Rien à payer pour cette sélection (voir l'aperçu).")
                .En("Nothing to pay for this selection (see the preview).")));
        return TypedResults.Created($"/api/admin/finance/payouts/{outcome.Batch.Id}", PayoutBatchView.From(outcome.Batch));
    }

    private static PayoutPlanView PlanView(PayoutPlan plan)
    {
        var payable = plan.Payments.Where(p => p.Blocked is null).ToList();
        var blocked = plan.Payments.Where(p => p.Blocked is not null).ToList();
        return new PayoutPlanView(plan.Payments, payable.Sum(p => p.AmountCents) / 100m, payable.Count, blocked.Sum(p => p.AmountCents) / 100m,
            blocked.Count, plan.LeftOut);
    }

    private static Results<Ok<PayoutBatchView>, NotFoundProblem, ConflictProblem> Answer((BatchChange Outcome, PayoutBatchRow? Batch) result,
        string type, Message detail) => result.Outcome switch
    {
        BatchChange.NotFound => Problem.NotFound(),
        BatchChange.WrongStatus => Problem.Conflict(type, Message.Fr("Impossible dans cet état.").En("Not possible in this status."), detail),
        _ => TypedResults.Ok(PayoutBatchView.From(result.Batch!)),
    };
}
