// Azure resources of Relances, deployed by `atk provision` (m365agents.yml, arm/deploy) or by hand
// with `az deployment group create -g <group> -f infra/azure.bicep -p infra/azure.parameters.json`
// (fill the ${{…}} placeholders yourself then: see the README, « Deploying to Azure »).
//
// Checked offline by test/unit/infra.test.ts (parameters, outputs, app settings, placeholders); the
// real compilation is `az bicep build --file infra/azure.bicep`, which needs the Bicep CLI and is
// not run here.
//
// Follows the Microsoft 365 Agents Toolkit's own bot template, templates/vsc/ts/default-bot/infra/
// azure.bicep (OfficeDev/microsoft-365-agents-toolkit): App Service plan + web app with HTTPS only
// and Always On, WEBSITE_RUN_FROM_PACKAGE and WEBSITE_NODE_DEFAULT_VERSION settings, the bot
// registration as a module (./botRegistration/azurebot.bicep), outputs written to env/.env.<env>.
// It differs where Relances needs it, each time said below: Linux and Node 22 LTS, a storage account
// reached with the web app's managed identity, a single-tenant bot with a client secret, and the
// app settings Relances reads.

@maxLength(20)
@minLength(4)
@description('Used to generate names for all resources in this file')
param resourceBaseName string

@description('App Service plan SKU: B1 (Basic, ≈ 13 $/month on Linux) keeps Always On')
param webAppSku string = 'B1'

@maxLength(42)
param botDisplayName string = 'Relances'

@description('The Agents Toolkit environment (dev, prod…): APP_ENV, which env/.env.<env> file the app reads')
param appEnv string

@description('The bot\'s Entra application (client) id, written by aadApp/create')
param botAadAppClientId string

@description('The tenant of the single-tenant bot, written by aadApp/create')
param botTenantId string

@secure()
@description('The bot\'s client secret, written by aadApp/create (SECRET_BOT_PASSWORD)')
param botAadAppClientSecret string

@secure()
@minLength(32)
@description('HMAC key of the links to documents (DOCUMENT_SIGNING_KEY, at least 32 characters)')
param documentSigningKey string

@secure()
@description('Key of POST /api/jobs/daily (JOB_KEY, at least 16 characters); empty: the route refuses everything')
param jobKey string = ''

@allowed([
  'smtp'
  'graph'
])
@description('How e-mails leave: smtp (SMTP_URL) or graph (Microsoft Graph sendMail from a shared mailbox)')
param mailTransport string = 'graph'

param mailFrom string = ''

@secure()
@description('smtp://user:password@host:587 with mailTransport smtp')
param smtpUrl string = ''

param graphTenantId string = ''
param graphClientId string = ''

@secure()
param graphClientSecret string = ''

param graphSender string = ''

@description('Credit controllers (may act), comma-separated e-mails')
param controllerEmails string
param backupControllerEmails string = ''
param directorEmails string = ''

@description('The container of generated documents (BLOB_CONTAINER; the app\'s default)')
param documentsContainerName string = 'relances-documents'

param location string = resourceGroup().location

// Web app names are global (*.azurewebsites.net): the resource group's hash keeps them unique.
param webAppName string = '${resourceBaseName}-${uniqueString(resourceGroup().id)}'
param serverfarmsName string = resourceBaseName
param storageAccountName string = 'st${uniqueString(resourceGroup().id, resourceBaseName)}'

// Built-in role definitions (https://learn.microsoft.com/azure/role-based-access-control/built-in-roles).
var storageTableDataContributor = '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
var storageBlobDataContributor = 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'

// Compute resources for the web app. As the template's serverfarm, but Linux (`reserved: true`):
// Node 22 LTS images and the App Service Linux start command.
resource serverfarm 'Microsoft.Web/serverfarms@2023-12-01' = {
  kind: 'linux'
  location: location
  name: serverfarmsName
  sku: {
    name: webAppSku
  }
  properties: {
    reserved: true
  }
}

// The web app that hosts the bot: as the template's webApp (httpsOnly, alwaysOn — the 08:00 job
// needs the app awake), on Linux with Node 22 LTS, the production entry point (not `npm start`,
// which starts Azurite and the Playground), a health check on /healthz, FTP off, TLS 1.2, and a
// system-assigned identity that reaches storage without any secret.
resource webApp 'Microsoft.Web/sites@2023-12-01' = {
  kind: 'app,linux'
  location: location
  name: webAppName
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    serverFarmId: serverfarm.id
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: 'NODE|22-lts'
      appCommandLine: 'node dist/src/server/main.js'
      alwaysOn: true
      healthCheckPath: '/healthz'
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      http20Enabled: true
    }
  }
}

// Tables (invoices, journal, leases…) and the documents' blobs. Not in the template (its bot keeps
// no data); locked down: HTTPS only, TLS 1.2, no anonymous blob access.
resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: storageAccountName
  location: location
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    allowBlobPublicAccess: false
    supportsHttpsTrafficOnly: true
    accessTier: 'Hot'
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: storage
  name: 'default'
}

// The app also creates it if missing; created here so the first document never waits for it.
resource documentsContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobService
  name: documentsContainerName
  properties: {
    publicAccess: 'None'
  }
}

// The web app's identity may read and write tables and blobs of this account, nothing else.
resource tableRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, webApp.id, storageTableDataContributor)
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageTableDataContributor)
    principalId: webApp.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

resource blobRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, webApp.id, storageBlobDataContributor)
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageBlobDataContributor)
    principalId: webApp.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

// The app settings, as the Teams Toolkit's azureWebAppBotConfig.bicep (a sites/config `appsettings`
// resource, so that PUBLIC_BASE_URL can use the host name Azure gives the site). Settings not listed
// here (company identity, law firm, schedule…) come from env/.env.<appEnv>, deployed with the code;
// app settings win over that file. Secrets come only from @secure() parameters.
resource appSettings 'Microsoft.Web/sites/config@2023-12-01' = {
  parent: webApp
  name: 'appsettings'
  properties: {
    // As the template: run from the uploaded package, node_modules and dist/ built by `atk deploy`.
    WEBSITE_RUN_FROM_PACKAGE: '1'
    SCM_DO_BUILD_DURING_DEPLOYMENT: 'false'
    // As the template; on Linux the runtime is linuxFxVersion (NODE|22-lts), this only agrees with it.
    WEBSITE_NODE_DEFAULT_VERSION: '~22'
    APP_ENV: appEnv
    NODE_ENV: 'production'
    // Writable and kept across restarts on App Service Linux (the package itself is read-only);
    // not /home/data, where App Service keeps the deployed packages. Production writes little
    // there: the signing key is a setting and mail leaves by SMTP or Graph.
    DATA_DIR: '/home/relances'
    BOT_ID: botAadAppClientId
    BOT_TENANT_ID: botTenantId
    BOT_TYPE: 'SingleTenant'
    SECRET_BOT_PASSWORD: botAadAppClientSecret
    // Storage by managed identity: the account's endpoints, no key, no connection string.
    STORAGE_TABLE_ENDPOINT: storage.properties.primaryEndpoints.table
    STORAGE_BLOB_ENDPOINT: storage.properties.primaryEndpoints.blob
    BLOB_CONTAINER: documentsContainerName
    PUBLIC_BASE_URL: 'https://${webApp.properties.defaultHostName}'
    DOCUMENT_SIGNING_KEY: documentSigningKey
    JOB_KEY: jobKey
    MAIL_TRANSPORT: mailTransport
    MAIL_FROM: mailFrom
    SMTP_URL: smtpUrl
    GRAPH_TENANT_ID: graphTenantId
    GRAPH_CLIENT_ID: graphClientId
    SECRET_GRAPH_CLIENT_SECRET: graphClientSecret
    GRAPH_SENDER: graphSender
    CONTROLLER_EMAILS: controllerEmails
    BACKUP_CONTROLLER_EMAILS: backupControllerEmails
    DIRECTOR_EMAILS: directorEmails
  }
}

// Register the web app as a bot with the Bot Framework (single tenant, Teams channel).
module azureBotRegistration './botRegistration/azurebot.bicep' = {
  name: 'Azure-Bot-registration'
  params: {
    resourceBaseName: resourceBaseName
    // Bot handles are global like web app names: the same unique name.
    botServiceName: webAppName
    botDisplayName: botDisplayName
    botAadAppClientId: botAadAppClientId
    botTenantId: botTenantId
    botAppDomain: webApp.properties.defaultHostName
  }
}

// Written to env/.env.<env> under their own names by arm/deploy
// (https://aka.ms/teamsfx-actions/arm-deploy); m365agents.yml's deploy step reads the first.
output BOT_AZURE_APP_SERVICE_RESOURCE_ID string = webApp.id
output BOT_DOMAIN string = webApp.properties.defaultHostName
output BOT_ENDPOINT string = 'https://${webApp.properties.defaultHostName}'
output STORAGE_ACCOUNT_NAME string = storage.name
