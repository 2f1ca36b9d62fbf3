using Tugboat.Api.Meta;
using Tugboat.ApiServer.Registry;

namespace Tugboat.ApiServer.Http;

/// <summary>Factories for the Status errors kube-apiserver returns, with its wording.</summary>
public static class Errors
{
    public static ApiException NotFound(ResourceInfo r, string name) =>
        New(404, "NotFound", $"{Qualified(r)} \"{name}\" not found", Details(r, name));

    public static ApiException NotFoundPath() =>
        New(404, "NotFound", "the server could not find the requested resource", new StatusDetails());

    public static ApiException AlreadyExists(ResourceInfo r, string name) =>
        New(409, "AlreadyExists", $"{Qualified(r)} \"{name}\" already exists", Details(r, name));

    public static ApiException Conflict(ResourceInfo r, string name, string detail = "the object has been modified; please apply your changes to the latest version and try again") =>
        New(409, "Conflict", $"Operation cannot be fulfilled on {Qualified(r)} \"{name}\": {detail}", Details(r, name));

    public static ApiException Invalid(ResourceInfo r, string name, IReadOnlyList<FieldError> errors)
    {
        // ErrorList.ToAggregate: repeated messages are printed once; the causes keep every error.
        var distinct = errors.Select(e => e.ToString()).Distinct(StringComparer.Ordinal).ToList();
        var list = distinct.Count == 1 ? distinct[0] : $"[{string.Join(", ", distinct)}]";
        var details = new StatusDetails
        {
            Name = name,
            Group = r.Group.Length == 0 ? null : r.Group,
            Kind = r.Kind,
            Causes = errors.Select(e => new StatusCause { Reason = e.Reason, Message = e.Message, Field = e.Field }).ToList(),
        };
        // The message names the qualified kind (GroupKind.String(): "Deployment.apps"); kubectl prints details.kind.
        var kind = r.Group.Length == 0 ? r.Kind : $"{r.Kind}.{r.Group}";
        return New(422, "Invalid", $"{kind} \"{name}\" is invalid: {list}", details);
    }

    public static ApiException BadRequest(string message) => New(400, "BadRequest", message);

    public static ApiException Gone(string message) => New(410, "Expired", message);

    public static ApiException MethodNotSupported(ResourceInfo r, string verb) =>
        New(405, "MethodNotAllowed", $"{verb} is not supported on resources of kind \"{Qualified(r)}\"", Details(r, null));

    public static ApiException Unauthorized() => New(401, "Unauthorized", "Unauthorized");

    public static ApiException Forbidden(string message) => New(403, "Forbidden", message);

    public static ApiException TooLarge(long limit) => New(413, "RequestEntityTooLarge", $"Request entity too large: limit is {limit}");

    public static ApiException UnsupportedMediaType(string contentType) =>
        New(415, "UnsupportedMediaType", $"the body of the request was in an unknown format - accepted media types include: application/json, application/yaml, application/vnd.kubernetes.protobuf (got \"{contentType}\")");

    public static ApiException NotAcceptable() =>
        New(406, "NotAcceptable", "only the following media types are accepted: application/json, application/yaml, application/vnd.kubernetes.protobuf");

    public static ApiException Internal(string message) => New(500, "InternalError", $"Internal error occurred: {message}");

    public static ApiException ServiceUnavailable(string message) => New(503, "ServiceUnavailable", message);

    public static ApiException TooManyRequests(string message) => New(429, "TooManyRequests", message);

    public static ApiException New(int code, string reason, string message, StatusDetails? details = null) =>
        new(new Status { StatusValue = "Failure", Code = code, Reason = reason, Message = message, Details = details });

    /// <summary>"pods", or "deployments.apps" for a named group, as upstream's GroupResource.String().</summary>
    public static string Qualified(ResourceInfo r) => r.Group.Length == 0 ? r.Resource : $"{r.Resource}.{r.Group}";

    private static StatusDetails Details(ResourceInfo r, string? name) =>
        new() { Name = name, Group = r.Group.Length == 0 ? null : r.Group, Kind = r.Resource };
}
