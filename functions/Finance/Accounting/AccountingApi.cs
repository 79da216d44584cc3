using Congress.Platform.Auth;
using Congress.Platform.Hosting;
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

    private static async Task<Results<TextFile, BadRequestProblem>> FecAsync(string? from, string? to,
        AccountingExport export, CancellationToken ct)
    {
        var (period, errors) = AccountingPeriod.Parse(from, to);
        if (period is null) return Problem.Validation(errors);
        var file = FecFile.Write(await export.EntriesAsync(period, ct));
        return new TextFile(file, FecFile.Name(export.Options.Siren, period.To));
    }

    private static async Task<Results<CsvFile, BadRequestProblem>> PaymentsAsync(string? from, string? to,
        AccountingExport export, CancellationToken ct)
    {
        var (period, errors) = AccountingPeriod.Parse(from, to);
        if (period is null) return Problem.Validation(errors);
        var sheet = await export.PaymentsAsync(period, ct);
        return new CsvFile(sheet.ToCsv(), $"paiements-{period.From:yyyyMMdd}-{period.To:yyyyMMdd}.csv");
    }
}
