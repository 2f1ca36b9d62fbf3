using System.Text.Json.Nodes;

namespace Tugboat.Api.Apply;

/// <summary>
/// A set of field paths stored as a tree, as structured-merge-diff's fieldpath.Set: at each level the path
/// elements that end a path here (members) and the subtrees of longer paths (children). Set operations are on
/// exact paths: a member <c>.spec</c> does not contain <c>.spec.replicas</c>. Encodes to and from the FieldsV1
/// form of managedFields.
/// </summary>
public sealed class FieldSet : IEquatable<FieldSet>
{
    private readonly SortedSet<PathElement> _members = new(Comparer<PathElement>.Default);
    private readonly SortedDictionary<PathElement, FieldSet> _children = new(Comparer<PathElement>.Default);

    public FieldSet() { }

    public FieldSet(IEnumerable<FieldPath> paths)
    {
        foreach (var path in paths) Insert(path);
    }

    public static FieldSet Of(params FieldPath[] paths) => new(paths);

    public IReadOnlyCollection<PathElement> Members => _members;
    public IReadOnlyDictionary<PathElement, FieldSet> Children => _children;

    public bool IsEmpty => _members.Count == 0 && _children.Count == 0;

    public void Insert(FieldPath path)
    {
        if (path.Count == 0) return;
        var node = this;
        for (var i = 0; i < path.Count - 1; i++) node = node.Descend(path[i]);
        node._members.Add(path[^1]);
    }

    private FieldSet Descend(PathElement element)
    {
        if (!_children.TryGetValue(element, out var child)) _children[element] = child = new FieldSet();
        return child;
    }

    public bool Has(FieldPath path)
    {
        if (path.Count == 0) return false;
        var node = this;
        for (var i = 0; i < path.Count - 1; i++)
            if (!node._children.TryGetValue(path[i], out node)) return false;
        return node._members.Contains(path[^1]);
    }

    public bool HasMember(PathElement element) => _members.Contains(element);

    /// <summary>The paths below <paramref name="element"/>, relative to it (empty when there are none).</summary>
    public FieldSet WithPrefix(PathElement element) => _children.TryGetValue(element, out var child) ? child : Empty;

    private static readonly FieldSet Empty = new();

    public FieldSet Union(FieldSet other)
    {
        var result = Clone();
        result.UnionWith(other);
        return result;
    }

    private void UnionWith(FieldSet other)
    {
        _members.UnionWith(other._members);
        foreach (var (element, child) in other._children) Descend(element).UnionWith(child);
    }

    public FieldSet Intersection(FieldSet other)
    {
        var result = new FieldSet();
        foreach (var m in _members)
            if (other._members.Contains(m)) result._members.Add(m);
        foreach (var (element, child) in _children)
        {
            if (!other._children.TryGetValue(element, out var otherChild)) continue;
            var both = child.Intersection(otherChild);
            if (!both.IsEmpty) result._children[element] = both;
        }
        return result;
    }

    public FieldSet Difference(FieldSet other)
    {
        var result = new FieldSet();
        foreach (var m in _members)
            if (!other._members.Contains(m)) result._members.Add(m);
        foreach (var (element, child) in _children)
        {
            var rest = other._children.TryGetValue(element, out var otherChild) ? child.Difference(otherChild) : child.Clone();
            if (!rest.IsEmpty) result._children[element] = rest;
        }
        return result;
    }

    /// <summary>
    /// This set without the paths of <paramref name="other"/> and everything below its members (upstream's
    /// RecursiveDifference, used to ignore fields a strategy resets).
    /// </summary>
    public FieldSet RecursiveDifference(FieldSet other)
    {
        var result = new FieldSet();
        foreach (var m in _members)
            if (!other._members.Contains(m)) result._members.Add(m);
        foreach (var (element, child) in _children)
        {
            if (other._members.Contains(element)) continue;
            var rest = other._children.TryGetValue(element, out var otherChild) ? child.RecursiveDifference(otherChild) : child.Clone();
            if (!rest.IsEmpty) result._children[element] = rest;
        }
        return result;
    }

    /// <summary>Only the paths that start with one of <paramref name="prefixes"/> (each kept whole).</summary>
    public FieldSet KeepPrefixes(FieldSet prefixes)
    {
        var result = new FieldSet();
        foreach (var m in _members)
            if (prefixes._members.Contains(m)) result._members.Add(m);
        foreach (var (element, child) in _children)
        {
            if (prefixes._members.Contains(element)) result._children[element] = child.Clone();
            else if (prefixes._children.TryGetValue(element, out var sub))
            {
                var kept = child.KeepPrefixes(sub);
                if (!kept.IsEmpty) result._children[element] = kept;
            }
        }
        return result;
    }

    public FieldSet Clone()
    {
        var result = new FieldSet();
        result._members.UnionWith(_members);
        foreach (var (element, child) in _children) result._children[element] = child.Clone();
        return result;
    }

    /// <summary>Every path of the set: at each level the members first, then the children, each in order.</summary>
    public IEnumerable<FieldPath> Paths() => PathsUnder(FieldPath.Root);

    private IEnumerable<FieldPath> PathsUnder(FieldPath prefix)
    {
        foreach (var m in _members) yield return prefix.Append(m);
        foreach (var (element, child) in _children)
            foreach (var path in child.PathsUnder(prefix.Append(element)))
                yield return path;
    }

    /// <summary>
    /// This set plus, as members, the struct fields that only appear as parents of its paths (upstream's
    /// EnsureNamedFieldsAreMembers): <c>.spec.replicas</c> makes <c>.spec</c> a member, while map keys and list
    /// items stay what they are. Pruning uses it so that emptied structs go away with their last field.
    /// </summary>
    public FieldSet EnsureNamedFieldsAreMembers(ApplyType? type)
    {
        var result = new FieldSet();
        result._members.UnionWith(_members);
        foreach (var (element, child) in _children)
        {
            ApplyType? childType = null;
            if (element.Kind == PathElementKind.Field && type is not null)
            {
                if (type.HasField(element.FieldName!)) result._members.Add(element);
                childType = type.ChildType(element.FieldName!);
            }
            else if (element.Kind == PathElementKind.Key && type?.Kind == ApplyTypeKind.List)
            {
                childType = type.Element;
            }
            result._children[element] = child.EnsureNamedFieldsAreMembers(childType);
        }
        return result;
    }

    /// <summary>The FieldsV1 object of managedFields: <c>{"f:spec":{"f:replicas":{}}}</c>, with <c>"."</c> for a path that is both a member and a parent.</summary>
    public JsonObject ToFieldsV1() => Emit(includeSelf: false);

    private JsonObject Emit(bool includeSelf)
    {
        var result = new JsonObject();
        if (includeSelf && !IsEmpty) result["."] = new JsonObject();
        using var members = _members.GetEnumerator();
        using var children = _children.GetEnumerator();
        var hasMember = members.MoveNext();
        var hasChild = children.MoveNext();
        while (hasMember || hasChild)
        {
            var c = !hasMember ? 1 : !hasChild ? -1 : members.Current.CompareTo(children.Current.Key);
            if (c < 0)
            {
                result[members.Current.Serialize()] = new JsonObject();
                hasMember = members.MoveNext();
            }
            else if (c > 0)
            {
                result[children.Current.Key.Serialize()] = children.Current.Value.Emit(includeSelf: false);
                hasChild = children.MoveNext();
            }
            else
            {
                result[children.Current.Key.Serialize()] = children.Current.Value.Emit(includeSelf: true);
                hasMember = members.MoveNext();
                hasChild = children.MoveNext();
            }
        }
        return result;
    }

    /// <summary>Reads FieldsV1; keys with a prefix this version does not know are skipped, as upstream does.</summary>
    /// <exception cref="FormatException">A key or value is malformed.</exception>
    public static FieldSet FromFieldsV1(JsonObject? fields)
    {
        var result = new FieldSet();
        if (fields is null) return result;
        Read(fields, result);
        return result;
    }

    private static void Read(JsonObject fields, FieldSet into)
    {
        foreach (var (key, value) in fields)
        {
            if (key == ".") continue;
            var element = PathElement.Parse(key);
            if (element is null) continue;
            if (value is not JsonObject sub) throw new FormatException($"the value of {key} is not an object");
            if (sub.Count == 0 || sub.ContainsKey(".")) into._members.Add(element);
            if (sub.Count > 0 && !(sub.Count == 1 && sub.ContainsKey(".")))
            {
                var child = new FieldSet();
                Read(sub, child);
                if (!child.IsEmpty) into._children[element] = child;
            }
        }
    }

    public bool Equals(FieldSet? other) =>
        other is not null && _members.SetEquals(other._members) && _children.Count == other._children.Count &&
        _children.All(c => other._children.TryGetValue(c.Key, out var o) && c.Value.Equals(o));

    public override bool Equals(object? obj) => obj is FieldSet other && Equals(other);
    public override int GetHashCode() => ToFieldsV1().ToJsonString().GetHashCode(StringComparison.Ordinal);

    /// <summary>One path per line, as upstream prints a set.</summary>
    public override string ToString() => string.Join("\n", Paths());
}
