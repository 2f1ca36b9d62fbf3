namespace Tugboat.Api.Selection;

/// <summary>The text of upstream field.Error values and their aggregate (util/validation/field, util/errors).</summary>
internal static class FieldErrorText
{
    /// <summary>Path.String() of a nil path.</summary>
    public const string NilPath = "<nil>";

    /// <summary>path.Child(name) where a null path is the nil root.</summary>
    public static string Child(string? path, string name) => path is null ? name : path + "." + name;

    /// <summary>path.Index(i) / path.Key(k).</summary>
    public static string Subscript(string path, string index) => path + "[" + index + "]";

    /// <summary>field.Invalid(...).Error(): "field: Invalid value: value: detail".</summary>
    public static string Invalid(string? field, string renderedValue, string detail) =>
        Format(field, "Invalid value", renderedValue, detail);

    /// <summary>field.NotSupported(...).Error(), with the supported values quoted.</summary>
    public static string NotSupported(string? field, string renderedValue, IEnumerable<string> supported) =>
        Format(field, "Unsupported value", renderedValue, "supported values: " + string.Join(", ", supported.Select(GoText.Quote)));

    /// <summary>ErrorList.ToAggregate().Error(): duplicates dropped, one error bare, several in brackets.</summary>
    public static string? Aggregate(IEnumerable<string> errors)
    {
        var distinct = errors.Distinct(StringComparer.Ordinal).ToList();
        return distinct.Count switch
        {
            0 => null,
            1 => distinct[0],
            _ => "[" + string.Join(", ", distinct) + "]",
        };
    }

    private static string Format(string? field, string type, string renderedValue, string detail)
    {
        var body = type + ": " + renderedValue;
        if (detail.Length > 0) body += ": " + detail;
        return (field ?? NilPath) + ": " + body;
    }
}
