namespace Tugboat.Api.Selection;

/// <summary>A label or field selector (or requirement) that upstream would reject; the message is upstream's.</summary>
public sealed class SelectorParseException(string message) : FormatException(message);
