using Congress.Platform.Auth;
using Congress.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Congress.Finance.Accounting;

/// <summary>The accounting export of a period (Admin and Finance): the FEC file and the payments received as CSV.</summary>
public static class AccountingApi
{
    public static void MapAccountingApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/admin/finance/accounting").WithTags("Finance").RequireAuthorization(Policies.FinanceTeam);
        group.MapGet("/fec", FecAsync);
        group.MapGet("/payments.csv", PaymentsAsync);
    }

    private static async Task<Results<FileContentHttpResult, BadRequestProblem>> FecAsync(string? from, string? to,
        AccountingExport export, CancellationToken ct)
    {
        var (period, errors) = AccountingPeriod.Parse(from, to);
        if (period is null) return Problem.Validation(errors);
        var file = FecFile.Write(await export.EntriesAsync(period, ct));
        return TypedResults.File(file, "text/plain; charset=utf-8", FecFile.Name(export.Options.Siren, period.To));
    }

    private static async Task<Results<FileContentHttpResult, BadRequestProblem>> PaymentsAsync(string? from, string? to,
        AccountingExport export, CancellationToken ct)
    {
        var (period, errors) = AccountingPeriod.Parse(from, to);
        if (period is null) return Problem.Validation(errors);
        var sheet = await export.PaymentsAsync(period, ct);
        return TypedResults.File(sheet.ToCsv(), "text/csv; charset=utf-8", $"paiements-{period.From:yyyyMMdd}-{period.To:yyyyMMdd}.csv");
    }
}
