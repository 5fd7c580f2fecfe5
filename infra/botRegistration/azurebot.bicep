// The Azure Bot registration of Relances and its Teams channel.
//
// Follows the Microsoft 365 Agents Toolkit bot templates' `infra/botRegistration/azurebot.bicep`
// (templates/vsc/ts/default-bot in OfficeDev/microsoft-365-agents-toolkit: Azure Bot `azurebot`,
// location global, SKU F0, endpoint https://<domain>/api/messages, MsTeamsChannel), with the
// single-tenant registration of the toolkit's Microsoft-Teams-Samples `M365Agent/infra/azure.bicep`
// (msaAppType SingleTenant + msaAppTenantId) instead of the template's user-assigned identity:
// m365agents.yml creates an Entra app with a client secret (aadApp/create), not a managed identity.

@maxLength(20)
@minLength(4)
@description('Used to generate names for all resources in this file')
param resourceBaseName string

@maxLength(42)
param botDisplayName string

param botServiceName string = resourceBaseName

@description('F0 is free for the standard channels, Teams included')
param botServiceSku string = 'F0'

@description('The bot\'s Entra application (client) id: BOT_ID')
param botAadAppClientId string

@description('The tenant of the single-tenant Entra application: BOT_TENANT_ID')
param botTenantId string

@description('Host name of the web app serving /api/messages')
param botAppDomain string

// Register the web service as a bot with the Bot Framework (single tenant).
resource botService 'Microsoft.BotService/botServices@2022-09-15' = {
  kind: 'azurebot'
  location: 'global'
  name: botServiceName
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${botAppDomain}/api/messages'
    msaAppId: botAadAppClientId
    msaAppType: 'SingleTenant'
    msaAppTenantId: botTenantId
  }
  sku: {
    name: botServiceSku
  }
}

// Connect the bot service to Microsoft Teams.
resource botServiceMsTeamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: botService
  location: 'global'
  name: 'MsTeamsChannel'
  properties: {
    channelName: 'MsTeamsChannel'
  }
}
