// Congress / event registration platform: everything one organisation needs, in one resource group.
//
//   az group create -n <rg> -l <region>
//   az deployment group create -g <rg> -f infra/main.bicep -p namePrefix=<prefix> [smtpUserName=...]
//
// See infra/README.md for the steps that follow (secrets, app package, static site, Stripe webhook).
//
// Secrets: Bicep writes only `storage-connection-string` into Key Vault (it is derived from the
// storage account keys). The operator creates the others after the first deployment:
//   stripe-secret-key, stripe-webhook-secret, smtp-password
// Until they exist, the corresponding Key Vault references in the app settings do not resolve.

targetScope = 'resourceGroup'

// ---------------------------------------------------------------------------------------------
// Parameters
// ---------------------------------------------------------------------------------------------

@description('Short prefix for every resource name (3-11 lowercase letters or digits). Names get a stable unique suffix.')
@minLength(3)
@maxLength(11)
param namePrefix string

@description('Region for everything except the Static Web App and the (global) Communication Services resources.')
param location string = resourceGroup().location

@description('Region of the Static Web App (the service exists in a few regions only).')
@allowed([
  'centralus'
  'eastasia'
  'eastus2'
  'westeurope'
  'westus2'
])
param staticWebAppLocation string = 'westeurope'

@description('Where Communication Services stores its data at rest.')
@allowed([
  'Africa'
  'Asia Pacific'
  'Australia'
  'Brazil'
  'Canada'
  'Europe'
  'France'
  'Germany'
  'India'
  'Japan'
  'Korea'
  'Norway'
  'Switzerland'
  'UAE'
  'UK'
  'United States'
])
param communicationDataLocation string = 'Europe'

@description('SMTP user name for Communication Services (an SMTP Username resource, or <acs-name>.<entra-app-id>.<tenant-id>). May stay empty on the first deployment; redeploy once it exists.')
param smtpUserName string = ''

@description('Sender address. Empty = DoNotReply@<the Azure-managed email domain>.')
param smtpFrom string = ''

@description('Upper bound for the Flex Consumption scale-out.')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int = 40

@description('Memory of each Flex Consumption instance.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

@description('Key Vault purge protection. Irreversible once enabled: a deleted vault (and its name) stays reserved for the retention period.')
param enablePurgeProtection bool = true

@description('Optional object id of a user or group that may manage the Key Vault secrets (role "Key Vault Secrets Officer"). Empty = none.')
param keyVaultOperatorPrincipalId string = ''

// ---------------------------------------------------------------------------------------------
// Names and lists (adding a container, queue or table is one line)
// ---------------------------------------------------------------------------------------------

var suffix = uniqueString(subscription().id, resourceGroup().id, namePrefix)

var logAnalyticsName = '${namePrefix}-log-${suffix}'
var appInsightsName = '${namePrefix}-appi-${suffix}'
var storageAccountName = take('${namePrefix}${suffix}', 24) // 3-24 lowercase letters/digits
var planName = '${namePrefix}-plan-${suffix}'
var functionAppName = '${namePrefix}-func-${suffix}'
var keyVaultName = 'kv-${namePrefix}-${take(suffix, 8)}' // at most 23 characters, starts with a letter
var emailServiceName = '${namePrefix}-email-${suffix}'
var communicationServiceName = '${namePrefix}-acs-${suffix}'
var staticWebAppName = '${namePrefix}-web-${suffix}'

// Flex Consumption deployment packages are uploaded to this blob container.
var deploymentContainerName = 'deployments'

var blobContainerNames = [
  'documents'
  'exports'
  'imports'
  'payouts'
  'photos'
  deploymentContainerName
]

var queueNames = [
  'email-outbox'
  'email-outbox-poison'
]

var tableNames = [
  'StaffAccounts'
  'EmailLog'
  'Events'
  'OutboxMessages'
]

// Key Vault secret names. Only the storage connection string is written by this template.
var storageConnectionSecretName = 'storage-connection-string'
var operatorSecretNames = {
  stripeSecretKey: 'stripe-secret-key'
  stripeWebhookSecret: 'stripe-webhook-secret'
  smtpPassword: 'smtp-password'
}

// Built-in role definition ids.
var roleIds = {
  keyVaultSecretsUser: '4633458b-17de-408a-b874-0445c86b69e6'
  keyVaultSecretsOfficer: 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7'
  storageBlobDataOwner: 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
  storageQueueDataContributor: '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
  storageTableDataContributor: '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
}

var storageRoleIds = [
  roleIds.storageBlobDataOwner // also what the Flex deployment container needs
  roleIds.storageQueueDataContributor
  roleIds.storageTableDataContributor
]

// ---------------------------------------------------------------------------------------------
// Monitoring
// ---------------------------------------------------------------------------------------------

resource logAnalytics 'Microsoft.OperationalInsights/workspaces@2025-07-01' = {
  name: logAnalyticsName
  location: location
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: 30
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: appInsightsName
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logAnalytics.id
  }
}

// ---------------------------------------------------------------------------------------------
// Storage: tables, blobs, queues
// ---------------------------------------------------------------------------------------------

resource storage 'Microsoft.Storage/storageAccounts@2025-06-01' = {
  name: storageAccountName
  location: location
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    accessTier: 'Hot'
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
    allowCrossTenantReplication: false
    // The app and the queue triggers use a connection string (kept in Key Vault), so shared keys stay on.
    allowSharedKeyAccess: true
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2025-06-01' = {
  parent: storage
  name: 'default'
  properties: {
    deleteRetentionPolicy: {
      enabled: true
      days: 7
    }
    containerDeleteRetentionPolicy: {
      enabled: true
      days: 7
    }
  }
}

resource blobContainers 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-06-01' = [
  for name in blobContainerNames: {
    parent: blobService
    name: name
    properties: {
      publicAccess: 'None'
    }
  }
]

resource queueService 'Microsoft.Storage/storageAccounts/queueServices@2025-06-01' = {
  parent: storage
  name: 'default'
}

resource queues 'Microsoft.Storage/storageAccounts/queueServices/queues@2025-06-01' = [
  for name in queueNames: {
    parent: queueService
    name: name
  }
]

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2025-06-01' = {
  parent: storage
  name: 'default'
}

resource tables 'Microsoft.Storage/storageAccounts/tableServices/tables@2025-06-01' = [
  for name in tableNames: {
    parent: tableService
    name: name
  }
]

// ---------------------------------------------------------------------------------------------
// Key Vault
// ---------------------------------------------------------------------------------------------

resource keyVault 'Microsoft.KeyVault/vaults@2025-05-01' = {
  name: keyVaultName
  location: location
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    // The service rejects `false` once set and does not accept it explicitly: send null to leave it off.
    enablePurgeProtection: enablePurgeProtection ? true : null
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      defaultAction: 'Allow'
      bypass: 'AzureServices'
    }
  }
}

// The one secret this template writes. The operator sets the others (see the header and README).
resource storageConnectionSecret 'Microsoft.KeyVault/vaults/secrets@2025-05-01' = {
  parent: keyVault
  name: storageConnectionSecretName
  properties: {
    contentType: 'Azure Storage connection string'
    value: 'DefaultEndpointsProtocol=https;AccountName=${storage.name};AccountKey=${storage.listKeys().keys[0].value};EndpointSuffix=${environment().suffixes.storage}'
  }
}

// ---------------------------------------------------------------------------------------------
// Function App: Flex Consumption, custom handler (the ASP.NET Core app)
// ---------------------------------------------------------------------------------------------

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
  dependsOn: [
    blobContainers // the deployment container must exist
  ]
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

resource keyVaultSecretsOfficerAssignment 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(keyVaultOperatorPrincipalId)) {
  scope: keyVault
  name: guid(keyVault.id, keyVaultOperatorPrincipalId, roleIds.keyVaultSecretsOfficer)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleIds.keyVaultSecretsOfficer)
    principalId: keyVaultOperatorPrincipalId
  }
}

var keyVaultSecretsBaseUri = '${keyVault.properties.vaultUri}secrets/' // vaultUri ends with '/'

func keyVaultReference(secretUri string) string => '@Microsoft.KeyVault(SecretUri=${secretUri})'

var storageConnectionReference = keyVaultReference(storageConnectionSecret.properties.secretUri)

// App settings are a separate resource so that they are written after the identity has its roles:
// the Key Vault references then resolve on the restart this write triggers.
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
    App__PublicBaseUrl: 'https://${staticWebApp.properties.defaultHostname}'
    Storage__ConnectionString: storageConnectionReference

    Smtp__Host: 'smtp.azurecomm.net'
    Smtp__Port: '587'
    Smtp__UseStartTls: 'true'
    Smtp__UserName: smtpUserName
    Smtp__Password: keyVaultReference('${keyVaultSecretsBaseUri}${operatorSecretNames.smtpPassword}')
    Smtp__From: empty(smtpFrom) ? 'DoNotReply@${emailDomain.properties.mailFromSenderDomain}' : smtpFrom

    Stripe__SecretKey: keyVaultReference('${keyVaultSecretsBaseUri}${operatorSecretNames.stripeSecretKey}')
    Stripe__WebhookSecret: keyVaultReference('${keyVaultSecretsBaseUri}${operatorSecretNames.stripeWebhookSecret}')
  }
  dependsOn: [
    storageRoleAssignments
    keyVaultSecretsUserAssignment
    queues
    tables
  ]
}

// ---------------------------------------------------------------------------------------------
// Communication Services email (SMTP relay smtp.azurecomm.net)
// ---------------------------------------------------------------------------------------------

resource emailService 'Microsoft.Communication/emailServices@2025-05-01' = {
  name: emailServiceName
  location: 'global'
  properties: {
    dataLocation: communicationDataLocation
  }
}

resource emailDomain 'Microsoft.Communication/emailServices/domains@2025-05-01' = {
  parent: emailService
  name: 'AzureManagedDomain'
  location: 'global'
  properties: {
    domainManagement: 'AzureManaged'
    userEngagementTracking: 'Disabled'
  }
}

resource communicationService 'Microsoft.Communication/communicationServices@2025-05-01' = {
  name: communicationServiceName
  location: 'global'
  properties: {
    dataLocation: communicationDataLocation
    linkedDomains: [
      emailDomain.id
    ]
  }
}

// ---------------------------------------------------------------------------------------------
// Static Web App (front end) with the Function App as its /api backend
// ---------------------------------------------------------------------------------------------

resource staticWebApp 'Microsoft.Web/staticSites@2025-03-01' = {
  name: staticWebAppName
  location: staticWebAppLocation
  sku: {
    // Linked backends ("bring your own functions") need Standard.
    name: 'Standard'
    tier: 'Standard'
  }
  properties: {
    allowConfigFileUpdates: true
  }
}

resource staticWebAppBackend 'Microsoft.Web/staticSites/linkedBackends@2025-03-01' = {
  parent: staticWebApp
  name: 'functions'
  properties: {
    backendResourceId: functionApp.id
    region: location
  }
  dependsOn: [
    functionAppSettings // linking edits the site's auth configuration: do it after the settings write
  ]
}

// ---------------------------------------------------------------------------------------------
// Outputs (no secrets)
// ---------------------------------------------------------------------------------------------

output functionAppName string = functionApp.name
output functionAppDefaultHostname string = functionApp.properties.defaultHostName
output staticWebAppName string = staticWebApp.name
output staticWebAppHostname string = staticWebApp.properties.defaultHostname
output storageAccountName string = storage.name
output keyVaultName string = keyVault.name
output keyVaultUri string = keyVault.properties.vaultUri
output communicationServiceName string = communicationService.name
output emailSenderDomain string = emailDomain.properties.mailFromSenderDomain
output stripeWebhookUrl string = 'https://${staticWebApp.properties.defaultHostname}/api/payments/stripe/webhook'
