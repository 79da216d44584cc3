using Congress.Platform.Auth;
using Congress.Platform.Storage;

namespace Congress.Staff;

/// <summary>The <c>create-admin</c> command-line verb (dispatched by Program.cs), run instead of the web server.</summary>
public static class CreateAdminCommand
{
    /// <summary><c>create-admin EMAIL NAME</c>, password read from standard input (never from the command line).</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length < 3)
        {
            Console.Error.WriteLine("usage: echo PASSWORD | Congress.Functions create-admin EMAIL \"DISPLAY NAME\"");
            return 2;
        }
        var password = Console.In.ReadLine() ?? "";
        var request = new CreateStaffAccountRequest(args[1], args[2], password, [Roles.Admin]);
        var errors = request.Validate().ToList();
        if (errors.Count > 0)
        {
            foreach (var error in errors) Console.Error.WriteLine($"{error.Field}: {error.Message.French} / {error.Message.English}");
            return 2;
        }
        var app = App.Build([]);
        await app.Services.GetRequiredService<StorageInitializer>().PrepareAsync(CancellationToken.None);
        var created = await app.Services.GetRequiredService<StaffAccountStore>().CreateAsync(request.ToCommand(), CancellationToken.None);
        Console.WriteLine(created ? "Administrator created." : "An account with this email already exists.");
        return created ? 0 : 1;
    }
}
