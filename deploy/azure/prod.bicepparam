using 'main.bicep'

param env = 'prod'
param location = 'koreacentral'
param addressPrefix = '10.40.0.0/16'
param publicHost = 'event.example.com'
param tlsCertificateSecretId = 'https://kv-kt-em-prod.vault.azure.net/secrets/kt-event-marketing-tls'
param adminGroupObjectId = '00000000-0000-0000-0000-0000000000aa'
param apiServerAuthorizedRanges = ['203.0.113.0/24']
param postgresAdminPassword = readEnvironmentVariable('KT_POSTGRES_ADMIN_PASSWORD')
