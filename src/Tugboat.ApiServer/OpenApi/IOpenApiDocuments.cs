using Microsoft.AspNetCore.Http;

namespace Tugboat.ApiServer.OpenApi;

/// <summary>Serves /openapi/v3 and the per group-version OpenAPI documents.</summary>
public interface IOpenApiDocuments
{
    Task ServeAsync(HttpContext ctx, string path);
}
