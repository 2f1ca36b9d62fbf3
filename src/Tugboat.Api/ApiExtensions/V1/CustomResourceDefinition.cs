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
    [ProtoField(2)] public CustomResourceDefinitionSpec Spec { get; set; } = new();
    [Doc("Whether the definition is accepted and being served.")]
    [ProtoField(3)] public CustomResourceDefinitionStatus? Status { get; set; }
}

public sealed class CustomResourceDefinitionList : IKubernetesList
{
    [ProtoField(0)] public string? ApiVersion { get; set; }
    [ProtoField(0)] public string? Kind { get; set; }
    [ProtoField(1)] public ListMeta Metadata { get; set; } = new();
    [RequiredField]
    [ProtoField(2)] public List<CustomResourceDefinition> Items { get; set; } = [];
}

public sealed class CustomResourceDefinitionSpec
{
    [RequiredField, Doc("API group of the resource (/apis/<group>/...).")]
    [ProtoField(1)] public string Group { get; set; } = "";
    [RequiredField, Doc("Resource, kind, list kind, short names and categories.")]
    [ProtoField(3)] public CustomResourceDefinitionNames Names { get; set; } = new();
    [RequiredField, Doc("Namespaced or Cluster.")]
    [ProtoField(4)] public string Scope { get; set; } = "";
    [RequiredField, ListType("atomic"), Doc("The versions served; exactly one is the storage version.")]
    [ProtoField(7)] public List<CustomResourceDefinitionVersion>? Versions { get; set; }
    [Doc("How objects are converted between versions: None or Webhook.")]
    [ProtoField(9)] public CustomResourceConversion? Conversion { get; set; }
    [Doc("Legacy: keep fields not in the schema. Must be false in v1.")]
    [ProtoField(10, OmitEmpty = true)] public bool? PreserveUnknownFields { get; set; }
}

public sealed class CustomResourceDefinitionStatus
{
    [ListType("map"), ListMapKeys("type"), Doc("Established, NamesAccepted and related conditions.")]
    [ProtoField(1)] public List<CustomResourceDefinitionCondition>? Conditions { get; set; }
    [Doc("Names actually served; may differ from spec.names on a conflict.")]
    [ProtoField(2)] public CustomResourceDefinitionNames AcceptedNames { get; set; } = new();
    [ListType("atomic"), Doc("Versions objects have ever been stored in.")]
    [ProtoField(3)] public List<string>? StoredVersions { get; set; }
}

public sealed class CustomResourceDefinitionNames
{
    [RequiredField, Doc("Resource name used in URLs; the definition is named <plural>.<group>.")]
    [ProtoField(1)] public string Plural { get; set; } = "";
    [Doc("Singular name, used by kubectl.")]
    [ProtoField(2, OmitEmpty = true)] public string? Singular { get; set; }
    [ListType("atomic"), Doc("Abbreviations accepted by kubectl.")]
    [ProtoField(3)] public List<string>? ShortNames { get; set; }
    [RequiredField, Doc("CamelCase kind of the objects.")]
    [ProtoField(4)] public string Kind { get; set; } = "";
    [Doc("Kind of lists. Defaults to <kind>List.")]
    [ProtoField(5, OmitEmpty = true)] public string? ListKind { get; set; }
    [ListType("atomic"), Doc("Groups such as all that this resource belongs to.")]
    [ProtoField(6)] public List<string>? Categories { get; set; }
}

public sealed class CustomResourceDefinitionVersion
{
    [RequiredField, Doc("Version name, used in URLs (/apis/<group>/<version>).")]
    [ProtoField(1)] public string Name { get; set; } = "";
    [RequiredField, Doc("Whether this version is served.")]
    [ProtoField(2)] public bool Served { get; set; }
    [RequiredField, Doc("Whether objects are stored in this version; exactly one version sets it.")]
    [ProtoField(3)] public bool Storage { get; set; }
    [Doc("Whether clients get a deprecation warning for this version.")]
    [ProtoField(7, OmitEmpty = true)] public bool? Deprecated { get; set; }
    [ProtoField(8)] public string? DeprecationWarning { get; set; }
    [Doc("OpenAPI v3 schema that objects of this version are validated and pruned with.")]
    [ProtoField(4)] public CustomResourceValidation? Schema { get; set; }
    [Doc("Whether status and scale subresources are served.")]
    [ProtoField(5)] public CustomResourceSubresources? Subresources { get; set; }
    [ListType("atomic"), Doc("Extra columns shown by kubectl get.")]
    [ProtoField(6)] public List<CustomResourceColumnDefinition>? AdditionalPrinterColumns { get; set; }
    [ListType("atomic")]
    [ProtoField(9)] public List<SelectableField>? SelectableFields { get; set; }
}

public sealed class CustomResourceConversion
{
    [RequiredField]
    [ProtoField(1)] public string Strategy { get; set; } = "";
    [ProtoField(2)] public WebhookConversion? Webhook { get; set; }
}

public sealed class CustomResourceDefinitionCondition
{
    [RequiredField]
    [ProtoField(1)] public string Type { get; set; } = "";
    [RequiredField]
    [ProtoField(2)] public string Status { get; set; } = "";
    [ProtoField(3)] public DateTimeOffset? LastTransitionTime { get; set; }
    [ProtoField(4, OmitEmpty = true)] public string? Reason { get; set; }
    [ProtoField(5, OmitEmpty = true)] public string? Message { get; set; }
}

public sealed class CustomResourceValidation
{
    [Doc("The schema of the whole object.")]
    [ProtoField(1)] public JSONSchemaProps? OpenAPIV3Schema { get; set; }
}

public sealed class CustomResourceSubresources
{
    [Doc("When set, /status is served and spec and status are updated separately.")]
    [ProtoField(1)] public CustomResourceSubresourceStatus? Status { get; set; }
    [Doc("When set, /scale is served, mapped onto the given fields.")]
    [ProtoField(2)] public CustomResourceSubresourceScale? Scale { get; set; }
}

public sealed class CustomResourceColumnDefinition
{
    [RequiredField]
    [ProtoField(1)] public string Name { get; set; } = "";
    [RequiredField]
    [ProtoField(2)] public string Type { get; set; } = "";
    [ProtoField(3, OmitEmpty = true)] public string? Format { get; set; }
    [ProtoField(4, OmitEmpty = true)] public string? Description { get; set; }
    [ProtoField(5, OmitEmpty = true)] public int? Priority { get; set; }
    [RequiredField, Doc("JSONPath, relative to the object, of the value shown.")]
    [ProtoField(6)] public string JsonPath { get; set; } = "";
}

public sealed class SelectableField
{
    [RequiredField]
    [ProtoField(1)] public string JsonPath { get; set; } = "";
}

public sealed class WebhookConversion
{
    [ProtoField(2)] public WebhookClientConfig? ClientConfig { get; set; }
    [RequiredField, ListType("atomic")]
    [ProtoField(3)] public List<string>? ConversionReviewVersions { get; set; }
}

[Doc("A JSON Schema (OpenAPI v3 subset) for validating custom resources.")]
public sealed class JSONSchemaProps
{
    [ProtoField(1, OmitEmpty = true)] public string? Id { get; set; }
    [JsonPropertyName("$schema")]
    [ProtoField(2, OmitEmpty = true)] public string? Schema { get; set; }
    [JsonPropertyName("$ref")]
    [ProtoField(3)] public string? Ref { get; set; }
    [ProtoField(4, OmitEmpty = true)] public string? Description { get; set; }
    [Doc("object, array, string, integer, number or boolean.")]
    [ProtoField(5, OmitEmpty = true)] public string? Type { get; set; }
    [ProtoField(6, OmitEmpty = true)] public string? Format { get; set; }
    [ProtoField(7, OmitEmpty = true)] public string? Title { get; set; }
    [PreserveUnknownFields, Doc("Value set when the field is absent.")]
    [ProtoField(8)] public JsonNode? Default { get; set; }
    [ProtoField(9)] public double? Maximum { get; set; }
    [ProtoField(10, OmitEmpty = true)] public bool? ExclusiveMaximum { get; set; }
    [ProtoField(11)] public double? Minimum { get; set; }
    [ProtoField(12, OmitEmpty = true)] public bool? ExclusiveMinimum { get; set; }
    [ProtoField(13)] public long? MaxLength { get; set; }
    [ProtoField(14)] public long? MinLength { get; set; }
    [ProtoField(15, OmitEmpty = true)] public string? Pattern { get; set; }
    [ProtoField(16)] public long? MaxItems { get; set; }
    [ProtoField(17)] public long? MinItems { get; set; }
    [ProtoField(18, OmitEmpty = true)] public bool? UniqueItems { get; set; }
    [ProtoField(19)] public double? MultipleOf { get; set; }
    [ListType("atomic"), Doc("The only values allowed.")]
    [ProtoField(20)] public List<JsonNode?>? Enum { get; set; }
    [ProtoField(21)] public long? MaxProperties { get; set; }
    [ProtoField(22)] public long? MinProperties { get; set; }
    [ListType("atomic"), Doc("Fields that must be present.")]
    [ProtoField(23)] public List<string>? Required { get; set; }
    [PreserveUnknownFields, Doc("Schema of the elements of an array.")]
    [ProtoField(24, Kind = ProtoKind.JsonSchemaPropsOrArray)] public JsonNode? Items { get; set; }
    [ListType("atomic")]
    [ProtoField(25)] public List<JSONSchemaProps>? AllOf { get; set; }
    [ListType("atomic")]
    [ProtoField(26)] public List<JSONSchemaProps>? OneOf { get; set; }
    [ListType("atomic")]
    [ProtoField(27)] public List<JSONSchemaProps>? AnyOf { get; set; }
    [ProtoField(28)] public JSONSchemaProps? Not { get; set; }
    [Doc("Schemas of the known fields of an object.")]
    [ProtoField(29)] public Dictionary<string, JSONSchemaProps>? Properties { get; set; }
    [PreserveUnknownFields, Doc("Schema of the values of a map, or false to forbid extra fields.")]
    [ProtoField(30, Kind = ProtoKind.JsonSchemaPropsOrBool)] public JsonNode? AdditionalProperties { get; set; }
    [ProtoField(31)] public Dictionary<string, JSONSchemaProps>? PatternProperties { get; set; }
    [ProtoField(32, Kind = ProtoKind.JsonSchemaPropsOrStringArray)] public Dictionary<string, JsonNode>? Dependencies { get; set; }
    [PreserveUnknownFields]
    [ProtoField(33, Kind = ProtoKind.JsonSchemaPropsOrBool)] public JsonNode? AdditionalItems { get; set; }
    [ProtoField(34)] public Dictionary<string, JSONSchemaProps>? Definitions { get; set; }
    [ProtoField(35)] public ExternalDocumentation? ExternalDocs { get; set; }
    [PreserveUnknownFields]
    [ProtoField(36)] public JsonNode? Example { get; set; }
    [ProtoField(37, OmitEmpty = true)] public bool? Nullable { get; set; }
    [JsonPropertyName("x-kubernetes-preserve-unknown-fields"), Doc("Keep fields not named in the schema instead of pruning them.")]
    [ProtoField(38)] public bool? XPreserveUnknownFields { get; set; }
    [JsonPropertyName("x-kubernetes-embedded-resource"), Doc("The value is a whole object with apiVersion, kind and metadata.")]
    [ProtoField(39, OmitEmpty = true)] public bool? XEmbeddedResource { get; set; }
    [JsonPropertyName("x-kubernetes-int-or-string"), Doc("The value may be an integer or a string.")]
    [ProtoField(40, OmitEmpty = true)] public bool? XIntOrString { get; set; }
    [ListType("atomic"), JsonPropertyName("x-kubernetes-list-map-keys"), Doc("With list type map, the fields identifying an element.")]
    [ProtoField(41)] public List<string>? XListMapKeys { get; set; }
    [JsonPropertyName("x-kubernetes-list-type"), Doc("atomic, set or map: how lists are merged by apply.")]
    [ProtoField(42)] public string? XListType { get; set; }
    [JsonPropertyName("x-kubernetes-map-type"), Doc("granular or atomic: how objects are merged by apply.")]
    [ProtoField(43)] public string? XMapType { get; set; }
    [PatchMergeKey("rule"), PatchStrategy("merge"), ListType("map"), ListMapKeys("rule"), JsonPropertyName("x-kubernetes-validations"), Doc("CEL rules the value must satisfy.")]
    [ProtoField(44)] public List<ValidationRule>? XValidations { get; set; }
}

public sealed class CustomResourceSubresourceStatus
{
}

public sealed class CustomResourceSubresourceScale
{
    [RequiredField]
    [ProtoField(1)] public string SpecReplicasPath { get; set; } = "";
    [RequiredField]
    [ProtoField(2)] public string StatusReplicasPath { get; set; } = "";
    [ProtoField(3)] public string? LabelSelectorPath { get; set; }
}

public sealed class WebhookClientConfig
{
    [ProtoField(3)] public string? Url { get; set; }
    [ProtoField(1)] public ServiceReference? Service { get; set; }
    [ProtoField(2, OmitEmpty = true)] public byte[]? CaBundle { get; set; }
}

public sealed class ExternalDocumentation
{
    [ProtoField(1, OmitEmpty = true)] public string? Description { get; set; }
    [ProtoField(2, OmitEmpty = true)] public string? Url { get; set; }
}

public sealed class ValidationRule
{
    [RequiredField]
    [ProtoField(1)] public string Rule { get; set; } = "";
    [ProtoField(2, OmitEmpty = true)] public string? Message { get; set; }
    [ProtoField(3, OmitEmpty = true)] public string? MessageExpression { get; set; }
    [ProtoField(4)] public string? Reason { get; set; }
    [ProtoField(5, OmitEmpty = true)] public string? FieldPath { get; set; }
    [ProtoField(6)] public bool? OptionalOldSelf { get; set; }
}

public sealed class ServiceReference
{
    [RequiredField]
    [ProtoField(1)] public string Namespace { get; set; } = "";
    [RequiredField]
    [ProtoField(2)] public string Name { get; set; } = "";
    [ProtoField(3)] public string? Path { get; set; }
    [ProtoField(4)] public int? Port { get; set; }
}
