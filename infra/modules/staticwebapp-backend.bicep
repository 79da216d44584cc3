// Links the Function App to the Static Web App as its /api backend.
//
// Linking edits the Function App's auth configuration, so main.bicep calls this module only after
// the Function App module (and with it the app settings write) has finished.

@description('Existing Static Web App.')
param staticWebAppName string

@description('Resource id of the Function App to link.')
param functionAppId string

@description('Region of the Function App.')
param functionAppLocation string

resource staticWebApp 'Microsoft.Web/staticSites@2025-03-01' existing = {
  name: staticWebAppName
}

resource staticWebAppBackend 'Microsoft.Web/staticSites/linkedBackends@2025-03-01' = {
  parent: staticWebApp
  name: 'functions'
  properties: {
    backendResourceId: functionAppId
    region: functionAppLocation
  }
}
