using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Tugboat.Api.Meta;
using Tugboat.Api.Schema;

namespace Tugboat.Api.ApiExtensions.V1;

[KubernetesKind("apiextensions.k8s.io", "v1", "CustomResourceDefinition")]
[Doc("Adds a new resource type to the API, served under its own group, names and versions.")]
public sealed class CustomResourceDefinition : KubernetesObject
{
    [RequiredField, Doc("How the new resource is named, versioned and validated.")]
    public CustomResourceDefinitionSpec Spec { get; set; } = new();
    [Doc("Whether the definition is accepted and being served.")]
    public CustomResourceDefinitionStatus? Status { get; set; }
}

public sealed class CustomResourceDefinitionList : IKubernetesList
{
    public string? ApiVersion { get; set; }
    public string? Kind { get; set; }
    public ListMeta Metadata { get; set; } = new();
    [RequiredField]
    public List<CustomResourceDefinition> Items { get; set; } = [];
}

public sealed class CustomResourceDefinitionSpec
{
    [RequiredField, Doc("API group of the resource (/apis/<group>/...).")]
    public string Group { get; set; } = "";
    [RequiredField, Doc("Resource, kind, list kind, short names and categories.")]
    public CustomResourceDefinitionNames Names { get; set; } = new();
    [RequiredField, Doc("Namespaced or Cluster.")]
    public string Scope { get; set; } = "";
    [RequiredField, ListType("atomic"), Doc("The versions served; exactly one is the storage version.")]
    public List<CustomResourceDefinitionVersion>? Versions { get; set; }
    [Doc("How objects are converted between versions: None or Webhook.")]
    public CustomResourceConversion? Conversion { get; set; }
    [Doc("Legacy: keep fields not in the schema. Must be false in v1.")]
    public bool? PreserveUnknownFields { get; set; }
}

public sealed class CustomResourceDefinitionStatus
{
    [ListType("map"), ListMapKeys("type"), Doc("Established, NamesAccepted and related conditions.")]
    public List<CustomResourceDefinitionCondition>? Conditions { get; set; }
    [Doc("Names actually served; may differ from spec.names on a conflict.")]
    public CustomResourceDefinitionNames AcceptedNames { get; set; } = new();
    [ListType("atomic"), Doc("Versions objects have ever been stored in.")]
    public List<string>? StoredVersions { get; set; }
}

public sealed class CustomResourceDefinitionNames
{
    [RequiredField, Doc("Resource name used in URLs; the definition is named <plural>.<group>.")]
    public string Plural { get; set; } = "";
    [Doc("Singular name, used by kubectl.")]
    public string? Singular { get; set; }
    [ListType("atomic"), Doc("Abbreviations accepted by kubectl.")]
    public List<string>? ShortNames { get; set; }
    [RequiredField, Doc("CamelCase kind of the objects.")]
    public string Kind { get; set; } = "";
    [Doc("Kind of lists. Defaults to <kind>List.")]
    public string? ListKind { get; set; }
    [ListType("atomic"), Doc("Groups such as all that this resource belongs to.")]
    public List<string>? Categories { get; set; }
}

public sealed class CustomResourceDefinitionVersion
{
    [RequiredField, Doc("Version name, used in URLs (/apis/<group>/<version>).")]
    public string Name { get; set; } = "";
    [RequiredField, Doc("Whether this version is served.")]
    public bool Served { get; set; }
    [RequiredField, Doc("Whether objects are stored in this version; exactly one version sets it.")]
    public bool Storage { get; set; }
    [Doc("Whether clients get a deprecation warning for this version.")]
    public bool? Deprecated { get; set; }
    public string? DeprecationWarning { get; set; }
    [Doc("OpenAPI v3 schema that objects of this version are validated and pruned with.")]
    public CustomResourceValidation? Schema { get; set; }
    [Doc("Whether status and scale subresources are served.")]
    public CustomResourceSubresources? Subresources { get; set; }
    [ListType("atomic"), Doc("Extra columns shown by kubectl get.")]
    public List<CustomResourceColumnDefinition>? AdditionalPrinterColumns { get; set; }
    [ListType("atomic")]
    public List<SelectableField>? SelectableFields { get; set; }
}

public sealed class CustomResourceConversion
{
    [RequiredField]
    public string Strategy { get; set; } = "";
    public WebhookConversion? Webhook { get; set; }
}

public sealed class CustomResourceDefinitionCondition
{
    [RequiredField]
    public string Type { get; set; } = "";
    [RequiredField]
    public string Status { get; set; } = "";
    public DateTimeOffset? LastTransitionTime { get; set; }
    public string? Reason { get; set; }
    public string? Message { get; set; }
}

public sealed class CustomResourceValidation
{
    [Doc("The schema of the whole object.")]
    public JSONSchemaProps? OpenAPIV3Schema { get; set; }
}

public sealed class CustomResourceSubresources
{
    [Doc("When set, /status is served and spec and status are updated separately.")]
    public CustomResourceSubresourceStatus? Status { get; set; }
    [Doc("When set, /scale is served, mapped onto the given fields.")]
    public CustomResourceSubresourceScale? Scale { get; set; }
}

public sealed class CustomResourceColumnDefinition
{
    [RequiredField]
    public string Name { get; set; } = "";
    [RequiredField]
    public string Type { get; set; } = "";
    public string? Format { get; set; }
    public string? Description { get; set; }
    public int? Priority { get; set; }
    [RequiredField, Doc("JSONPath, relative to the object, of the value shown.")]
    public string JsonPath { get; set; } = "";
}

public sealed class SelectableField
{
    [RequiredField]
    public string JsonPath { get; set; } = "";
}

public sealed class WebhookConversion
{
    public WebhookClientConfig? ClientConfig { get; set; }
    [RequiredField, ListType("atomic")]
    public List<string>? ConversionReviewVersions { get; set; }
}

[Doc("A JSON Schema (OpenAPI v3 subset) for validating custom resources.")]
public sealed class JSONSchemaProps
{
    public string? Id { get; set; }
    [JsonPropertyName("$schema")]
    public string? Schema { get; set; }
    [JsonPropertyName("$ref")]
    public string? Ref { get; set; }
    public string? Description { get; set; }
    [Doc("object, array, string, integer, number or boolean.")]
    public string? Type { get; set; }
    public string? Format { get; set; }
    public string? Title { get; set; }
    [PreserveUnknownFields, Doc("Value set when the field is absent.")]
    public JsonNode? Default { get; set; }
    public double? Maximum { get; set; }
    public bool? ExclusiveMaximum { get; set; }
    public double? Minimum { get; set; }
    public bool? ExclusiveMinimum { get; set; }
    public long? MaxLength { get; set; }
    public long? MinLength { get; set; }
    public string? Pattern { get; set; }
    public long? MaxItems { get; set; }
    public long? MinItems { get; set; }
    public bool? UniqueItems { get; set; }
    public double? MultipleOf { get; set; }
    [ListType("atomic"), Doc("The only values allowed.")]
    public List<JsonNode?>? Enum { get; set; }
    public long? MaxProperties { get; set; }
    public long? MinProperties { get; set; }
    [ListType("atomic"), Doc("Fields that must be present.")]
    public List<string>? Required { get; set; }
    [PreserveUnknownFields, Doc("Schema of the elements of an array.")]
    public JsonNode? Items { get; set; }
    [ListType("atomic")]
    public List<JSONSchemaProps>? AllOf { get; set; }
    [ListType("atomic")]
    public List<JSONSchemaProps>? OneOf { get; set; }
    [ListType("atomic")]
    public List<JSONSchemaProps>? AnyOf { get; set; }
    public JSONSchemaProps? Not { get; set; }
    [Doc("Schemas of the known fields of an object.")]
    public Dictionary<string, JSONSchemaProps>? Properties { get; set; }
    [PreserveUnknownFields, Doc("Schema of the values of a map, or false to forbid extra fields.")]
    public JsonNode? AdditionalProperties { get; set; }
    public Dictionary<string, JSONSchemaProps>? PatternProperties { get; set; }
    public Dictionary<string, JsonNode>? Dependencies { get; set; }
    [PreserveUnknownFields]
    public JsonNode? AdditionalItems { get; set; }
    public Dictionary<string, JSONSchemaProps>? Definitions { get; set; }
    public ExternalDocumentation? ExternalDocs { get; set; }
    [PreserveUnknownFields]
    public JsonNode? Example { get; set; }
    public bool? Nullable { get; set; }
    [JsonPropertyName("x-kubernetes-preserve-unknown-fields"), Doc("Keep fields not named in the schema instead of pruning them.")]
    public bool? XPreserveUnknownFields { get; set; }
    [JsonPropertyName("x-kubernetes-embedded-resource"), Doc("The value is a whole object with apiVersion, kind and metadata.")]
    public bool? XEmbeddedResource { get; set; }
    [JsonPropertyName("x-kubernetes-int-or-string"), Doc("The value may be an integer or a string.")]
    public bool? XIntOrString { get; set; }
    [ListType("atomic"), JsonPropertyName("x-kubernetes-list-map-keys"), Doc("With list type map, the fields identifying an element.")]
    public List<string>? XListMapKeys { get; set; }
    [JsonPropertyName("x-kubernetes-list-type"), Doc("atomic, set or map: how lists are merged by apply.")]
    public string? XListType { get; set; }
    [JsonPropertyName("x-kubernetes-map-type"), Doc("granular or atomic: how objects are merged by apply.")]
    public string? XMapType { get; set; }
    [PatchMergeKey("rule"), PatchStrategy("merge"), ListType("map"), ListMapKeys("rule"), JsonPropertyName("x-kubernetes-validations"), Doc("CEL rules the value must satisfy.")]
    public List<ValidationRule>? XValidations { get; set; }
}

public sealed class CustomResourceSubresourceStatus
{
}

public sealed class CustomResourceSubresourceScale
{
    [RequiredField]
    public string SpecReplicasPath { get; set; } = "";
    [RequiredField]
    public string StatusReplicasPath { get; set; } = "";
    public string? LabelSelectorPath { get; set; }
}

public sealed class WebhookClientConfig
{
    public string? Url { get; set; }
    public ServiceReference? Service { get; set; }
    public byte[]? CaBundle { get; set; }
}

public sealed class ExternalDocumentation
{
    public string? Description { get; set; }
    public string? Url { get; set; }
}

public sealed class ValidationRule
{
    [RequiredField]
    public string Rule { get; set; } = "";
    public string? Message { get; set; }
    public string? MessageExpression { get; set; }
    public string? Reason { get; set; }
    public string? FieldPath { get; set; }
    public bool? OptionalOldSelf { get; set; }
}

public sealed class ServiceReference
{
    [RequiredField]
    public string Namespace { get; set; } = "";
    [RequiredField]
    public string Name { get; set; } = "";
    public string? Path { get; set; }
    public int? Port { get; set; }
}
