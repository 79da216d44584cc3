using Congress.Staff;

namespace Congress.Tests.Architecture.Fixtures;

/// <summary>Negative control of <see cref="FeatureBoundariesTests"/>: a type that uses a feature
/// (Staff) it would not be allowed to use if it were Platform. The boundary check must report it.</summary>
internal static class UsesStaff
{
    public static string Describe(StaffMember member) => member.Email;
}
