// Congress / event registration platform: everything one organisation needs, in one resource group.
// This file only composes the modules in ./modules (one per concern); the resources live there.
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

@description('Provider payouts: the paying account of the organiser (SEPA debtor) and who is told when a payout file is dropped.')
param finance object = {
  debtorName: ''
  debtorIban: ''
  debtorBic: ''
  notifyEmail: ''
  payoutSchedule: 'Monday 06:00'
}

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

// ---------------------------------------------------------------------------------------------
// Modules
//
// Ordering comes from passing module outputs (a module waits for everything in the modules whose
// outputs it uses), so keep passing outputs where noted rather than the name variables above:
//   storage -> keyVault (the secret reads the account keys)
//   storage, keyVault, monitoring, email, staticWebApp -> functionApp
//     (deployment container, queues and tables exist before the site and its app settings;
//      inside the module: site -> role assignments -> app settings)
//   functionApp -> staticWebAppBackend (linked after the app settings are written)
// ---------------------------------------------------------------------------------------------

module monitoring 'modules/monitoring.bicep' = {
  params: {
    location: location
    logAnalyticsName: logAnalyticsName
    appInsightsName: appInsightsName
  }
}

module storage 'modules/storage.bicep' = {
  params: {
    location: location
    storageAccountName: storageAccountName
    blobContainerNames: blobContainerNames
    queueNames: queueNames
    tableNames: tableNames
  }
}

module keyVault 'modules/keyvault.bicep' = {
  params: {
    location: location
    keyVaultName: keyVaultName
    enablePurgeProtection: enablePurgeProtection
    keyVaultOperatorPrincipalId: keyVaultOperatorPrincipalId
    storageAccountName: storage.outputs.name
    storageConnectionSecretName: storageConnectionSecretName
  }
}

module email 'modules/email.bicep' = {
  params: {
    emailServiceName: emailServiceName
    communicationServiceName: communicationServiceName
    communicationDataLocation: communicationDataLocation
  }
}

module staticWebApp 'modules/staticwebapp.bicep' = {
  params: {
    location: staticWebAppLocation
    staticWebAppName: staticWebAppName
  }
}

module functionApp 'modules/functionapp.bicep' = {
  params: {
    location: location
    planName: planName
    functionAppName: functionAppName
    maximumInstanceCount: maximumInstanceCount
    instanceMemoryMB: instanceMemoryMB
    storageAccountName: storage.outputs.name
    deploymentContainerName: deploymentContainerName
    keyVaultName: keyVault.outputs.name
    storageConnectionSecretUri: keyVault.outputs.storageConnectionSecretUri
    operatorSecretNames: operatorSecretNames
    appInsightsName: monitoring.outputs.appInsightsName
    staticWebAppHostname: staticWebApp.outputs.defaultHostname
    emailSenderDomain: email.outputs.senderDomain
    smtpUserName: smtpUserName
    smtpFrom: smtpFrom
    finance: finance
  }
}

module staticWebAppBackend 'modules/staticwebapp-backend.bicep' = {
  params: {
    staticWebAppName: staticWebApp.outputs.name
    functionAppId: functionApp.outputs.id
    functionAppLocation: location
  }
}

// ---------------------------------------------------------------------------------------------
// Outputs (no secrets)
// ---------------------------------------------------------------------------------------------

output functionAppName string = functionApp.outputs.name
output functionAppDefaultHostname string = functionApp.outputs.defaultHostname
output staticWebAppName string = staticWebApp.outputs.name
output staticWebAppHostname string = staticWebApp.outputs.defaultHostname
output storageAccountName string = storage.outputs.name
output keyVaultName string = keyVault.outputs.name
output keyVaultUri string = keyVault.outputs.vaultUri
output communicationServiceName string = email.outputs.communicationServiceName
output emailSenderDomain string = email.outputs.senderDomain
output stripeWebhookUrl string = 'https://${staticWebApp.outputs.defaultHostname}/api/payments/stripe/webhook'
