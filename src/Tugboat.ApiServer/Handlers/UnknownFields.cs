using System.Text.Json.Nodes;
using Tugboat.Api.Schema;

namespace Tugboat.ApiServer.Handlers;

/// <summary>Finds the fields of a JSON object that its schema does not declare, named as upstream's strict decoder names them.</summary>
public static class UnknownFields
{
    public static List<string> Find(JsonNode node, SchemaNode schema)
    {
        var found = new List<string>();
        Walk(node, schema, "", found);
        return found;
    }

    /// <summary>Removes undeclared fields in place (fieldValidation=Ignore keeps the object but drops them, as decoding does).</summary>
    private static void Walk(JsonNode? node, SchemaNode schema, string path, List<string> found)
    {
        switch (schema.Kind)
        {
            case SchemaKind.Object when node is JsonObject obj:
                foreach (var (name, value) in obj)
                {
                    var field = schema.Field(name);
                    var fieldPath = path.Length == 0 ? name : $"{path}.{name}";
                    if (field is null) found.Add(fieldPath);
                    else Walk(value, field.Schema, fieldPath, found);
                }
                break;
            case SchemaKind.Array when node is JsonArray arr:
                for (var i = 0; i < arr.Count; i++) Walk(arr[i], schema.Items!, $"{path}[{i}]", found);
                break;
            case SchemaKind.Map when node is JsonObject map && schema.Items is { IsScalar: false } valueSchema:
                foreach (var (key, value) in map) Walk(value, valueSchema, $"{path}.{key}", found);
                break;
        }
    }
}
