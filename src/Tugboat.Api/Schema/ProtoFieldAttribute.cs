namespace Tugboat.Api.Schema;

/// <summary>
/// Where a property lives in the Kubernetes protobuf encoding (application/vnd.kubernetes.protobuf): the field
/// number from the upstream Go struct tag, e.g. <c>protobuf:"bytes,1,opt,name=metadata"</c> is <c>[ProtoField(1)]</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class ProtoFieldAttribute(int number) : Attribute
{
    /// <summary>
    /// The field number inside its message. 0 means the property is not part of the message: TypeMeta's
    /// apiVersion and kind, which the protobuf envelope carries instead.
    /// </summary>
    public int Number { get; } = number;

    /// <summary>
    /// Non-zero when the Go field belongs to an embedded (<c>json:",inline"</c>) struct that Tugboat flattens into
    /// the class (or into a base class) but protobuf encodes as a nested message at this field number of the
    /// enclosing message, e.g. Volume.VolumeSource = 2, Probe.ProbeHandler = 1,
    /// ConfigMapKeySelector.LocalObjectReference = 1, IngressRule.IngressRuleValue = 2.
    /// <see cref="Number"/> is then the field's number inside that nested message.
    /// </summary>
    public int Embedded { get; init; }

    /// <summary>
    /// The Go field is a non-pointer scalar tagged <c>omitempty</c>. Protobuf always writes such fields, zero values
    /// included; a zero value ("", 0, false, empty bytes) means "unset" and leaves the property null, as decoding
    /// the JSON form (which omits it) would.
    /// </summary>
    public bool OmitEmpty { get; init; }

    /// <summary>The wire shape of a <see cref="System.Text.Json.Nodes.JsonNode"/> property whose Go type is not raw JSON.</summary>
    public ProtoKind Kind { get; init; }
}

/// <summary>Wire shapes of JSON-typed properties (apiextensions JSONSchemaProps unions) that are structured messages.</summary>
public enum ProtoKind
{
    /// <summary>Decided by the property's CLR type; a JsonNode is a raw JSON message {1: bytes}.</summary>
    Default,
    /// <summary>JSONSchemaPropsOrArray {1: JSONSchemaProps schema, 2: repeated JSONSchemaProps jSONSchemas}.</summary>
    JsonSchemaPropsOrArray,
    /// <summary>JSONSchemaPropsOrBool {1: bool allows, 2: JSONSchemaProps schema}.</summary>
    JsonSchemaPropsOrBool,
    /// <summary>JSONSchemaPropsOrStringArray {1: JSONSchemaProps schema, 2: repeated string property} (map values).</summary>
    JsonSchemaPropsOrStringArray,
}
