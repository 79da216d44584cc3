using Congress.Platform.Storage;

namespace Congress.Contacts;

public static class ContactsFeature
{
    public static IServiceCollection AddContacts(this IServiceCollection services) =>
        services.AddStorageTable(ContactBook.Table).AddSingleton<ContactBook>();
}
