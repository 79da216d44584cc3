using System.Text.Json.Serialization;

namespace Congress.Staff;

/// <summary>Generated JSON metadata for what this feature's endpoints read and write (see Platform/Hosting/JsonMetadata).</summary>
[JsonSerializable(typeof(ChangePasswordRequest))]
[JsonSerializable(typeof(CreateStaffAccountRequest))]
[JsonSerializable(typeof(LoginRequest))]
[JsonSerializable(typeof(StaffAccountView))]
[JsonSerializable(typeof(StaffMember))]
[JsonSerializable(typeof(UpdateStaffAccountRequest))]
[JsonSerializable(typeof(List<StaffAccountView>))]
internal sealed partial class StaffJson : JsonSerializerContext;
