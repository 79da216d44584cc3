namespace Congress.Finance.Sepa;

/// <summary>A file the schema or the EPC rules refuse: it was built but must not be released.</summary>
public sealed class SepaValidationException(IReadOnlyList<string> errors)
    : Exception($"The SEPA file is invalid ({errors.Count} error(s)): {string.Join(" | ", errors.Take(10))}")
{
    public IReadOnlyList<string> Errors { get; } = errors;
}
