using System.Text.Json.Serialization;

namespace Congress.Finance;

/// <summary>Generated JSON metadata for what this feature's endpoints read and write (see Platform/Hosting/JsonMetadata).</summary>
[JsonSerializable(typeof(BankDetailsConfirmation))]
[JsonSerializable(typeof(BankDetailsInput))]
[JsonSerializable(typeof(BankDetailsView))]
[JsonSerializable(typeof(FollowUpView))]
[JsonSerializable(typeof(PayoutBatchDetail))]
[JsonSerializable(typeof(PayoutBatchView))]
[JsonSerializable(typeof(PayoutInput))]
[JsonSerializable(typeof(PayoutPlanView))]
[JsonSerializable(typeof(IReadOnlyList<CommissionEntry>))]
[JsonSerializable(typeof(List<BankDetailsHistoryView>))]
[JsonSerializable(typeof(List<PayoutBatchView>))]
internal sealed partial class FinanceJson : JsonSerializerContext;
