using System.Reflection;
using NetArchTest.Rules;

namespace Congress.Tests.Architecture;

/// <summary>
/// QUALITY rule 12: feature folders (namespaces Congress.&lt;Feature&gt;) depend on each other only as
/// listed here, and the allowed graph has no cycle. To add an edge, add it to <see cref="Allowed"/> and
/// to the table in docs/platform.md ("Feature boundaries"); the cycle check must still pass.
/// </summary>
public class FeatureBoundariesTests
{
    /// <summary>Each feature and the features it may use. Platform uses none.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Allowed = new Dictionary<string, string[]>
    {
        ["Platform"] = [],
        ["Health"] = ["Platform", "Payments"],
        ["Messaging"] = ["Platform"],
        ["Payments"] = ["Platform"],
        ["Contacts"] = ["Platform"],
        ["Staff"] = ["Platform"],
        ["Events"] = ["Platform", "Payments"],
        ["Catalog"] = ["Platform", "Events", "Payments"],
        ["Registrations"] = ["Platform", "Catalog", "Contacts", "Events", "Messaging", "Payments"],
        ["AttendeeSpace"] = ["Platform", "Events", "Messaging", "Registrations"],
        ["ProviderSpace"] = ["Platform", "Catalog", "Events", "Messaging", "Registrations", "RoomBlocks"],
        ["RoomBlocks"] = ["Platform", "Catalog", "Events", "Messaging", "Registrations"],
        ["Finance"] = ["Platform", "Catalog", "Events", "Messaging", "Payments", "Registrations"],
        ["FollowUp"] = ["Platform", "Catalog", "Events", "Messaging", "Payments", "Registrations"],
    };

    static readonly Assembly App = typeof(Congress.Platform.Auth.Roles).Assembly;

    public static TheoryData<string> Features => new(Allowed.Keys);

    [Theory]
    [MemberData(nameof(Features))]
    public void A_feature_uses_only_the_features_it_is_allowed(string feature)
    {
        var offenders = Offenders(App, $"Congress.{feature}", Forbidden(feature));
        Assert.True(offenders.Count == 0,
            $"Congress.{feature} uses a feature outside its allowed list ({string.Join(", ", Allowed[feature])}): "
            + string.Join(", ", offenders));
    }

    [Fact]
    public void Every_feature_folder_is_in_the_table()
    {
        var features = App.GetTypes()
            .Select(t => t.Namespace)
            .Where(n => n is not null && n.StartsWith("Congress.", StringComparison.Ordinal))
            .Select(n => n!.Split('.')[1])
            .Distinct()
            .Order();
        Assert.Equal(features, Allowed.Keys.Order());
    }

    [Fact]
    public void The_allowed_graph_has_no_cycle()
    {
        foreach (var (feature, uses) in Allowed)
            foreach (var used in uses)
                Assert.True(Allowed.ContainsKey(used), $"{feature} allows unknown feature {used}");
        var cycle = FindCycle(Allowed);
        Assert.True(cycle is null, "cycle: " + string.Join(" → ", cycle ?? []));
    }

    [Fact]
    public void Negative_control_a_forbidden_reference_is_reported()
    {
        // Fixtures.UsesStaff references Congress.Staff; checked as if it were a feature allowed only Platform.
        var offenders = Offenders(typeof(FeatureBoundariesTests).Assembly,
            "Congress.Tests.Architecture.Fixtures", Forbidden("Platform"));
        Assert.Contains(offenders, o => o.Contains(nameof(Fixtures.UsesStaff), StringComparison.Ordinal));
    }

    [Fact]
    public void Negative_control_a_cycle_in_the_table_is_reported()
    {
        var graph = new Dictionary<string, string[]>(Allowed) { ["Platform"] = ["Staff"] };
        Assert.Equal(["Platform", "Staff", "Platform"], FindCycle(graph));
    }

    /// <summary>A path feature → … → same feature in <paramref name="graph"/>, or null.</summary>
    internal static IReadOnlyList<string>? FindCycle(IReadOnlyDictionary<string, string[]> graph)
    {
        var done = new HashSet<string>();
        var path = new List<string>();
        List<string>? Visit(string feature)
        {
            if (done.Contains(feature)) return null;
            var at = path.IndexOf(feature);
            if (at >= 0) return [.. path.Skip(at), feature];
            path.Add(feature);
            foreach (var used in graph.GetValueOrDefault(feature) ?? [])
                if (Visit(used) is { } cycle) return cycle;
            path.RemoveAt(path.Count - 1);
            done.Add(feature);
            return null;
        }
        foreach (var feature in graph.Keys.Order())
            if (Visit(feature) is { } cycle) return cycle;
        return null;
    }

    /// <summary>The feature namespaces <paramref name="feature"/> may not use.</summary>
    static string[] Forbidden(string feature) =>
        Allowed.Keys.Where(f => f != feature && !Allowed[feature].Contains(f)).Select(f => $"Congress.{f}").ToArray();

    /// <summary>The types in <paramref name="ns"/> (and below) that depend on any of <paramref name="forbidden"/>.</summary>
    internal static IReadOnlyList<string> Offenders(Assembly assembly, string ns, string[] forbidden)
    {
        var result = Types.InAssembly(assembly)
            .That().ResideInNamespace(ns)
            .ShouldNot().HaveDependencyOnAny(forbidden)
            .GetResult();
        return result.IsSuccessful ? [] : [.. (result.FailingTypeNames ?? []).Distinct()];
    }
}
