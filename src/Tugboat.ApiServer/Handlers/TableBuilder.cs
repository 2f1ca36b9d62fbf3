using System.Text.Json;
using Tugboat.Api.Json;
using Tugboat.ApiServer.Caching;
using Tugboat.ApiServer.Printers;

namespace Tugboat.ApiServer.Handlers;

/// <summary>Builds meta.k8s.io/v1 Table responses; rows carry the object's metadata (includeObject=Metadata) or the object.</summary>
public static class TableBuilder
{
    public static byte[] Build(ITablePrinter printer, IEnumerable<CachedObject> objects, string resourceVersion, string? continueToken,
        bool withColumns, string includeObject)
    {
        var now = DateTimeOffset.UtcNow;
        var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("kind", "Table");
            w.WriteString("apiVersion", "meta.k8s.io/v1");
            w.WriteStartObject("metadata");
            w.WriteString("resourceVersion", resourceVersion);
            if (continueToken is not null) w.WriteString("continue", continueToken);
            w.WriteEndObject();
            if (withColumns)
            {
                w.WriteStartArray("columnDefinitions");
                foreach (var c in printer.Columns)
                {
                    w.WriteStartObject();
                    w.WriteString("name", c.Name);
                    w.WriteString("type", c.Type);
                    w.WriteString("format", c.Format);
                    w.WriteString("description", c.Description);
                    w.WriteNumber("priority", c.Priority);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
            }
            w.WriteStartArray("rows");
            foreach (var o in objects) WriteRow(w, printer, o, now, includeObject);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return buffer.ToArray();
    }

    private static void WriteRow(Utf8JsonWriter w, ITablePrinter printer, CachedObject o, DateTimeOffset now, string includeObject)
    {
        w.WriteStartObject();
        w.WriteStartArray("cells");
        foreach (var cell in printer.Row(o.Value, now)) JsonSerializer.Serialize(w, cell, cell?.GetType() ?? typeof(object), ApiJson.Options);
        w.WriteEndArray();
        switch (includeObject)
        {
            case "Object":
                w.WritePropertyName("object");
                w.WriteRawValue(o.Json, skipInputValidation: true);
                break;
            case "None":
                break;
            default:
                w.WriteStartObject("object");
                w.WriteString("kind", "PartialObjectMetadata");
                w.WriteString("apiVersion", "meta.k8s.io/v1");
                w.WritePropertyName("metadata");
                JsonSerializer.Serialize(w, o.Metadata, ApiJson.Options);
                w.WriteEndObject();
                break;
        }
        w.WriteEndObject();
    }
}
