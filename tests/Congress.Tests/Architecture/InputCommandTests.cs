using System.Reflection;
using System.Text.RegularExpressions;
using Congress.FollowUp;
using Congress.Payments;
using Congress.Platform.Problems;
using Congress.Registrations;
using Congress.Tests.Infrastructure;

namespace Congress.Tests.Architecture;

/// <summary>
/// Inputs are parsed into commands (docs/platform.md, "Validation"): a handler reads the command an
/// input builds after the validation filter ran, whose properties are non-null, never the nullable
/// input with <c>!</c>.
/// </summary>
public partial class InputCommandTests
{
    private static readonly Assembly App = typeof(IValidatable).Assembly;

    /// <summary>Inputs read only through null-safe checks (or nested in another input), so they need no command.</summary>
    private static readonly Type[] WithoutCommand = [typeof(BasketInput), typeof(Congress.Finance.BankDetailsConfirmation),
        typeof(Congress.Finance.PayoutCriteria)];

    private static IEnumerable<Type> Inputs() => App.GetTypes()
        .Where(t => typeof(IValidatable).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false });

    public static TheoryData<Type> WithCommand() => new(Inputs().Where(t => !WithoutCommand.Contains(t)));

    [Fact]
    public void EveryInputHasItsCommandButTheListedOnes()
    {
        var missing = Inputs().Where(t => !WithoutCommand.Contains(t) && t.GetMethod("ToCommand") is null).Select(t => t.Name);
        Assert.Empty(missing);
        Assert.All(WithoutCommand, t => Assert.Contains(t, Inputs()));
    }

    /// <summary>An input nobody checked (every field left out) gives no command at all rather than one carrying a null.</summary>
    [Theory]
    [MemberData(nameof(WithCommand))]
    public void AnUncheckedInputNeverGivesACommandWithANull(Type input)
    {
        var constructor = input.GetConstructors().MaxBy(c => c.GetParameters().Length)!;
        var empty = constructor.Invoke(constructor.GetParameters().Select(Default).ToArray());
        var toCommand = input.GetMethod("ToCommand")!;
        object? command;
        try
        {
            command = toCommand.Invoke(empty, toCommand.GetParameters().Select(_ => (object?)"x").ToArray());
        }
        catch (TargetInvocationException e) when (e.InnerException is InvalidOperationException)
        {
            return;
        }
        Assert.NotNull(command);
        var nullability = new NullabilityInfoContext();
        var nulls = command.GetType().GetProperties()
            .Where(p => p.GetIndexParameters().Length == 0 && nullability.Create(p).ReadState == NullabilityState.NotNull
                        && !p.PropertyType.IsValueType && p.GetValue(command) is null)
            .Select(p => p.Name);
        Assert.Empty(nulls);
    }

    [Fact]
    public void NoHandlerReadsInputDataWithANullForgivingOperator()
    {
        Assert.Matches(InputBang(), "var email = input.Email!.Trim();"); // negative control: the pattern sees one
        var offenders = Directory.EnumerateFiles(Repository.PathTo("functions"), "*.cs", SearchOption.AllDirectories)
            .SelectMany(file => File.ReadLines(file).Select((line, i) => (file, line: i + 1, text: line)))
            .Where(l => InputBang().IsMatch(l.text))
            .Select(l => $"{Path.GetRelativePath(Repository.Root, l.file)}:{l.line}");
        Assert.Empty(offenders);
    }

    [Fact]
    public void ASubmitBecomesItsBasketContactAndChoices()
    {
        var contact = new ContactInput("ana@example.org", null, "Lopez", "Ana", "1 rue Haute", "42000", "Saint-Étienne", "FR", null, null,
            false, null, CreateAccount: true);
        var submit = new SubmitInput("key-1", "BUREAU", [new ParticipantInput("Lopez", "Ana", null, null)],
            [new LineInput("fee", ["p0"], null, null, null)], contact, "cheque", AcceptTerms: true);
        Assert.Empty(submit.Validate());

        var command = submit.ToCommand();

        Assert.Equal(("key-1", "cheque", true, "Ana Lopez"), (command.ClientKey, command.PaymentMethod, command.CreateAccount, command.Contact.FullName));
        Assert.Equal(new BasketInput("BUREAU", submit.Participants, submit.Lines), command.Basket);
    }

    [Fact]
    public void ARefundSaysHowTheMoneyGoesBack()
    {
        var card = new RefundInput(" r1 ", 10m, PaymentMethods.Card, "pi_row", null).ToCommand("reg", "staff@example.org");
        var cheque = new RefundInput("r2", 10m, PaymentMethods.Cheque, null, " CHQ 12 ").ToCommand("reg", "staff@example.org");

        Assert.Equal(new RefundRequest("reg", "r1", 10m, new RefundToCard("pi_row"), "staff@example.org"), card);
        Assert.Equal(new ManualRefund(PaymentMethods.Cheque, "CHQ 12"), cheque.Way);
    }

    private static object? Default(ParameterInfo p) =>
        p.HasDefaultValue ? p.DefaultValue : p.ParameterType.IsValueType ? Activator.CreateInstance(p.ParameterType) : null;

    [GeneratedRegex(@"\b(input|request|body)\.[A-Z]\w*!")]
    private static partial Regex InputBang();
}
