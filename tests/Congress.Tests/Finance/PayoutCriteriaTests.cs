using System.Text.Json;
using Congress.Finance;
using Congress.Platform.Triggers;
using Congress.Registrations;

namespace Congress.Tests.Finance;

/// <summary>The selection's rules that need no storage: registration kinds, the mode's target, field errors.</summary>
public sealed class PayoutCriteriaTests
{
    private static PayoutCriteria Criteria(string? kind = null, string mode = PayoutModes.Balance) =>
        new(DateCriteria.Created, new DateOnly(2027, 1, 1), new DateOnly(2027, 12, 31), null, null, null, mode, kind);

    private static RegistrationDigest Digest(params DigestLine[] lines) => new()
    {
        RowKey = "r", Status = RegistrationStatus.Confirmed, LinesJson = JsonSerializer.Serialize(lines, JsonDefaults.Options),
    };

    private static readonly DigestLine Room = new("double", "hotels", "hotel", 21150, 1, "2027-04-08", "2027-04-10", ["Ana"]);
    private static readonly DigestLine Fee = new("fee", "fee", "organiser", 6000, 1);

    [Fact]
    public void AccommodationOnlyRegistrationsAreTheSeedsSecsAndTheOthersHaveServices()
    {
        var roomOnly = Digest(Room);
        var package = Digest(Fee, Room);
        var servicesOnly = Digest(Fee);

        Assert.True(Criteria(RegistrationKinds.RoomOnly).Includes(roomOnly));
        Assert.False(Criteria(RegistrationKinds.RoomOnly).Includes(package));
        Assert.False(Criteria(RegistrationKinds.RoomOnly).Includes(servicesOnly));
        Assert.False(Criteria(RegistrationKinds.WithServices).Includes(roomOnly));
        Assert.True(Criteria(RegistrationKinds.WithServices).Includes(package));
        Assert.True(Criteria(RegistrationKinds.WithServices).Includes(servicesOnly));
        Assert.All([roomOnly, package, servicesOnly], d => Assert.True(Criteria().Includes(d) && Criteria(RegistrationKinds.All).Includes(d)));
    }

    [Fact]
    public void AnUnknownKindIsRefusedByName()
    {
        var errors = Criteria("itinerant").Validate().Select(e => e.Field).ToList();
        Assert.Equal(["registrationKind"], errors);
    }

    [Fact]
    public void DepositModePaysTheReceivedShareRoundedDownAndBalanceModeWaitsForTheWholeAmount()
    {
        var share = new ProviderShare("e", "r", "00000001", "Ana", RegistrationStatus.Confirmed, "hotel", 21150, 1692, [], null, null,
            DateTimeOffset.UnixEpoch, null, RegistrationTotalCents: 30000, RegistrationPaidCents: 10000, RegistrationDepositCents: 9000);
        // 194.58 € owed × 100 / 300 received = 64.86 €.
        Assert.Equal(6486, Criteria(mode: PayoutModes.Deposit).TargetCents(share, 0));
        Assert.Equal(0, Criteria(mode: PayoutModes.Balance).TargetCents(share, 0));
        Assert.Equal(0, Criteria(mode: PayoutModes.Deposit).TargetCents(share with { RegistrationPaidCents = 8999 }, 0));
        Assert.Equal(19458, Criteria(mode: PayoutModes.Balance).TargetCents(share with { RegistrationPaidCents = 30000 }, 0));
        Assert.Equal(0, Criteria(mode: PayoutModes.Balance).TargetCents(share with { Status = RegistrationStatus.Cancelled, RegistrationPaidCents = 30000 }, 0));
        // A balance run after a deposit payout keeps what was paid; only a lower owed amount takes money back.
        Assert.Equal(6486, Criteria(mode: PayoutModes.Balance).TargetCents(share, alreadyClaimed: 6486));
        Assert.Equal(10000, Criteria(mode: PayoutModes.Balance).TargetCents(share with { PurchaseCents = 10000, CommissionCents = 0 }, alreadyClaimed: 19458));
        Assert.Equal(0, Criteria(mode: PayoutModes.Balance).TargetCents(share with { Status = RegistrationStatus.Cancelled }, alreadyClaimed: 6486));
    }
}
