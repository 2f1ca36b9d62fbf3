namespace Tugboat.Api.ApiExtensions.V1;

/// <summary>The root kinds of apiextensions.k8s.io/v1.</summary>
public static class ApiExtensionsV1Kinds
{
    public static readonly Type[] All =
    [
        typeof(CustomResourceDefinition),
    ];
}
