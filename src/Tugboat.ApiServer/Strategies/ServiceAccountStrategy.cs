namespace Tugboat.ApiServer.Strategies;

/// <summary>ServiceAccounts: metadata only (ValidateServiceAccount); names are DNS subdomains.</summary>
public sealed class ServiceAccountStrategy() : GenericStrategy(hasStatus: false, namespaced: true);
