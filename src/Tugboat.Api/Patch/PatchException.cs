namespace Tugboat.Api.Patch;

/// <summary>
/// A patch could not be decoded or applied. <see cref="StatusCode"/> is the HTTP status kube-apiserver answers
/// with for the same failure: 400 for a malformed patch document or directive, 422 for a JSON patch operation that
/// does not apply (failed test, missing path) and for the strategic-merge errors upstream maps to 422, 413 for too
/// many JSON patch operations, and 500 for the strategic-merge errors upstream does not classify.
/// </summary>
public sealed class PatchException(int statusCode, string message) : Exception(message)
{
    public int StatusCode { get; } = statusCode;

    public static PatchException BadRequest(string message) => new(400, message);
    public static PatchException Unprocessable(string message) => new(422, message);
    public static PatchException TooLarge(string message) => new(413, message);
    public static PatchException Internal(string message) => new(500, message);
}
