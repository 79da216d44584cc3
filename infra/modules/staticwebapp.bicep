// Static Web App (front end). Its link to the Function App (/api backend) is a separate module,
// staticwebapp-backend.bicep, because it must be written after the Function App's app settings,
// which in turn need this site's hostname.

@description('Region of the Static Web App.')
param location string

@description('Static Web App name.')
param staticWebAppName string

resource staticWebApp 'Microsoft.Web/staticSites@2025-03-01' = {
  name: staticWebAppName
  location: location
  sku: {
    // Linked backends ("bring your own functions") need Standard.
    name: 'Standard'
    tier: 'Standard'
  }
  properties: {
    allowConfigFileUpdates: true
  }
}

output name string = staticWebApp.name
output defaultHostname string = staticWebApp.properties.defaultHostname
