using Congress;
using Congress.Platform.Hosting;

// "package DIR" writes the function folders for deployment; "create-admin" adds a staff admin;
// anything else runs the app (hosted or standalone, see AppMode).
return args.FirstOrDefault() switch
{
    "package" => Commands.Package(args),
    "create-admin" => await Congress.Staff.CreateAdminCommand.RunAsync(args),
    _ => Run(args),
};

static int Run(string[] args)
{
    App.Build(args).Run();
    return 0;
}

public partial class Program;
