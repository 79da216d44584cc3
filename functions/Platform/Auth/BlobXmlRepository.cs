using System.Xml.Linq;
using Azure.Storage.Blobs;
using Congress.Platform.Storage;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace Congress.Platform.Auth;

/// <summary>
/// Data-protection key ring stored as one blob per key, shared by every instance. The container is
/// declared storage: it exists before any request or start-up task runs (see StartupWork).
/// </summary>
public sealed class BlobXmlRepository(StorageAccount storage) : IXmlRepository
{
    private BlobContainerClient Container => storage.Container(AuthSetup.KeysContainer);

    public IReadOnlyCollection<XElement> GetAllElements()
    {
        var container = Container;
        return container.GetBlobs()
            .Select(item => XElement.Parse(container.GetBlobClient(item.Name).DownloadContent().Value.Content.ToString()))
            .ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        Container.GetBlobClient($"{friendlyName}.xml")
            .Upload(BinaryData.FromString(element.ToString(SaveOptions.DisableFormatting)), overwrite: false);
    }
}
