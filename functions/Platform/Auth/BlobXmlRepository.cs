using System.Xml.Linq;
using Azure.Storage.Blobs;
using Congress.Platform.Storage;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace Congress.Platform.Auth;

/// <summary>Data-protection key ring stored as one blob per key, shared by every instance.</summary>
public sealed class BlobXmlRepository(StorageAccount storage) : IXmlRepository
{
    private BlobContainerClient Container => storage.Container(AuthSetup.KeysContainer);

    public IReadOnlyCollection<XElement> GetAllElements()
    {
        var container = Container;
        container.CreateIfNotExists();
        return container.GetBlobs()
            .Select(item => XElement.Parse(container.GetBlobClient(item.Name).DownloadContent().Value.Content.ToString()))
            .ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        var container = Container;
        container.CreateIfNotExists();
        container.GetBlobClient($"{friendlyName}.xml")
            .Upload(BinaryData.FromString(element.ToString(SaveOptions.DisableFormatting)), overwrite: false);
    }
}
