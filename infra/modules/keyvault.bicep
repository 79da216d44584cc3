// Key Vault (RBAC authorization), the one secret this template writes, and the optional operator role.
//
// The storage connection string is built here from listKeys() on the existing storage account, so the
// account key never leaves this module. The operator creates the other secrets (see main.bicep).

@description('Region of the vault.')
param location string

@description('Key Vault name.')
param keyVaultName string

@description('Key Vault purge protection (irreversible once enabled).')
param enablePurgeProtection bool

@description('Optional object id of a user or group given "Key Vault Secrets Officer". Empty = none.')
param keyVaultOperatorPrincipalId string

@description('Existing storage account whose connection string is stored in the vault.')
param storageAccountName string

@description('Name of the Key Vault secret that holds the storage connection string.')
param storageConnectionSecretName string

// Built-in role definition id.
var keyVaultSecretsOfficerRoleId = 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7'

resource storage 'Microsoft.Storage/storageAccounts@2025-06-01' existing = {
  name: storageAccountName
}

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

// The one secret this template writes. The operator sets the others (see main.bicep and the README).
resource storageConnectionSecret 'Microsoft.KeyVault/vaults/secrets@2025-05-01' = {
  parent: keyVault
  name: storageConnectionSecretName
  properties: {
    contentType: 'Azure Storage connection string'
    value: 'DefaultEndpointsProtocol=https;AccountName=${storage.name};AccountKey=${storage.listKeys().keys[0].value};EndpointSuffix=${environment().suffixes.storage}'
  }
}

resource keyVaultSecretsOfficerAssignment 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(keyVaultOperatorPrincipalId)) {
  scope: keyVault
  name: guid(keyVault.id, keyVaultOperatorPrincipalId, keyVaultSecretsOfficerRoleId)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsOfficerRoleId)
    principalId: keyVaultOperatorPrincipalId
  }
}

output name string = keyVault.name
output vaultUri string = keyVault.properties.vaultUri
// The secret's URI (no version), not its value: used for the Key Vault references in the app settings.
output storageConnectionSecretUri string = storageConnectionSecret.properties.secretUri
