using System.Collections;

namespace Tugboat.Api.Apply;

/// <summary>An immutable path from the root of an object to one field, list item or set value.</summary>
public sealed class FieldPath : IReadOnlyList<PathElement>, IEquatable<FieldPath>
{
    private readonly PathElement[] _elements;

    public static readonly FieldPath Root = new([]);

    private FieldPath(PathElement[] elements) => _elements = elements;

    public FieldPath(IEnumerable<PathElement> elements) => _elements = elements.ToArray();

    /// <summary>A path of field names, e.g. <c>FieldPath.Of("spec", "replicas")</c>.</summary>
    public static FieldPath Of(params string[] fieldNames) => new(fieldNames.Select(PathElement.Field).ToArray());

    public FieldPath Append(PathElement element)
    {
        var elements = new PathElement[_elements.Length + 1];
        _elements.CopyTo(elements, 0);
        elements[^1] = element;
        return new FieldPath(elements);
    }

    public PathElement this[int index] => _elements[index];
    public int Count => _elements.Length;
    public IEnumerator<PathElement> GetEnumerator() => ((IEnumerable<PathElement>)_elements).GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public bool Equals(FieldPath? other) => other is not null && _elements.SequenceEqual(other._elements);
    public override bool Equals(object? obj) => obj is FieldPath other && Equals(other);
    public override int GetHashCode() => _elements.Aggregate(0, (h, e) => HashCode.Combine(h, e));

    /// <summary>As conflict messages print it: <c>.spec.template.spec.containers[name="app"].image</c>.</summary>
    public override string ToString() => string.Concat(_elements.Select(e => e.ToString()));
}
