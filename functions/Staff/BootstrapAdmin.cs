using Congress.Platform.Auth;
using Congress.Platform.Hosting;
using Microsoft.Extensions.Options;

namespace Congress.Staff;

/// <summary>Settings section "Auth": the first administrator, created once when no staff account exists.</summary>
public sealed class BootstrapAdminOptions
{
    public const string Section = "Auth";

    public string? BootstrapAdminEmail { get; set; }
    public string? BootstrapAdminPassword { get; set; }
    public string BootstrapAdminName { get; set; } = "Administrateur";
}

/// <summary>First-run step: creates the first Admin from settings if the deployment has no staff yet.</summary>
public sealed class BootstrapAdmin(StaffAccountStore store, IOptions<BootstrapAdminOptions> options,
    ILogger<BootstrapAdmin> logger) : StartupTask(logger)
{
    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (string.IsNullOrWhiteSpace(settings.BootstrapAdminEmail) || string.IsNullOrEmpty(settings.BootstrapAdminPassword))
            return;
        if (await store.AnyAsync(cancellationToken)) return;
        var request = new CreateStaffAccountRequest(settings.BootstrapAdminEmail, settings.BootstrapAdminName,
            settings.BootstrapAdminPassword, [Roles.Admin]);
        var errors = request.Validate().ToList();
        if (errors.Count > 0)
            throw new InvalidOperationException("Auth:BootstrapAdmin* settings are invalid: " +
                                                string.Join("; ", errors.Select(e => $"{e.Field}: {e.Message.English}")));
        if (await store.CreateAsync(request.ToCommand(), cancellationToken))
            logger.LogInformation("First administrator created");
    }
}
