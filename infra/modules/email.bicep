// Communication Services email (SMTP relay smtp.azurecomm.net): Email Communication Service with an
// Azure-managed domain, and the Communication Services resource the domain is linked to.

@description('Name of the Email Communication Service.')
param emailServiceName string

@description('Name of the Communication Services resource.')
param communicationServiceName string

@description('Where Communication Services stores its data at rest.')
param communicationDataLocation string

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

output communicationServiceName string = communicationService.name
output senderDomain string = emailDomain.properties.mailFromSenderDomain
