using System.Runtime.CompilerServices;

namespace Congress.Platform.Problems;

/// <summary>
/// How an input record becomes its command (<c>ToCommand()</c>): the input keeps nullable properties
/// so that a missing field is answered 400 naming it, and <see cref="ValidationFilter"/> runs its
/// checks before any handler; the command it then builds has non-null properties, so handlers and
/// stores never read input data with <c>!</c>. A value missing here means a command was built from
/// an input nobody checked: a bug, thrown (500) rather than carried into storage as a null.
/// </summary>
public static class Validated
{
    public static T Present<T>(T? value, [CallerArgumentExpression(nameof(value))] string name = "") where T : class =>
        value ?? throw Unchecked(name);

    public static T Present<T>(T? value, [CallerArgumentExpression(nameof(value))] string name = "") where T : struct =>
        value ?? throw Unchecked(name);

    /// <summary>A list whose checks refused null items (the global limits refuse them anywhere in a body).</summary>
    public static IReadOnlyList<T> All<T>(IEnumerable<T?>? values, [CallerArgumentExpression(nameof(values))] string name = "") where T : class =>
        Present(values, name).Select(v => v ?? throw Unchecked(name + "[]")).ToList();

    private static InvalidOperationException Unchecked(string name) =>
        new($"{name} is required by the input's checks, which did not run: build commands after validation.");
}
