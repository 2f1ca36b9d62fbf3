namespace Tugboat.ApiServer.Http;

/// <summary>One field validation failure (k8s.io/apimachinery field.Error), printed as "path: Detail".</summary>
public sealed record FieldError(string Type, string Field, string Detail)
{
    public static FieldError Required(string field, string detail = "") => new("FieldValueRequired", field, detail);
    public static FieldError Invalid(string field, object? value, string detail) => new("FieldValueInvalid", field, $"Invalid value: {Quote(value)}: {detail}");
    public static FieldError NotSupported(string field, object? value, IEnumerable<string> valid) =>
        new("FieldValueNotSupported", field, $"Unsupported value: {Quote(value)}: supported values: {string.Join(", ", valid.Select(v => $"\"{v}\""))}");
    public static FieldError Duplicate(string field, object? value) => new("FieldValueDuplicate", field, $"Duplicate value: {Quote(value)}");
    public static FieldError Forbidden(string field, string detail) => new("FieldValueForbidden", field, $"Forbidden: {detail}");
    public static FieldError TooLong(string field, int max) => new("FieldValueTooLong", field, $"Too long: may not be more than {max} bytes");

    /// <summary>The cause message as upstream puts it in Status.details.causes.</summary>
    public string Message => Type switch
    {
        "FieldValueRequired" => Detail.Length == 0 ? "Required value" : $"Required value: {Detail}",
        _ => Detail,
    };

    public string Reason => Type;

    public override string ToString() => $"{Field}: {Message}";

    private static string Quote(object? value) => value switch
    {
        null => "null",
        string s => $"\"{s}\"",
        bool b => b ? "true" : "false",
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "",
    };
}
