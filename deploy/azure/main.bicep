// KT Event Marketing on Azure: one resource group per environment.
//   az deployment group create -g rg-kt-em-<env> -f deploy/azure/main.bicep -p deploy/azure/<env>.bicepparam
// dev: ~100 users, 95 %: one zone, burstable database, Kafka in the cluster (no Event Hubs).
// prod: ~10 000 users, 99.9 %: three zones everywhere, zone-redundant HA PostgreSQL, Event Hubs
// Premium. Names, subnets and secrets match deploy/k8s/overlays/<env>/azure-environment.yaml.
targetScope = 'resourceGroup'

@allowed(['dev', 'prod'])
param env string
param location string = 'koreacentral'
@description('Host name of the public site, e.g. event.example.com (DNS A record → the gateway IP).')
param publicHost string
@description('Key Vault secret id (versionless) of the TLS certificate (PFX) the gateway serves.')
param tlsCertificateSecretId string
@description('Entra ID group whose members administer the cluster (Azure RBAC for Kubernetes).')
param adminGroupObjectId string
@description('CIDRs allowed to reach the Kubernetes API server (CI runners, operators).')
param apiServerAuthorizedRanges array
@secure()
@description('PostgreSQL administrator password (the services use their own roles, see docs/operations.md).')
param postgresAdminPassword string
@description('VNet address space; the subnets are carved from it as in azure-environment.yaml.')
param addressPrefix string

var prod = env == 'prod'
var name = 'kt-em-${env}'
var zones = prod ? ['1', '2', '3'] : []
var namespace = 'kt-event-marketing'
var services = [
  'user-service'
  'event-service'
  'ai-service'
  'content-service'
  'participation-service'
  'distribution-service'
  'analytics-service'
  'web'
]
var topics = loadJsonContent('topics.json')
var databaseNames = map(filter(services, s => s != 'web'), s => replace(s, '-', '_'))
var federatedSubjects = concat(
  map(services, s => 'system:serviceaccount:${namespace}:${s}'),
  ['system:serviceaccount:kube-system:keda-operator']
)
// topics that carry one message per participant or page view get more partitions (more consumers)
var busyTopics = ['participation.event-viewed.v1', 'participation.participant-registered.v1']

// the sizes of the design, per environment
var size = {
  dev: {
    systemVm: 'Standard_D2s_v5'
    systemCount: 2
    userVm: ''
    userMin: 0
    userMax: 0
    aksTier: 'Free'
    postgresSku: { name: 'Standard_B2s', tier: 'Burstable' }
    postgresStorageGb: 32
    postgresBackupDays: 7
    redisSku: { name: 'Basic', family: 'C', capacity: 0 }
    gatewayMin: 0
    gatewayMax: 2
    logRetentionDays: 30
    acrSku: 'Basic'
    storageSku: 'Standard_LRS'
  }
  prod: {
    systemVm: 'Standard_D4s_v5'
    systemCount: 3
    userVm: 'Standard_D8s_v5'
    userMin: 3
    userMax: 12
    aksTier: 'Standard'
    postgresSku: { name: 'Standard_D4ds_v5', tier: 'GeneralPurpose' }
    postgresStorageGb: 256
    postgresBackupDays: 35
    redisSku: { name: 'Standard', family: 'C', capacity: 1 }
    gatewayMin: 2
    gatewayMax: 10
    logRetentionDays: 90
    acrSku: 'Premium'
    storageSku: 'Standard_ZRS'
  }
}[env]

// ---------------------------------------------------------------- network
// /20 nodes, /20 pods (Azure CNI, pods on a VNet subnet so the Application Gateway reaches them),
// /24 gateway, /24 PostgreSQL (delegated), /24 private endpoints
var subnets = {
  nodes: cidrSubnet(addressPrefix, 20, 0)
  pods: cidrSubnet(addressPrefix, 20, 1)
  appGateway: cidrSubnet(addressPrefix, 24, 32)
  postgres: cidrSubnet(addressPrefix, 24, 33)
  privateEndpoints: cidrSubnet(addressPrefix, 24, 34)
}

resource gatewayNsg 'Microsoft.Network/networkSecurityGroups@2024-05-01' = {
  name: 'nsg-${name}-appgw'
  location: location
  properties: {
    securityRules: [
      {
        name: 'https-from-internet'
        properties: {
          priority: 100
          direction: 'Inbound'
          access: 'Allow'
          protocol: 'Tcp'
          sourceAddressPrefix: 'Internet'
          sourcePortRange: '*'
          destinationAddressPrefix: '*'
          destinationPortRanges: ['80', '443']
        }
      }
      {
        name: 'gateway-manager' // required by Application Gateway v2
        properties: {
          priority: 110
          direction: 'Inbound'
          access: 'Allow'
          protocol: 'Tcp'
          sourceAddressPrefix: 'GatewayManager'
          sourcePortRange: '*'
          destinationAddressPrefix: '*'
          destinationPortRange: '65200-65535'
        }
      }
      {
        name: 'azure-load-balancer'
        properties: {
          priority: 120
          direction: 'Inbound'
          access: 'Allow'
          protocol: '*'
          sourceAddressPrefix: 'AzureLoadBalancer'
          sourcePortRange: '*'
          destinationAddressPrefix: '*'
          destinationPortRange: '*'
        }
      }
    ]
  }
}

resource vnet 'Microsoft.Network/virtualNetworks@2024-05-01' = {
  name: 'vnet-${name}'
  location: location
  properties: {
    addressSpace: { addressPrefixes: [addressPrefix] }
    subnets: [
      { name: 'snet-aks-nodes', properties: { addressPrefix: subnets.nodes } }
      { name: 'snet-aks-pods', properties: { addressPrefix: subnets.pods } }
      {
        name: 'snet-appgw'
        properties: { addressPrefix: subnets.appGateway, networkSecurityGroup: { id: gatewayNsg.id } }
      }
      {
        name: 'snet-postgres'
        properties: {
          addressPrefix: subnets.postgres
          delegations: [
            { name: 'postgres', properties: { serviceName: 'Microsoft.DBforPostgreSQL/flexibleServers' } }
          ]
        }
      }
      {
        name: 'snet-private-endpoints'
        properties: { addressPrefix: subnets.privateEndpoints, privateEndpointNetworkPolicies: 'Enabled' }
      }
    ]
  }
}

var subnetId = {
  nodes: resourceId('Microsoft.Network/virtualNetworks/subnets', vnet.name, 'snet-aks-nodes')
  pods: resourceId('Microsoft.Network/virtualNetworks/subnets', vnet.name, 'snet-aks-pods')
  appGateway: resourceId('Microsoft.Network/virtualNetworks/subnets', vnet.name, 'snet-appgw')
  postgres: resourceId('Microsoft.Network/virtualNetworks/subnets', vnet.name, 'snet-postgres')
  privateEndpoints: resourceId('Microsoft.Network/virtualNetworks/subnets', vnet.name, 'snet-private-endpoints')
}

// ---------------------------------------------------------------- observability
resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: 'log-${name}'
  location: location
  properties: {
    sku: { name: 'PerGB2018' }
    retentionInDays: size.logRetentionDays
  }
}

// managed Prometheus (the services' /actuator/prometheus, KEDA, kube-state-metrics)
resource prometheus 'Microsoft.Monitor/accounts@2023-04-03' = {
  name: 'amw-${name}'
  location: location
}

// OpenTelemetry traces (OTLP from the services through the Azure Monitor exporter or a collector)
resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: 'appi-${name}'
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logs.id
  }
}

// ---------------------------------------------------------------- identities
// the workloads' identity (Key Vault reads through the CSI driver, KEDA's lag reads)
resource workloadIdentity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: 'id-${name}-workload'
  location: location
}

resource gatewayIdentity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: 'id-${name}-appgw'
  location: location
}

// ---------------------------------------------------------------- Key Vault
resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: 'kv-${name}'
  location: location
  properties: {
    tenantId: subscription().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: prod ? true : null
    publicNetworkAccess: 'Disabled'
    networkAcls: { defaultAction: 'Deny', bypass: 'AzureServices' }
  }
}

var keyVaultSecretsUser = subscriptionResourceId(
  'Microsoft.Authorization/roleDefinitions',
  '4633458b-17de-408a-b874-0445c86b69e6'
)

resource workloadReadsSecrets 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, workloadIdentity.id, keyVaultSecretsUser)
  scope: vault
  properties: {
    roleDefinitionId: keyVaultSecretsUser
    principalId: workloadIdentity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource gatewayReadsCertificate 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, gatewayIdentity.id, keyVaultSecretsUser)
  scope: vault
  properties: {
    roleDefinitionId: keyVaultSecretsUser
    principalId: gatewayIdentity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

// ---------------------------------------------------------------- container registry
resource registry 'Microsoft.ContainerRegistry/registries@2023-07-01' = {
  name: 'acrktem${env}'
  location: location
  sku: { name: size.acrSku }
  properties: {
    adminUserEnabled: false
    zoneRedundancy: prod ? 'Enabled' : 'Disabled'
    publicNetworkAccess: prod ? 'Disabled' : 'Enabled'
    policies: prod ? { retentionPolicy: { status: 'enabled', days: 30 } } : {}
  }
}

// ---------------------------------------------------------------- Application Gateway + WAF
resource wafPolicy 'Microsoft.Network/ApplicationGatewayWebApplicationFirewallPolicies@2024-05-01' = {
  name: 'waf-${name}'
  location: location
  properties: {
    policySettings: {
      state: 'Enabled'
      mode: 'Prevention'
      requestBodyCheck: true
      maxRequestBodySizeInKb: 128
      fileUploadLimitInMb: 10
    }
    managedRules: {
      managedRuleSets: [
        { ruleSetType: 'Microsoft_DefaultRuleSet', ruleSetVersion: '2.1' }
        { ruleSetType: 'Microsoft_BotManagerRuleSet', ruleSetVersion: '1.1' }
      ]
    }
    customRules: [
      {
        // the public participation endpoints: a client address may not flood them
        name: 'PublicApiRateLimit'
        priority: 10
        ruleType: 'RateLimitRule'
        rateLimitDuration: 'OneMin'
        rateLimitThreshold: 300
        groupByUserSession: [{ groupByVariables: [{ variableName: 'ClientAddr' }] }]
        action: 'Block'
        matchConditions: [
          {
            matchVariables: [{ variableName: 'RequestUri' }]
            operator: 'BeginsWith'
            matchValues: ['/api/v1/public/']
            transforms: ['Lowercase']
          }
        ]
      }
      {
        // the services' management endpoints are never public (the edge blocks them too)
        name: 'NoActuator'
        priority: 20
        ruleType: 'MatchRule'
        action: 'Block'
        matchConditions: [
          {
            matchVariables: [{ variableName: 'RequestUri' }]
            operator: 'Contains'
            matchValues: ['/actuator']
            transforms: ['Lowercase', 'UrlDecode']
          }
        ]
      }
    ]
  }
}

resource gatewayIp 'Microsoft.Network/publicIPAddresses@2024-05-01' = {
  name: 'pip-${name}-appgw'
  location: location
  sku: { name: 'Standard' }
  zones: zones
  properties: {
    publicIPAllocationMethod: 'Static'
    dnsSettings: { domainNameLabel: 'kt-em-${env}-${uniqueString(resourceGroup().id)}' }
  }
}

var gatewayName = 'agw-${name}'
var gatewayId = resourceId('Microsoft.Network/applicationGateways', gatewayName)

// AGIC owns listeners, pools and rules from the Ingress; these are the minimum it starts from
resource gateway 'Microsoft.Network/applicationGateways@2024-05-01' = {
  name: gatewayName
  location: location
  zones: zones
  identity: { type: 'UserAssigned', userAssignedIdentities: { '${gatewayIdentity.id}': {} } }
  properties: {
    sku: { name: 'WAF_v2', tier: 'WAF_v2' }
    autoscaleConfiguration: { minCapacity: size.gatewayMin, maxCapacity: size.gatewayMax }
    firewallPolicy: { id: wafPolicy.id }
    enableHttp2: true
    sslPolicy: { policyType: 'Predefined', policyName: 'AppGwSslPolicy20220101S' }
    gatewayIPConfigurations: [{ name: 'gateway', properties: { subnet: { id: subnetId.appGateway } } }]
    frontendIPConfigurations: [{ name: 'public', properties: { publicIPAddress: { id: gatewayIp.id } } }]
    frontendPorts: [
      { name: 'https', properties: { port: 443 } }
      { name: 'http', properties: { port: 80 } }
    ]
    sslCertificates: [
      { name: 'kt-event-marketing-tls', properties: { keyVaultSecretId: tlsCertificateSecretId } }
    ]
    backendAddressPools: [{ name: 'bootstrap', properties: {} }]
    backendHttpSettingsCollection: [
      {
        name: 'bootstrap'
        properties: { port: 8080, protocol: 'Http', requestTimeout: 30 }
      }
    ]
    httpListeners: [
      {
        name: 'bootstrap'
        properties: {
          frontendIPConfiguration: { id: '${gatewayId}/frontendIPConfigurations/public' }
          frontendPort: { id: '${gatewayId}/frontendPorts/http' }
          protocol: 'Http'
        }
      }
    ]
    requestRoutingRules: [
      {
        name: 'bootstrap'
        properties: {
          ruleType: 'Basic'
          priority: 20000
          httpListener: { id: '${gatewayId}/httpListeners/bootstrap' }
          backendAddressPool: { id: '${gatewayId}/backendAddressPools/bootstrap' }
          backendHttpSettings: { id: '${gatewayId}/backendHttpSettingsCollection/bootstrap' }
        }
      }
    ]
  }
  dependsOn: [gatewayReadsCertificate, vnet]
}

resource gatewayDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'waf-to-log-analytics'
  scope: gateway
  properties: {
    workspaceId: logs.id
    logs: [
      { category: 'ApplicationGatewayAccessLog', enabled: true }
      { category: 'ApplicationGatewayFirewallLog', enabled: true }
    ]
    metrics: [{ category: 'AllMetrics', enabled: true }]
  }
}

// ---------------------------------------------------------------- AKS
resource cluster 'Microsoft.ContainerService/managedClusters@2024-09-01' = {
  name: 'aks-${name}'
  location: location
  sku: { name: 'Base', tier: size.aksTier }
  identity: { type: 'SystemAssigned' }
  properties: {
    kubernetesVersion: '1.33'
    dnsPrefix: 'aks-${name}'
    enableRBAC: true
    disableLocalAccounts: true
    aadProfile: { managed: true, enableAzureRBAC: true, adminGroupObjectIDs: [adminGroupObjectId] }
    apiServerAccessProfile: { authorizedIPRanges: apiServerAuthorizedRanges }
    autoUpgradeProfile: { upgradeChannel: 'patch', nodeOSUpgradeChannel: 'NodeImage' }
    oidcIssuerProfile: { enabled: true }
    securityProfile: {
      workloadIdentity: { enabled: true }
      imageCleaner: { enabled: true, intervalHours: 48 }
    }
    agentPoolProfiles: concat(
      [
        {
          name: 'system'
          mode: 'System'
          vmSize: size.systemVm
          count: size.systemCount
          enableAutoScaling: true
          minCount: size.systemCount
          maxCount: size.systemCount + 1
          availabilityZones: prod ? zones : null
          osType: 'Linux'
          osSKU: 'AzureLinux'
          osDiskSizeGB: 128
          vnetSubnetID: subnetId.nodes
          podSubnetID: subnetId.pods
          maxPods: 60
          // prod keeps the applications off the system nodes; dev runs everything on them
          nodeTaints: prod ? ['CriticalAddonsOnly=true:NoSchedule'] : []
          upgradeSettings: { maxSurge: '33%' }
        }
      ],
      prod
        ? [
            {
              name: 'apps'
              mode: 'User'
              vmSize: size.userVm
              count: size.userMin
              enableAutoScaling: true
              minCount: size.userMin
              maxCount: size.userMax
              availabilityZones: prod ? zones : null
              osType: 'Linux'
              osSKU: 'AzureLinux'
              osDiskSizeGB: 128
              vnetSubnetID: subnetId.nodes
              podSubnetID: subnetId.pods
              maxPods: 60
              upgradeSettings: { maxSurge: '33%' }
            }
          ]
        : []
    )
    networkProfile: {
      networkPlugin: 'azure'
      networkDataplane: 'cilium'
      networkPolicy: 'cilium'
      loadBalancerSku: 'standard'
      outboundType: 'loadBalancer'
      serviceCidr: '172.16.0.0/16'
      dnsServiceIP: '172.16.0.10'
    }
    workloadAutoScalerProfile: { keda: { enabled: true } }
    azureMonitorProfile: { metrics: { enabled: true } }
    addonProfiles: {
      azureKeyvaultSecretsProvider: {
        enabled: true
        config: { enableSecretRotation: 'true', rotationPollInterval: '2m' }
      }
      ingressApplicationGateway: { enabled: true, config: { applicationGatewayId: gateway.id } }
      omsagent: { enabled: true, config: { logAnalyticsWorkspaceResourceID: logs.id } }
      azurepolicy: { enabled: true }
    }
  }
}

// the cluster manages its load balancer and node/pod NICs in our VNet; AGIC (the add-on's identity)
// writes the gateway's configuration and assigns it the gateway identity
var networkContributor = subscriptionResourceId(
  'Microsoft.Authorization/roleDefinitions',
  '4d97b98b-1d4f-4787-a291-c67834d212e7'
)
var contributor = subscriptionResourceId('Microsoft.Authorization/roleDefinitions', 'b24988ac-6180-42a0-ab88-20f7382dd24c')
var reader = subscriptionResourceId('Microsoft.Authorization/roleDefinitions', 'acdd72a7-3385-48ef-bd42-f606fba81ae7')
var managedIdentityOperator = subscriptionResourceId(
  'Microsoft.Authorization/roleDefinitions',
  'f1a07417-d97a-45cb-824c-7a7467783830'
)

resource clusterNetwork 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vnet.id, cluster.id, 'network')
  scope: vnet
  properties: {
    roleDefinitionId: networkContributor
    principalId: cluster.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

resource agicGateway 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(gateway.id, cluster.id, 'agic')
  scope: gateway
  properties: {
    roleDefinitionId: contributor
    principalId: cluster.properties.addonProfiles.ingressApplicationGateway.identity.objectId
    principalType: 'ServicePrincipal'
  }
}

resource agicNetwork 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vnet.id, cluster.id, 'agic-network')
  scope: vnet
  properties: {
    roleDefinitionId: networkContributor
    principalId: cluster.properties.addonProfiles.ingressApplicationGateway.identity.objectId
    principalType: 'ServicePrincipal'
  }
}

resource agicReader 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(resourceGroup().id, cluster.id, 'agic-reader')
  properties: {
    roleDefinitionId: reader
    principalId: cluster.properties.addonProfiles.ingressApplicationGateway.identity.objectId
    principalType: 'ServicePrincipal'
  }
}

resource agicIdentity 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(gatewayIdentity.id, cluster.id, 'agic-identity')
  scope: gatewayIdentity
  properties: {
    roleDefinitionId: managedIdentityOperator
    principalId: cluster.properties.addonProfiles.ingressApplicationGateway.identity.objectId
    principalType: 'ServicePrincipal'
  }
}

// kubelet pulls from the registry
resource kubeletPulls 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(registry.id, cluster.id, 'acrpull')
  scope: registry
  properties: {
    roleDefinitionId: subscriptionResourceId(
      'Microsoft.Authorization/roleDefinitions',
      '7f951dda-4ed3-4680-a7ca-43fe172d538f'
    )
    principalId: cluster.properties.identityProfile.kubeletidentity.objectId
    principalType: 'ServicePrincipal'
  }
}

// each service account of the namespace, and KEDA's operator, may act as the workload identity
@batchSize(1)
resource federation 'Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials@2023-01-31' = [
  for subject in federatedSubjects: {
    parent: workloadIdentity
    name: replace(replace(subject, 'system:serviceaccount:', ''), ':', '-')
    properties: {
      issuer: cluster.properties.oidcIssuerProfile.issuerURL
      subject: subject
      audiences: ['api://AzureADTokenExchange']
    }
  }
]

// ---------------------------------------------------------------- PostgreSQL
resource postgresDns 'Microsoft.Network/privateDnsZones@2024-06-01' = {
  name: 'psql-${name}.private.postgres.database.azure.com'
  location: 'global'
}

resource postgresDnsLink 'Microsoft.Network/privateDnsZones/virtualNetworkLinks@2024-06-01' = {
  parent: postgresDns
  name: 'vnet'
  location: 'global'
  properties: { virtualNetwork: { id: vnet.id }, registrationEnabled: false }
}

resource postgres 'Microsoft.DBforPostgreSQL/flexibleServers@2024-08-01' = {
  name: 'psql-${name}'
  location: location
  sku: size.postgresSku
  properties: {
    version: '17'
    administratorLogin: 'ktadmin'
    administratorLoginPassword: postgresAdminPassword
    storage: { storageSizeGB: size.postgresStorageGb, autoGrow: 'Enabled' }
    backup: {
      backupRetentionDays: size.postgresBackupDays
      geoRedundantBackup: prod ? 'Enabled' : 'Disabled'
    }
    highAvailability: prod ? { mode: 'ZoneRedundant', standbyAvailabilityZone: '2' } : { mode: 'Disabled' }
    availabilityZone: prod ? '1' : null
    network: {
      delegatedSubnetResourceId: subnetId.postgres
      privateDnsZoneArmResourceId: postgresDns.id
      publicNetworkAccess: 'Disabled'
    }
    authConfig: { activeDirectoryAuth: 'Enabled', passwordAuth: 'Enabled', tenantId: subscription().tenantId }
  }
  dependsOn: [postgresDnsLink]
}

resource databases 'Microsoft.DBforPostgreSQL/flexibleServers/databases@2024-08-01' = [
  for database in databaseNames: {
    parent: postgres
    name: database
    properties: { charset: 'UTF8', collation: 'en_US.utf8' }
  }
]

resource postgresTls 'Microsoft.DBforPostgreSQL/flexibleServers/configurations@2024-08-01' = {
  parent: postgres
  name: 'require_secure_transport'
  properties: { value: 'on', source: 'user-override' }
}

// ---------------------------------------------------------------- Redis
resource redis 'Microsoft.Cache/redis@2024-03-01' = {
  name: 'redis-${name}'
  location: location
  properties: {
    sku: size.redisSku
    enableNonSslPort: false
    minimumTlsVersion: '1.2'
    publicNetworkAccess: 'Disabled'
    redisVersion: '6'
  }
}

// ---------------------------------------------------------------- image store
resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: 'stktem${env}${take(uniqueString(resourceGroup().id), 6)}'
  location: location
  kind: 'StorageV2'
  sku: { name: size.storageSku }
  properties: {
    allowBlobPublicAccess: false
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    publicNetworkAccess: 'Disabled'
    networkAcls: { defaultAction: 'Deny', bypass: 'AzureServices' }
  }
}

resource blobs 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: storage
  name: 'default'
  properties: { deleteRetentionPolicy: { enabled: true, days: 7 } }
}

resource images 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobs
  name: 'content-images'
  properties: { publicAccess: 'None' }
}

// ---------------------------------------------------------------- Event Hubs (prod's broker)
resource eventHubs 'Microsoft.EventHub/namespaces@2024-01-01' = if (prod) {
  name: 'evhns-${name}'
  location: location
  sku: { name: 'Premium', tier: 'Premium', capacity: 1 }
  properties: {
    zoneRedundant: true
    minimumTlsVersion: '1.2'
    publicNetworkAccess: 'Disabled'
    disableLocalAuth: false
  }
}

// one event hub (= Kafka topic) per integration event type, and its dead-letter topic
resource hubs 'Microsoft.EventHub/namespaces/eventhubs@2024-01-01' = [
  for topic in topics: if (prod) {
    parent: eventHubs
    name: topic
    properties: {
      partitionCount: contains(busyTopics, topic) ? 8 : 4
      messageRetentionInDays: 7
    }
  }
]

resource deadLetterHubs 'Microsoft.EventHub/namespaces/eventhubs@2024-01-01' = [
  for topic in topics: if (prod) {
    parent: eventHubs
    name: '${topic}.dlt'
    properties: { partitionCount: 1, messageRetentionInDays: 30 }
  }
]

resource applicationsRule 'Microsoft.EventHub/namespaces/authorizationRules@2024-01-01' = if (prod) {
  parent: eventHubs
  name: 'applications'
  properties: { rights: ['Send', 'Listen'] }
}

// ---------------------------------------------------------------- private endpoints
var privateEndpoints = concat(
  [
    { name: 'redis', id: redis.id, group: 'redisCache', zone: 'privatelink.redis.cache.windows.net' }
    { name: 'vault', id: vault.id, group: 'vault', zone: 'privatelink.vaultcore.azure.net' }
    { name: 'blob', id: storage.id, group: 'blob', zone: 'privatelink.blob.core.windows.net' }
  ],
  prod
    ? [
        { name: 'eventhubs', id: eventHubs.id, group: 'namespace', zone: 'privatelink.servicebus.windows.net' }
        { name: 'registry', id: registry.id, group: 'registry', zone: 'privatelink.azurecr.io' }
      ]
    : []
)

resource privateZones 'Microsoft.Network/privateDnsZones@2024-06-01' = [
  for endpoint in privateEndpoints: {
    name: endpoint.zone
    location: 'global'
  }
]

resource privateZoneLinks 'Microsoft.Network/privateDnsZones/virtualNetworkLinks@2024-06-01' = [
  for (endpoint, i) in privateEndpoints: {
    parent: privateZones[i]
    name: 'vnet'
    location: 'global'
    properties: { virtualNetwork: { id: vnet.id }, registrationEnabled: false }
  }
]

resource endpoints 'Microsoft.Network/privateEndpoints@2024-05-01' = [
  for endpoint in privateEndpoints: {
    name: 'pe-${name}-${endpoint.name}'
    location: location
    properties: {
      subnet: { id: subnetId.privateEndpoints }
      privateLinkServiceConnections: [
        { name: endpoint.name, properties: { privateLinkServiceId: endpoint.id, groupIds: [endpoint.group] } }
      ]
    }
  }
]

resource endpointDns 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups@2024-05-01' = [
  for (endpoint, i) in privateEndpoints: {
    parent: endpoints[i]
    name: 'default'
    properties: {
      privateDnsZoneConfigs: [{ name: endpoint.name, properties: { privateDnsZoneId: privateZones[i].id } }]
    }
  }
]

// ---------------------------------------------------------------- secrets the platform derives
// (see key-vault-secrets.json; the operator sets the others)
var eventHubsConnection = prod ? applicationsRule.listKeys().primaryConnectionString : 'unused'

resource redisKey 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'redis-access-key'
  properties: { value: redis.listKeys().primaryKey }
}

resource storageConnection 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'storage-connection-string'
  properties: {
    value: 'DefaultEndpointsProtocol=https;AccountName=${storage.name};AccountKey=${storage.listKeys().keys[0].value};EndpointSuffix=${environment().suffixes.storage}'
  }
}

resource kafkaJaas 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'kafka-sasl-jaas-config'
  properties: {
    // dev's in-cluster Kafka is PLAINTEXT (the value is read but unused)
    value: prod
      ? 'org.apache.kafka.common.security.plain.PlainLoginModule required username="$ConnectionString" password="${eventHubsConnection}";'
      : 'unused'
  }
}

resource kedaUsername 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'eventhubs-kafka-username'
  properties: { value: '$ConnectionString' }
}

resource kedaPassword 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'eventhubs-connection-string'
  properties: { value: eventHubsConnection }
}

// ---------------------------------------------------------------- what the overlay needs
output azureEnvironment object = {
  tenantId: subscription().tenantId
  workloadIdentityClientId: workloadIdentity.properties.clientId
  keyVaultName: vault.name
  publicHost: publicHost
  appGatewaySubnet: subnets.appGateway
  postgresSubnet: subnets.postgres
  privateEndpointSubnet: subnets.privateEndpoints
}
output postgresHost string = postgres.properties.fullyQualifiedDomainName
output redisHost string = redis.properties.hostName
output kafkaBootstrapServers string = prod ? '${eventHubs.name}.servicebus.windows.net:9093' : 'kafka:9092'
output registryLoginServer string = registry.properties.loginServer
output gatewayPublicIp string = gatewayIp.properties.ipAddress
