using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Tugboat.Api.Meta;
using Tugboat.Api.Schema;
using Tugboat.ApiServer.Registry;

namespace Tugboat.ApiServer.OpenApi;

/// <summary>
/// The <c>components.schemas</c> of one OpenAPI document. Types are registered (with everything they reach) while
/// the paths are written, then written once, sorted by name, in kube-openapi's v3 style: a reference with siblings
/// is wrapped as <c>allOf: [{$ref}]</c>, a non-nullable struct field carries <c>default: {}</c>, and fields carry the
/// strategic-merge-patch and list/map extensions.
/// </summary>
internal sealed class ComponentSchemas
{
    private readonly record struct Gvk(string Group, string Version, string Kind);

    private abstract record Component;
    private sealed record ObjectComponent(SchemaNode Node, List<Gvk> Gvks) : Component;
    private sealed record ListComponent(string ItemName, string Kind, Gvk Gvk) : Component;
    private sealed record WellKnownComponent(string Json) : Component;

    private readonly SortedDictionary<string, Component> _components = new(StringComparer.Ordinal);
    private readonly Dictionary<Type, string> _typeNames = [];
    private readonly NullabilityInfoContext _nullability = new();
    private bool _writing;

    /// <summary>Registers an API type and every type it reaches; returns its component name.</summary>
    public string Require(Type type)
    {
        var node = SchemaRegistry.For(type);
        if (node.Kind != SchemaKind.Object || node.ClrType is null)
            throw new ArgumentException($"{type} is not an object type", nameof(type));
        return RequireObject(node);
    }

    /// <summary>Registers an API type as the schema of the given group/version/kind (x-kubernetes-group-version-kind).</summary>
    public string RequireKind(Type type, string group, string version, string kind)
    {
        var name = Require(type);
        var gvks = ((ObjectComponent)_components[name]).Gvks;
        var gvk = new Gvk(group, version, kind);
        if (!gvks.Contains(gvk)) gvks.Add(gvk);
        return name;
    }

    /// <summary>Registers the &lt;Kind&gt;List schema of a resource; returns its component name.</summary>
    public string RequireList(ResourceInfo resource)
    {
        var itemName = RequireKind(resource.ClrType, resource.Group, resource.Version, resource.Kind);
        Require(typeof(ListMeta));
        var name = OpenApiNames.PackageOf(resource.ClrType) + "." + resource.ListKind;
        if (_components.TryGetValue(name, out var existing) && existing is ListComponent) return name;
        name = Unique(name);
        Add(name, new ListComponent(itemName, resource.Kind, new Gvk(resource.Group, resource.Version, resource.ListKind)));
        return name;
    }

    /// <summary>Registers one of <see cref="WellKnownSchemas"/> and what it references; returns its name.</summary>
    public string RequireWellKnown(string name)
    {
        if (_components.ContainsKey(name)) return name;
        var schema = WellKnownSchemas.All[name];
        Add(name, new WellKnownComponent(schema.Json));
        foreach (var dependency in schema.DependsOn) RequireWellKnown(dependency);
        return name;
    }

    public IEnumerable<string> Names => _components.Keys;

    private string RequireObject(SchemaNode node)
    {
        var type = node.ClrType!;
        if (_typeNames.TryGetValue(type, out var known)) return known;
        var name = Unique(OpenApiNames.Of(type));
        _typeNames[type] = name;
        var gvks = new List<Gvk>();
        if (node.GroupVersionKind is { } k) gvks.Add(new Gvk(k.Group, k.Version, k.Kind));
        Add(name, new ObjectComponent(node, gvks));
        foreach (var field in node.Fields) Reach(field.Schema);
        return name;
    }

    private void Reach(SchemaNode node)
    {
        switch (node.Kind)
        {
            case SchemaKind.Object: RequireObject(node); break;
            case SchemaKind.Array or SchemaKind.Map when node.Items is not null: Reach(node.Items); break;
            case SchemaKind.Time: RequireWellKnown(OpenApiNames.Time); break;
            case SchemaKind.MicroTime: RequireWellKnown(OpenApiNames.MicroTime); break;
            case SchemaKind.Quantity: RequireWellKnown(OpenApiNames.Quantity); break;
            case SchemaKind.IntOrString: RequireWellKnown(OpenApiNames.IntOrString); break;
        }
    }

    private void Add(string name, Component component)
    {
        if (_writing) throw new InvalidOperationException($"component {name} registered while writing components");
        _components[name] = component;
    }

    /// <summary>Two C# types with one upstream name (which should not happen) get distinct names rather than one overwriting the other.</summary>
    private string Unique(string name)
    {
        if (!_components.ContainsKey(name)) return name;
        for (var i = 2; ; i++)
            if (!_components.ContainsKey($"{name}_{i}")) return $"{name}_{i}";
    }

    /// <summary>Writes <c>"schemas": { ... }</c>.</summary>
    public void Write(Utf8JsonWriter w)
    {
        _writing = true;
        w.WriteStartObject("schemas");
        foreach (var (name, component) in _components)
        {
            w.WritePropertyName(name);
            switch (component)
            {
                case ObjectComponent o: WriteObject(w, o); break;
                case ListComponent l: WriteList(w, l); break;
                case WellKnownComponent k: w.WriteRawValue(k.Json); break;
            }
        }
        w.WriteEndObject();
    }

    private void WriteObject(Utf8JsonWriter w, ObjectComponent component)
    {
        var node = component.Node;
        w.WriteStartObject();
        if (node.Description is { } description) w.WriteString("description", description);
        if (node.Fields.Count > 0)
        {
            w.WriteStartObject("properties");
            foreach (var field in node.Fields)
            {
                w.WritePropertyName(field.JsonName);
                WriteField(w, field);
            }
            w.WriteEndObject();
            if (node.Fields.Any(f => f.Required))
            {
                w.WriteStartArray("required");
                foreach (var field in node.Fields.Where(f => f.Required)) w.WriteStringValue(field.JsonName);
                w.WriteEndArray();
            }
        }
        w.WriteString("type", "object");
        WriteGvks(w, component.Gvks);
        if (node.MapType is { } mapType) w.WriteString("x-kubernetes-map-type", mapType);
        w.WriteEndObject();
    }

    private static void WriteGvks(Utf8JsonWriter w, IReadOnlyList<Gvk> gvks)
    {
        if (gvks.Count == 0) return;
        w.WriteStartArray("x-kubernetes-group-version-kind");
        foreach (var gvk in gvks)
        {
            w.WriteStartObject();
            w.WriteString("group", gvk.Group);
            w.WriteString("kind", gvk.Kind);
            w.WriteString("version", gvk.Version);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private void WriteList(Utf8JsonWriter w, ListComponent list)
    {
        w.WriteStartObject();
        w.WriteString("description", $"{list.Gvk.Kind} is a list of {list.Kind} objects.");
        w.WriteStartObject("properties");
        WriteTypeMetaFields(w, "apiVersion");
        w.WriteStartObject("items");
        w.WriteString("description", $"The {list.Kind} objects.");
        w.WriteStartObject("items");
        WriteAllOf(w, list.ItemName);
        w.WriteStartObject("default");
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteString("type", "array");
        w.WriteEndObject();
        WriteTypeMetaFields(w, "kind");
        w.WriteStartObject("metadata");
        WriteAllOf(w, _typeNames[typeof(ListMeta)]);
        w.WriteStartObject("default");
        w.WriteEndObject();
        w.WriteString("description", "Standard list metadata.");
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteStartArray("required");
        w.WriteStringValue("items");
        w.WriteEndArray();
        w.WriteString("type", "object");
        WriteGvks(w, [list.Gvk]);
        w.WriteEndObject();
    }

    private static void WriteTypeMetaFields(Utf8JsonWriter w, string field)
    {
        w.WriteStartObject(field);
        w.WriteString("description", field == "apiVersion"
            ? "APIVersion defines the versioned schema of this representation of an object."
            : "Kind is a string value representing the REST resource this object represents.");
        w.WriteString("type", "string");
        w.WriteEndObject();
    }

    private static void WriteAllOf(Utf8JsonWriter w, string name)
    {
        w.WriteStartArray("allOf");
        WriteRef(w, name);
        w.WriteEndArray();
    }

    /// <summary>Writes <c>{"$ref": "#/components/schemas/NAME"}</c>.</summary>
    public static void WriteRef(Utf8JsonWriter w, string name)
    {
        w.WriteStartObject();
        w.WriteString("$ref", OpenApiNames.SchemaRefPrefix + name);
        w.WriteEndObject();
    }

    private void WriteField(Utf8JsonWriter w, SchemaField field)
    {
        NullabilityInfo? nullability;
        try { nullability = _nullability.Create(field.Property); }
        catch (Exception e) when (e is InvalidOperationException or NotSupportedException) { nullability = null; }
        WriteValue(w, field.Schema, field.Property.PropertyType, nullability, field);
    }

    /// <summary>
    /// Writes the schema of a value: a field (with its description and extensions) or an array element / map value
    /// (field null). <paramref name="declared"/> is the C# type at this position, which tells free-form JSON objects
    /// from arbitrary JSON values.
    /// </summary>
    private void WriteValue(Utf8JsonWriter w, SchemaNode node, Type declared, NullabilityInfo? nullability, SchemaField? field)
    {
        var description = field?.Description;
        var refName = node.Kind switch
        {
            SchemaKind.Object => _typeNames[node.ClrType!],
            SchemaKind.Time => OpenApiNames.Time,
            SchemaKind.MicroTime => OpenApiNames.MicroTime,
            SchemaKind.Quantity => OpenApiNames.Quantity,
            SchemaKind.IntOrString => OpenApiNames.IntOrString,
            _ => null,
        };

        if (refName is not null)
        {
            // kube-openapi gives a struct held by value (Go non-pointer, here a non-nullable property) "default": {}.
            var defaultEmpty = node.Kind == SchemaKind.Object && nullability?.ReadState == NullabilityState.NotNull;
            if (description is null && !defaultEmpty && !HasExtensions(field))
            {
                WriteRef(w, refName);
                return;
            }
            w.WriteStartObject();
            WriteAllOf(w, refName);
            if (defaultEmpty)
            {
                w.WriteStartObject("default");
                w.WriteEndObject();
            }
            if (description is not null) w.WriteString("description", description);
            WriteExtensions(w, field);
            w.WriteEndObject();
            return;
        }

        w.WriteStartObject();
        if (description is not null) w.WriteString("description", description);
        switch (node.Kind)
        {
            case SchemaKind.Array:
            {
                var element = ElementType(node, 0);
                w.WritePropertyName("items");
                WriteValue(w, node.Items!, element, GenericArgument(nullability, 0), null);
                w.WriteString("type", "array");
                break;
            }
            case SchemaKind.Map:
            {
                var value = ElementType(node, 1);
                w.WritePropertyName("additionalProperties");
                WriteValue(w, node.Items!, value, GenericArgument(nullability, 1), null);
                w.WriteString("type", "object");
                break;
            }
            case SchemaKind.String:
                w.WriteString("type", "string");
                break;
            case SchemaKind.Bytes:
                w.WriteString("format", "byte");
                w.WriteString("type", "string");
                break;
            case SchemaKind.Integer:
            case SchemaKind.Number:
                if (node.Format is { } format) w.WriteString("format", format);
                w.WriteString("type", node.Kind == SchemaKind.Integer ? "integer" : "number");
                break;
            case SchemaKind.Boolean:
                w.WriteString("type", "boolean");
                break;
            case SchemaKind.FreeForm:
                if (FreeFormType(declared) is { } type) w.WriteString("type", type);
                w.WriteBoolean("x-kubernetes-preserve-unknown-fields", true);
                break;
        }
        WriteExtensions(w, field);
        w.WriteEndObject();
    }

    /// <summary>The OpenAPI type of a free-form value: a JSON object or map is "object", a JSON array "array", any JSON value none.</summary>
    private static string? FreeFormType(Type declared)
    {
        var type = Nullable.GetUnderlyingType(declared) ?? declared;
        if (type == typeof(JsonArray)) return "array";
        if (type == typeof(JsonObject)) return "object";
        if (type == typeof(JsonNode) || type == typeof(JsonValue) || type == typeof(JsonElement) || type == typeof(object)) return null;
        return type.IsClass ? "object" : null;
    }

    /// <summary>The C# type of an array's elements (index 0 of List&lt;T&gt;) or a map's values (index 1 of Dictionary&lt;K,V&gt;).</summary>
    private static Type ElementType(SchemaNode node, int index) =>
        node.ClrType is { IsGenericType: true } type && type.GetGenericArguments() is { } args && args.Length > index ? args[index] : typeof(object);

    private static NullabilityInfo? GenericArgument(NullabilityInfo? info, int index) =>
        info is not null && info.GenericTypeArguments.Length > index ? info.GenericTypeArguments[index] : null;

    private static bool HasExtensions(SchemaField? f) =>
        f is not null && (f.PatchStrategy is not null || f.PatchMergeKey is not null || f.ListType is not null || f.ListMapKeys is not null || f.MapType is not null);

    private static void WriteExtensions(Utf8JsonWriter w, SchemaField? f)
    {
        if (f is null) return;
        if (f.ListMapKeys is { Count: > 0 } keys)
        {
            w.WriteStartArray("x-kubernetes-list-map-keys");
            foreach (var key in keys) w.WriteStringValue(key);
            w.WriteEndArray();
        }
        if (f.ListType is { } listType) w.WriteString("x-kubernetes-list-type", listType);
        if (f.MapType is { } mapType) w.WriteString("x-kubernetes-map-type", mapType);
        if (f.PatchMergeKey is { } mergeKey) w.WriteString("x-kubernetes-patch-merge-key", mergeKey);
        if (f.PatchStrategy is { } strategy) w.WriteString("x-kubernetes-patch-strategy", strategy);
    }
}
