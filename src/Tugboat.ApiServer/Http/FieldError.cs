using Tugboat.ApiServer.Validation;

namespace Tugboat.ApiServer.Http;

/// <summary>
/// One field validation failure (k8s.io/apimachinery field.Error), printed as "path: Detail". Bad values are
/// rendered as upstream's ErrorBody does (see <see cref="GoValue.Render"/>).
/// </summary>
public sealed record FieldError(string Type, string Field, string Detail)
{
    public static FieldError Required(string field, string detail = "") => new("FieldValueRequired", field, detail);
    public static FieldError Invalid(string field, object? value, string detail) => new("FieldValueInvalid", field, Body("Invalid value", value, detail));
    /// <summary>field.Invalid with field.OmitValueType{}: no value printed.</summary>
    public static FieldError InvalidNoValue(string field, string detail) => new("FieldValueInvalid", field, $"Invalid value: {detail}");
    public static FieldError NotSupported(string field, object? value, IEnumerable<string> valid)
    {
        var list = valid.ToList();
        var detail = list.Count == 0 ? "" : "supported values: " + string.Join(", ", list.Select(GoValue.Quote));
        return new("FieldValueNotSupported", field, Body("Unsupported value", value, detail));
    }
    public static FieldError Duplicate(string field, object? value) => new("FieldValueDuplicate", field, Body("Duplicate value", value, ""));
    /// <summary>A duplicate whose detail replaces the default (upstream sets Detail after field.Duplicate).</summary>
    public static FieldError Duplicate(string field, object? value, string detail) => new("FieldValueDuplicate", field, Body("Duplicate value", value, detail));
    public static FieldError NotFound(string field, object? value, string detail = "") => new("FieldValueNotFound", field, Body("Not found", value, detail));
    public static FieldError Forbidden(string field, string detail) => new("FieldValueForbidden", field, detail.Length == 0 ? "Forbidden" : $"Forbidden: {detail}");
    public static FieldError TooLong(string field, int max) =>
        new("FieldValueTooLong", field, $"Too long: may not be more than {max} {(max == 1 ? "byte" : "bytes")}");
    public static FieldError TooMany(string field, int actual, int max) =>
        new("FieldValueTooMany", field, Body("Too many", actual, $"must have at most {max} {(max == 1 ? "item" : "items")}"));

    /// <summary>The cause message as upstream puts it in Status.details.causes.</summary>
    public string Message => Type switch
    {
        "FieldValueRequired" => Detail.Length == 0 ? "Required value" : $"Required value: {Detail}",
        _ => Detail,
    };

    public string Reason => Type;

    public override string ToString() => $"{Field}: {Message}";

    private static string Body(string type, object? value, string detail)
    {
        var body = $"{type}: {GoValue.Render(value)}";
        return detail.Length == 0 ? body : $"{body}: {detail}";
    }
}
