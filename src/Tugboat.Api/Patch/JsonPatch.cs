using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Tugboat.Api.Patch;

/// <summary>
/// An RFC 6902 JSON Patch (add, remove, replace, move, copy, test), applied the way kube-apiserver applies
/// application/json-patch+json bodies (evanphx/json-patch v4): error messages are that library's, negative array
/// indices count from the end, and "replace" of a missing object member sets it, as upstream does.
/// Decoding errors carry status 400, too many operations 413, and operations that do not apply 422.
/// </summary>
public sealed class JsonPatch
{
    /// <summary>kube-apiserver's limit on the number of operations in one JSON patch.</summary>
    public const int MaxOperations = 10000;

    private readonly JsonObject?[] _operations;

    private JsonPatch(JsonObject?[] operations) => _operations = operations;

    /// <summary>The operations in order; a null entry is a JSON null in the patch array (it fails when applied).</summary>
    public IReadOnlyList<JsonObject?> Operations => _operations;

    /// <summary>Decodes a patch document: a JSON array of operation objects (JSON null is the empty patch).</summary>
    public static JsonPatch Parse(JsonNode? patch)
    {
        if (patch is null) return new JsonPatch([]);
        if (patch is not JsonArray array)
            throw PatchException.BadRequest($"json: cannot unmarshal {GoJsonKind(patch)} into Go value of type jsonpatch.Patch");
        var operations = new JsonObject?[array.Count];
        for (var i = 0; i < array.Count; i++)
        {
            operations[i] = array[i] switch
            {
                null => null,
                JsonObject op => (JsonObject)op.DeepClone(),
                var other => throw PatchException.BadRequest(
                    $"json: cannot unmarshal {GoJsonKind(other)} into Go value of type jsonpatch.Operation"),
            };
        }
        if (operations.Length > MaxOperations)
            throw PatchException.TooLarge(
                $"The allowed maximum operations in a JSON patch is {MaxOperations}, got {operations.Length}");
        return new JsonPatch(operations);
    }

    /// <summary>Decodes <paramref name="patch"/> and applies it to <paramref name="document"/>.</summary>
    public static JsonNode? Apply(JsonNode? document, JsonNode? patch) => Parse(patch).Apply(document);

    /// <summary>Applies the operations in order to a copy of <paramref name="document"/> (which is not modified).</summary>
    public JsonNode? Apply(JsonNode? document)
    {
        var root = document?.DeepClone();
        foreach (var op in _operations)
        {
            var error = ApplyOperation(ref root, op);
            if (error is not null) throw PatchException.Unprocessable(error);
        }
        return root;
    }

    private static string? ApplyOperation(ref JsonNode? root, JsonObject? op) => Kind(op) switch
    {
        "add" => Add(root, op!),
        "remove" => Remove(root, op!),
        "replace" => Replace(ref root, op!),
        "move" => Move(root, op!),
        "test" => Test(root, op!),
        "copy" => Copy(root, op!),
        var kind => $"Unexpected kind: {kind}",
    };

    private const string Missing = "missing value";

    private static string? Add(JsonNode? root, JsonObject op)
    {
        if (ReadPath(op, out var path) is not null) return $"add operation failed to decode path: {Missing}";
        if (!FindParent(root, path, out var container, out var key))
            return $"add operation does not apply: doc is missing path: \"{path}\": {Missing}";
        var error = AddValue(container, key, Value(op)?.DeepClone());
        return error is null ? null : $"error in add for path: '{path}': {error}";
    }

    private static string? Remove(JsonNode? root, JsonObject op)
    {
        if (ReadPath(op, out var path) is not null) return $"remove operation failed to decode path: {Missing}";
        if (!FindParent(root, path, out var container, out var key))
            return $"remove operation does not apply: doc is missing path: \"{path}\": {Missing}";
        var error = RemoveValue(container, key);
        return error is null ? null : $"error in remove for path: '{path}': {error}";
    }

    private static string? Replace(ref JsonNode? root, JsonObject op)
    {
        var pathError = ReadPath(op, out var path);
        if (pathError is not null) return $"replace operation failed to decode path: {pathError}";
        if (path.Length == 0)
        {
            var value = Value(op);
            if (value is not (JsonObject or JsonArray)) return "replace operation value must be object or array";
            root = value.DeepClone();
            return null;
        }
        if (!FindParent(root, path, out var container, out var key))
            return $"replace operation does not apply: doc is missing path: {path}: {Missing}";
        if (GetValue(container, key, out _, out _) is not null)
            return $"replace operation does not apply: doc is missing key: {path}: {Missing}";
        var error = SetValue(container, key, Value(op)?.DeepClone());
        return error is null ? null : $"error in remove for path: '{path}': {error}";
    }

    private static string? Move(JsonNode? root, JsonObject op)
    {
        var fromError = ReadFrom(op, out var from);
        if (fromError is not null) return $"move operation failed to decode from: {fromError}";
        if (!FindParent(root, from, out var source, out var sourceKey))
            return $"move operation does not apply: doc is missing from path: {from}: {Missing}";
        var error = GetValue(source, sourceKey, out var value, out _);
        if (error is not null) return $"error in move for path: '{sourceKey}': {error}";
        error = RemoveValue(source, sourceKey);
        if (error is not null) return $"error in move for path: '{sourceKey}': {error}";

        var pathError = ReadPath(op, out var path);
        if (pathError is not null) return $"move operation failed to decode path: {pathError}";
        if (!FindParent(root, path, out var target, out var targetKey))
            return $"move operation does not apply: doc is missing destination path: {path}: {Missing}";
        error = AddValue(target, targetKey, value);
        return error is null ? null : $"error in move for path: '{path}': {error}";
    }

    private static string? Test(JsonNode? root, JsonObject op)
    {
        var pathError = ReadPath(op, out var path);
        if (pathError is not null) return $"test operation failed to decode path: {pathError}";
        var failed = $"testing value {path} failed: test failed";
        var hasExpected = op.TryGetPropertyValue("value", out var expected);
        if (path.Length == 0)
            return JsonNode.DeepEquals(root, expected) && hasExpected ? null : failed;
        if (!FindParent(root, path, out var container, out var key))
            return $"test operation does not apply: is missing path: {path}: {Missing}";
        var error = GetValue(container, key, out var actual, out _);
        if (error is not null) return $"error in test for path: '{path}': {error}";
        // Upstream does not tell a missing member from a null one: both match an absent or null "value".
        if (actual is null) return expected is null ? null : failed;
        if (!hasExpected) return failed;
        return JsonNode.DeepEquals(actual, expected) ? null : failed;
    }

    private static string? Copy(JsonNode? root, JsonObject op)
    {
        var fromError = ReadFrom(op, out var from);
        if (fromError is not null) return $"copy operation failed to decode from: {fromError}";
        if (!FindParent(root, from, out var source, out var sourceKey))
            return $"copy operation does not apply: doc is missing from path: {from}: {Missing}";
        var error = GetValue(source, sourceKey, out var value, out var found);
        if (error is not null) return $"error in copy for from: '{from}': {error}";
        if (!found) return $"copy operation does not apply: doc is missing from path: {from}: {Missing}";

        if (ReadPath(op, out var path) is not null) return $"copy operation failed to decode path: {Missing}";
        if (!FindParent(root, path, out var target, out var targetKey))
            return $"copy operation does not apply: doc is missing destination path: {path}: {Missing}";
        error = AddValue(target, targetKey, value?.DeepClone());
        return error is null ? null : $"error while adding value during copy: {error}";
    }

    private static string Kind(JsonObject? op) =>
        op is not null && op.TryGetPropertyValue("op", out var kind) && kind is JsonValue v && v.TryGetValue<string>(out var s)
            ? s
            : "unknown";

    private static JsonNode? Value(JsonObject op) => op.TryGetPropertyValue("value", out var value) ? value : null;

    private static string? ReadPath(JsonObject op, out string path) => ReadString(op, "path", "operation missing path field", out path);

    private static string? ReadFrom(JsonObject op, out string from) => ReadString(op, "from", "operation, missing from field", out from);

    private static string? ReadString(JsonObject op, string name, string missing, out string value)
    {
        value = "unknown";
        if (!op.TryGetPropertyValue(name, out var node) || node is null) return $"{missing}: {Missing}";
        if (node is JsonValue v && v.TryGetValue<string>(out var s))
        {
            value = s;
            return null;
        }
        return $"json: cannot unmarshal {GoJsonKind(node)} into Go value of type string";
    }

    /// <summary>The object or array holding the value a pointer names, and the last reference token.</summary>
    private static bool FindParent(JsonNode? root, string path, out JsonNode container, out string key)
    {
        container = null!;
        key = "";
        var tokens = JsonPointer.Parse(path);
        if (tokens is null || tokens.Count == 0) return false;
        var current = root;
        for (var i = 0; i < tokens.Count - 1; i++)
        {
            if (current is not (JsonObject or JsonArray)) return false;
            if (GetValue(current, tokens[i], out var next, out var found) is not null || !found) return false;
            current = next;
        }
        if (current is not (JsonObject or JsonArray)) return false;
        container = current;
        key = tokens[^1];
        return true;
    }

    private static string? GetValue(JsonNode container, string key, out JsonNode? value, out bool found)
    {
        value = null;
        found = false;
        if (container is JsonObject obj)
        {
            found = obj.TryGetPropertyValue(key, out value);
            return null;
        }
        var array = (JsonArray)container;
        var error = ParseIndex(key, out var index);
        if (error is not null) return error;
        if (index < 0)
        {
            if (index < -array.Count) return InvalidIndex(index);
            index += array.Count;
        }
        if (index >= array.Count) return InvalidIndex(index);
        value = array[index];
        found = true;
        return null;
    }

    private static string? AddValue(JsonNode container, string key, JsonNode? value)
    {
        value = Detached(value);
        if (container is JsonObject obj)
        {
            obj[key] = value;
            return null;
        }
        var array = (JsonArray)container;
        if (key == "-")
        {
            array.Add(value);
            return null;
        }
        var error = ParseIndex(key, out var index);
        if (error is not null) return $"value was not a proper array index: '{key}': {error}";
        var size = array.Count + 1;
        if (index >= size) return InvalidIndex(index);
        if (index < 0)
        {
            if (index < -size) return InvalidIndex(index);
            index += size;
        }
        array.Insert(index, value);
        return null;
    }

    private static string? SetValue(JsonNode container, string key, JsonNode? value)
    {
        value = Detached(value);
        if (container is JsonObject obj)
        {
            obj[key] = value;
            return null;
        }
        var array = (JsonArray)container;
        var error = ParseIndex(key, out var index);
        if (error is not null) return error;
        if (index < 0)
        {
            if (index < -array.Count) return InvalidIndex(index);
            index += array.Count;
        }
        array[index] = value;
        return null;
    }

    private static string? RemoveValue(JsonNode container, string key)
    {
        if (container is JsonObject obj)
            return obj.Remove(key) ? null : $"Unable to remove nonexistent key: {key}: {Missing}";
        var array = (JsonArray)container;
        var error = ParseIndex(key, out var index);
        if (error is not null) return error;
        if (index >= array.Count) return InvalidIndex(index);
        if (index < 0)
        {
            if (index < -array.Count) return InvalidIndex(index);
            index += array.Count;
        }
        array.RemoveAt(index);
        return null;
    }

    /// <summary>A node that can be attached to a new parent: a moved value is first taken out of its old one.</summary>
    private static JsonNode? Detached(JsonNode? value)
    {
        switch (value?.Parent)
        {
            case JsonObject parent:
                parent.Remove(value.GetPropertyName());
                break;
            case JsonArray parent:
                parent.RemoveAt(value.GetElementIndex());
                break;
        }
        return value;
    }

    /// <summary>Go's strconv.Atoi, with its error text.</summary>
    private static string? ParseIndex(string key, out int index)
    {
        var digits = key.Length > 0 && key[0] is '+' or '-' ? key[1..] : key;
        if (digits.Length == 0 || !digits.All(char.IsAsciiDigit))
        {
            index = 0;
            return $"strconv.Atoi: parsing \"{key}\": invalid syntax";
        }
        if (!int.TryParse(key, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out index))
            return $"strconv.Atoi: parsing \"{key}\": value out of range";
        return null;
    }

    private static string InvalidIndex(int index) => $"Unable to access invalid index: {index}: invalid index referenced";

    private static string GoJsonKind(JsonNode node) => node.GetValueKind() switch
    {
        JsonValueKind.Object => "object",
        JsonValueKind.Array => "array",
        JsonValueKind.String => "string",
        JsonValueKind.Number => "number",
        _ => "bool",
    };
}
