using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Azure.Data.Tables;
using Congress.Platform.Storage;
using Congress.Registrations;
using Congress.Tests.Infrastructure;
using static Congress.Registrations.RegistrationStatus;

namespace Congress.Tests.Registrations;

/// <summary>
/// A registration's status has one owner (docs/registration.md, "Status changes"): the moves of the
/// entity, along the table of <see cref="RegistrationLifecycle"/>; a move the table does not allow
/// changes nothing.
/// </summary>
public sealed partial class RegistrationLifecycleTests
{
    private static readonly string[] Statuses = [Submitted, Refused, AwaitingPayment, Confirmed, Expired, Cancelled];
    private static readonly DateTimeOffset At = new(2027, 3, 1, 9, 0, 0, TimeSpan.Zero);

    /// <summary>The allowed moves written out here, apart from the production table they check.</summary>
    private static readonly HashSet<(string From, string To)> Allowed =
    [
        (Submitted, Refused), (Submitted, AwaitingPayment), (Refused, Refused), (Refused, AwaitingPayment),
        (AwaitingPayment, Confirmed), (AwaitingPayment, Expired), (AwaitingPayment, Cancelled),
        (Expired, Confirmed), (Confirmed, Cancelled),
    ];

    public static TheoryData<string, string> Pairs() => PairsTo(Statuses);

    /// <summary>Every pair with a move to try: nothing moves back to Submitted.</summary>
    public static TheoryData<string, string> Moves() => PairsTo(Statuses.Where(s => s != Submitted));

    private static TheoryData<string, string> PairsTo(IEnumerable<string> targets)
    {
        var pairs = new TheoryData<string, string>();
        foreach (var from in Statuses)
            foreach (var to in targets)
                pairs.Add(from, to);
        return pairs;
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void TheTableAllowsExactlyTheDocumentedMoves(string from, string to) =>
        Assert.Equal(Allowed.Contains((from, to)), RegistrationLifecycle.Allows(from, to));

    [Theory]
    [MemberData(nameof(Moves))]
    public void AMoveTheTableRefusesLeavesTheRegistrationAsItWas(string from, string to)
    {
        var registration = In(from);
        var before = Values(registration);

        var outcome = Move(registration, to);

        if (Allowed.Contains((from, to)))
        {
            Assert.Equal(StatusMove.Done, outcome);
            Assert.Equal(to, registration.Status);
        }
        else
        {
            Assert.Equal(StatusMove.NotAllowed, outcome);
            Assert.Equal(before, Values(registration));
        }
    }

    [Fact]
    public void EachMoveRecordsWhatItsStatusMeans()
    {
        var refused = new RegistrationEntity();
        refused.Refuse("""[{"field":"lines[0]"}]""");
        Assert.Equal("""[{"field":"lines[0]"}]""", refused.RefusalJson);

        // A retried submit keeps the number it was given and forgets the refusal.
        var held = new RegistrationEntity { Number = "00000007" };
        held.Refuse("[]");
        held.AwaitPayment("00000008", At.AddDays(10), At.AddDays(7));
        Assert.Equal(("00000007", At.AddDays(10), At.AddDays(7), (string?)null), (held.Number, held.HoldExpiresAt, held.RemindAt, held.RefusalJson));

        var expired = In(AwaitingPayment);
        expired.PaidCents = 1500;
        expired.Expire(At);
        Assert.Equal((At, 1500L), (expired.ClosedAt, expired.RefundDueCents));

        var confirmed = In(AwaitingPayment);
        confirmed.Confirm(At);
        Assert.Equal(At, confirmed.ConfirmedAt);

        var cancelled = In(Confirmed);
        cancelled.PaidCents = 6000;
        cancelled.Cancel(At);
        Assert.Equal((At, (DateTimeOffset?)null, 6000L), (cancelled.ClosedAt, cancelled.HoldExpiresAt, cancelled.RefundDueCents));
    }

    /// <summary>Init-only: code can name a status when it creates a registration, never assign one to it afterwards.</summary>
    [Fact]
    public void NothingOutsideTheMovesChangesTheStatus()
    {
        var setter = typeof(RegistrationEntity).GetProperty(nameof(RegistrationEntity.Status))!.SetMethod!;
        Assert.Contains(typeof(IsExternalInit), setter.ReturnParameter.GetRequiredCustomModifiers());

        Assert.Matches(StatusAssignment(), "r.Status = RegistrationStatus.Cancelled;"); // negative control
        var offenders = Directory.EnumerateFiles(Repository.PathTo("functions"), "*.cs", SearchOption.AllDirectories)
            .SelectMany(file => File.ReadLines(file).Select((line, i) => (file, line: i + 1, text: line)))
            .Where(l => StatusAssignment().IsMatch(l.text))
            .Select(l => $"{Path.GetRelativePath(Repository.Root, l.file)}:{l.line}");
        Assert.Empty(offenders);
    }

    /// <summary>The table SDK writes the status through its getter and reads it back through the init accessor.</summary>
    [Fact]
    public async Task TheStatusRoundTripsThroughTableStorage()
    {
        await using var app = await AppFactory.CreateAsync();
        var store = app.Get<RegistrationStore>();
        var id = "rlife" + Guid.NewGuid().ToString("N")[..16];
        Assert.True(await store.TryAddAsync(new RegistrationEntity { PartitionKey = id, EventId = "lifecycle" }, CancellationToken.None));

        await store.UpdateAsync(id, r => r.AwaitPayment("00000001", At.AddDays(10), null) == StatusMove.Done,
            new Change(Actors.Attendee, HistoryActions.Submitted), CancellationToken.None);
        var held = (await store.FindAsync(id, CancellationToken.None))!;
        Assert.Equal(AwaitingPayment, held.Status);
        var row = await app.Storage.Table(RegistrationEntity.Table).GetEntityAsync<TableEntity>(id, RegistrationEntity.Row);
        Assert.Equal(AwaitingPayment, row.Value.GetString(nameof(RegistrationEntity.Status)));

        // A refused move writes nothing: neither the status nor a new revision.
        var refused = await store.UpdateAsync(id, r => r.Refuse("[]") == StatusMove.Done,
            new Change(Actors.Attendee, HistoryActions.Refused), CancellationToken.None);
        var after = (await store.FindAsync(id, CancellationToken.None))!;
        Assert.Equal((AwaitingPayment, held.Revision), (after.Status, after.Revision));
        Assert.Equal(AwaitingPayment, refused!.Status);

        // Why not a private setter: the SDK leaves it at its default when reading the row back. (Should
        // this fail, the SDK sets private setters now: make the entity's setter private.)
        var table = app.Storage.Table(RegistrationEntity.Table);
        Assert.Equal("unread", (await table.GetEntityAsync<PrivateSetterRow>(id, RegistrationEntity.Row)).Value.Status);
    }

    private sealed class PrivateSetterRow : TableRow
    {
        public string Status { get; private set; } = "unread";
    }

    /// <summary>A registration brought to <paramref name="status"/> by allowed moves only.</summary>
    private static RegistrationEntity In(string status)
    {
        var registration = new RegistrationEntity { PartitionKey = "rtest", TotalCents = 6000 };
        string[] path = status switch
        {
            Submitted => [],
            Refused => [Refused],
            AwaitingPayment => [AwaitingPayment],
            _ => [AwaitingPayment, status],
        };
        foreach (var step in path) Assert.Equal(StatusMove.Done, Move(registration, step));
        Assert.Equal(status, registration.Status);
        return registration;
    }

    private static StatusMove Move(RegistrationEntity registration, string to) => to switch
    {
        Refused => registration.Refuse("[]"),
        AwaitingPayment => registration.AwaitPayment("00000042", At.AddDays(10), null),
        Confirmed => registration.Confirm(At),
        Expired => registration.Expire(At),
        Cancelled => registration.Cancel(At),
        _ => throw new ArgumentOutOfRangeException(nameof(to), to, "no move leads there"),
    };

    private static Dictionary<string, object?> Values(RegistrationEntity registration) =>
        typeof(RegistrationEntity).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .ToDictionary(p => p.Name, p => p.GetValue(registration));

    [GeneratedRegex(@"\bStatus\s*=\s*RegistrationStatus\.")]
    private static partial Regex StatusAssignment();
}
