// Function App: Flex Consumption plan, the site (custom handler = the ASP.NET Core app), the roles of
// its system-assigned identity, and its app settings.
//
// Order inside this module: site -> role assignments -> app settings. main.bicep passes outputs of the
// storage, Key Vault, monitoring, email and Static Web App modules, so this whole module starts only
// after those have finished (blob containers, queues, tables and the storage secret exist).

@description('Region of the plan and the site.')
param location string

@description('Name of the Flex Consumption plan.')
param planName string

@description('Name of the Function App.')
param functionAppName string

@description('Upper bound for the Flex Consumption scale-out.')
param maximumInstanceCount int

@description('Memory of each Flex Consumption instance.')
param instanceMemoryMB int

@description('Existing storage account (host storage, deployment container, role assignments).')
param storageAccountName string

@description('Blob container the Flex Consumption deployment package is uploaded to.')
param deploymentContainerName string

@description('Existing Key Vault (role assignment, secret references).')
param keyVaultName string

@description('URI (no version) of the Key Vault secret holding the storage connection string.')
param storageConnectionSecretUri string

@description('Names of the Key Vault secrets the operator creates; only referenced, never read here.')
param operatorSecretNames {
  stripeSecretKey: string
  stripeWebhookSecret: string
  smtpPassword: string
}

@description('Existing Application Insights component.')
param appInsightsName string

@description('Default hostname of the Static Web App (the public base URL of the app).')
param staticWebAppHostname string

@description('Sender domain of the Azure-managed email domain.')
param emailSenderDomain string

@description('SMTP user name for Communication Services (may be empty).')
param smtpUserName string

@description('Sender address. Empty = DoNotReply@<emailSenderDomain>.')
param smtpFrom string

@description('Payout settings: debtorName, debtorIban, debtorBic, notifyEmail, payoutSchedule.')
param finance object

// Built-in role definition ids.
var roleIds = {
  keyVaultSecretsUser: '4633458b-17de-408a-b874-0445c86b69e6'
  storageBlobDataOwner: 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
  storageQueueDataContributor: '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
  storageTableDataContributor: '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
}

var storageRoleIds = [
  roleIds.storageBlobDataOwner // also what the Flex deployment container needs
  roleIds.storageQueueDataContributor
  roleIds.storageTableDataContributor
]

resource storage 'Microsoft.Storage/storageAccounts@2025-06-01' existing = {
  name: storageAccountName
}

resource keyVault 'Microsoft.KeyVault/vaults@2025-05-01' existing = {
  name: keyVaultName
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: appInsightsName
}

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: planName
  location: location
  kind: 'functionapp'
  sku: {
    name: 'FC1'
    tier: 'FlexConsumption'
  }
  properties: {
    reserved: true // Linux
  }
}

// The deployment container exists: main.bicep makes this module wait for the storage module.
resource functionApp 'Microsoft.Web/sites@2025-03-01' = {
  name: functionAppName
  location: location
  kind: 'functionapp,linux'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      minTlsVersion: '1.2'
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storage.properties.primaryEndpoints.blob}${deploymentContainerName}'
          authentication: {
            type: 'SystemAssignedIdentity'
          }
        }
      }
      runtime: {
        name: 'custom'
        version: '1.0'
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: instanceMemoryMB
      }
    }
  }
}

// Role assignments for the Function App's identity. Names use functionApp.id (known at the start of
// the deployment); principalId is only known once the site exists.
resource storageRoleAssignments 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for roleId in storageRoleIds: {
    scope: storage
    name: guid(storage.id, functionApp.id, roleId)
    properties: {
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleId)
      principalId: functionApp.identity.principalId
      principalType: 'ServicePrincipal'
    }
  }
]

resource keyVaultSecretsUserAssignment 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: keyVault
  name: guid(keyVault.id, functionApp.id, roleIds.keyVaultSecretsUser)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleIds.keyVaultSecretsUser)
    principalId: functionApp.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

var keyVaultSecretsBaseUri = '${keyVault.properties.vaultUri}secrets/' // vaultUri ends with '/'

func keyVaultReference(secretUri string) string => '@Microsoft.KeyVault(SecretUri=${secretUri})'

var storageConnectionReference = keyVaultReference(storageConnectionSecretUri)

// App settings are a separate resource so that they are written after the identity has its roles:
// the Key Vault references then resolve on the restart this write triggers. (The queues and tables
// exist already: this module waits for the storage module.)
resource functionAppSettings 'Microsoft.Web/sites/config@2025-03-01' = {
  parent: functionApp
  name: 'appsettings'
  properties: {
    // Functions host storage. The connection-string form (AzureWebJobsStorage) takes precedence and is
    // what the queue triggers use (connection "AzureWebJobsStorage"). The identity-based form is kept
    // alongside (the roles above are granted) so that switching to identity-only is deleting one line.
    AzureWebJobsStorage: storageConnectionReference
    AzureWebJobsStorage__accountName: storage.name

    APPLICATIONINSIGHTS_CONNECTION_STRING: appInsights.properties.ConnectionString

    // The application's own settings (see local.settings.sample.json at the repository root).
    App__PublicBaseUrl: 'https://${staticWebAppHostname}'
    Storage__ConnectionString: storageConnectionReference

    Smtp__Host: 'smtp.azurecomm.net'
    Smtp__Port: '587'
    Smtp__UseStartTls: 'true'
    Smtp__UserName: smtpUserName
    Smtp__Password: keyVaultReference('${keyVaultSecretsBaseUri}${operatorSecretNames.smtpPassword}')
    Smtp__From: empty(smtpFrom) ? 'DoNotReply@${emailSenderDomain}' : smtpFrom

    Stripe__SecretKey: keyVaultReference('${keyVaultSecretsBaseUri}${operatorSecretNames.stripeSecretKey}')
    Stripe__WebhookSecret: keyVaultReference('${keyVaultSecretsBaseUri}${operatorSecretNames.stripeWebhookSecret}')

    Finance__DebtorName: finance.debtorName
    Finance__DebtorIban: finance.debtorIban
    Finance__DebtorBic: finance.debtorBic
    Finance__NotifyEmail: finance.notifyEmail
    Finance__PayoutSchedule: finance.payoutSchedule
    Finance__TimeZone: 'Europe/Paris'
  }
  dependsOn: [
    storageRoleAssignments
    keyVaultSecretsUserAssignment
  ]
}

output name string = functionApp.name
output id string = functionApp.id
output defaultHostname string = functionApp.properties.defaultHostName
