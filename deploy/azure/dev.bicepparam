using 'main.bicep'

param env = 'dev'
param location = 'koreacentral'
param addressPrefix = '10.30.0.0/16'
param publicHost = 'dev.event.example.com'
param tlsCertificateSecretId = 'https://kv-kt-em-dev.vault.azure.net/secrets/kt-event-marketing-tls'
param adminGroupObjectId = '00000000-0000-0000-0000-0000000000aa'
param apiServerAuthorizedRanges = ['203.0.113.0/24']
param postgresAdminPassword = readEnvironmentVariable('KT_POSTGRES_ADMIN_PASSWORD')
