using System.Text.Json.Nodes;

namespace Tugboat.Api.Patch;

/// <summary>
/// The errors of k8s.io/apimachinery's mergepatch and strategicpatch packages, with the HTTP status kube-apiserver's
/// interpretStrategicMergePatchError gives each (400, 422, or 500 for the ones it passes through unclassified).
/// </summary>
internal static class StrategicMergeErrors
{
    public static PatchException BadJsonDocument() => PatchException.BadRequest("invalid JSON document");

    public static PatchException NoListOfLists() => PatchException.Unprocessable("lists of lists are not supported");

    public static PatchException BadPatchFormatForPrimitiveList() =>
        PatchException.BadRequest("invalid patch format of primitive list");

    public static PatchException BadPatchFormatForRetainKeys() => PatchException.BadRequest("invalid patch format of retainKeys");

    public static PatchException BadPatchFormatForSetElementOrderList() =>
        PatchException.BadRequest("invalid patch format of setElementOrder list");

    public static PatchException NoMergeKey(JsonNode? map, string key) =>
        PatchException.Internal($"map: {GoFormat.Value(map)} does not contain declared merge key: {key}");

    public static PatchException BadArgType(string expectedType, JsonNode? actual) =>
        PatchException.Internal($"expected a {expectedType}, but received a {GoFormat.TypeName(actual)}");

    public static PatchException BadPatchType(JsonNode? directive, JsonNode? map) =>
        PatchException.Internal($"unknown patch type: {GoFormat.Value(directive)} in map: {GoFormat.Value(map)}");

    public static PatchException NotAMap(int index) => PatchException.Internal($"value for key {index} is not a map.");

    public static PatchException Other(string message) => PatchException.Internal(message);
}
