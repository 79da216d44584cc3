namespace Congress.Finance.Sepa;

/// <summary>
/// The one way to get a SEPA credit-transfer file: the batch is checked and converted, written as
/// pain.001.001.03, then read back through <see cref="SepaSchema"/>; a file that fails is never returned.
/// </summary>
public static class SepaFile
{
    /// <summary>
    /// The file's bytes (UTF-8, no BOM). Throws <see cref="ArgumentException"/> for a batch the rules refuse
    /// (no payment, bad amount, duplicate or malformed identifier, bad BIC, empty name) and
    /// <see cref="SepaValidationException"/> if the written file does not validate.
    /// </summary>
    public static byte[] Build(SepaTransferBatch batch)
    {
        var prepared = SepaBatchRules.Prepare(batch);
        // About 600 bytes per payment: sized once, so 10,000 payments never copy the buffer while growing.
        using var file = new MemoryStream(2_048 + 640 * prepared.Payments.Count);
        Pain001Writer.Write(prepared, file);
        file.Position = 0;
        var errors = SepaSchema.Validate(file);
        if (errors.Count > 0) throw new SepaValidationException(errors);
        return file.ToArray();
    }
}
