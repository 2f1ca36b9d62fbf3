using System.Text.Json.Nodes;

namespace Tugboat.Api.Apply;

/// <summary>The fields one manager owns, at the API version it wrote them, and whether it applied them.</summary>
public sealed record ManagedSet(FieldSet Set, string ApiVersion, bool Applied);

/// <summary>One field an apply would take from another manager.</summary>
public sealed record Conflict(string Manager, FieldPath Path);

/// <summary>The apply would change fields other managers own (upstream's merge.Conflicts).</summary>
public sealed class ConflictException(IReadOnlyList<Conflict> conflicts) : Exception($"{conflicts.Count} conflict(s)")
{
    public IReadOnlyList<Conflict> Conflicts { get; } = conflicts;
}

/// <summary>
/// Field ownership on update and apply, as structured-merge-diff's merge.Updater. Managers are keyed by an
/// identifier string; all sets are taken to be at the one API version the resource is served at.
/// </summary>
public sealed class Updater(ApplyType type, Func<FieldSet, FieldSet>? ignore = null)
{
    public ApplyType Type { get; } = type;

    /// <summary>
    /// Takes from every manager but <paramref name="workflow"/> the fields the change from
    /// <paramref name="live"/> to <paramref name="updated"/> modified or added (a conflict unless
    /// <paramref name="force"/>) and those it removed.
    /// </summary>
    /// <exception cref="ConflictException">Other managers own changed fields and force is false.</exception>
    private Comparison TakeOwnership(JsonNode? live, JsonNode? updated, Dictionary<string, ManagedSet> managers, string workflow, bool force)
    {
        var comparison = TypedValue.Compare(live, updated, Type).Filter(ignore);
        var changed = comparison.Modified.Union(comparison.Added);
        var conflicts = new Dictionary<string, FieldSet>();
        foreach (var (manager, managed) in managers)
        {
            if (manager == workflow) continue;
            var conflict = managed.Set.Intersection(changed);
            if (!conflict.IsEmpty) conflicts[manager] = conflict;
        }
        if (!force && conflicts.Count > 0)
        {
            throw new ConflictException(conflicts
                .OrderBy(c => c.Key, StringComparer.Ordinal)
                .SelectMany(c => c.Value.Paths().Select(p => new Conflict(c.Key, p)))
                .ToList());
        }
        foreach (var manager in managers.Keys.ToList())
        {
            if (manager == workflow) continue;
            var managed = managers[manager];
            var set = managed.Set;
            if (conflicts.TryGetValue(manager, out var taken)) set = set.Difference(taken);
            if (!comparison.Removed.IsEmpty) set = set.Difference(comparison.Removed);
            if (set.IsEmpty) managers.Remove(manager);
            else managers[manager] = managed with { Set = set };
        }
        return comparison;
    }

    /// <summary>
    /// An ordinary write (create, update, non-apply patch) by <paramref name="manager"/>: it takes every field it
    /// changed, even from others, and nobody keeps a field it removed.
    /// </summary>
    public void Update(JsonNode? live, JsonNode? updated, string apiVersion, Dictionary<string, ManagedSet> managers, string manager)
    {
        var comparison = TakeOwnership(live, updated, managers, manager, force: true);
        var previous = managers.TryGetValue(manager, out var m) ? m.Set : new FieldSet();
        var set = previous.Difference(comparison.Removed).Union(comparison.Modified).Union(comparison.Added);
        if (ignore is not null) set = ignore(set);
        if (set.IsEmpty) managers.Remove(manager);
        else managers[manager] = new ManagedSet(set, apiVersion, Applied: false);
    }

    /// <summary>
    /// Server-side apply of <paramref name="config"/> by <paramref name="manager"/>: merges it into the live
    /// object, makes its fields the manager's applied set, removes what the manager applied last time but no longer
    /// does (unless someone else owns it), and takes changed fields from other managers (a conflict unless forced).
    /// <paramref name="normalize"/> may canonicalize the merged object before it is compared with the live one.
    /// </summary>
    /// <returns>The new object and whether it differs from the live one.</returns>
    /// <exception cref="ConflictException">Other managers own fields the apply changes and force is false.</exception>
    /// <exception cref="ApplyValidationException">The configuration does not fit the schema.</exception>
    public (JsonObject Object, bool Changed) Apply(JsonObject live, JsonObject config, string apiVersion,
        Dictionary<string, ManagedSet> managers, string manager, bool force, Func<JsonObject, JsonObject>? normalize = null)
    {
        var configSet = TypedValue.ToFieldSetValidated(config, Type);
        var merged = TypedValue.Merge(live, config, Type) as JsonObject ?? new JsonObject();
        var last = managers.TryGetValue(manager, out var previous) ? previous : null;
        if (ignore is not null) configSet = ignore(configSet);
        managers[manager] = new ManagedSet(configSet, apiVersion, Applied: true);
        var pruned = last is null || last.Set.IsEmpty ? merged : Prune(merged, managers, last.Set);
        if (normalize is not null) pruned = normalize(pruned);
        TakeOwnership(live, pruned, managers, manager, force);
        return (pruned, !JsonValueOrder.Equal(live, pruned));
    }

    /// <summary>
    /// Removes from <paramref name="merged"/> the fields, list items and map entries the applying manager owned
    /// last time (<paramref name="lastSet"/>) that nobody owns now, upstream's prune / addBackOwnedItems /
    /// addBackDanglingItems.
    /// </summary>
    private JsonObject Prune(JsonObject merged, Dictionary<string, ManagedSet> managers, FieldSet lastSet)
    {
        var last = lastSet.EnsureNamedFieldsAreMembers(Type);
        var pruned = TypedValue.RemoveItems(merged, last, Type);

        var owned = managers.Values.Aggregate(new FieldSet(), (all, m) => all.Union(m.Set)).EnsureNamedFieldsAreMembers(Type);
        var mergedSet = TypedValue.ToFieldSet(merged, Type).EnsureNamedFieldsAreMembers(Type);
        var prunedSet = TypedValue.ToFieldSet(pruned, Type).EnsureNamedFieldsAreMembers(Type);
        pruned = TypedValue.RemoveItems(merged, mergedSet.Difference(prunedSet.Union(owned)), Type);

        prunedSet = TypedValue.ToFieldSet(pruned, Type).EnsureNamedFieldsAreMembers(Type);
        return TypedValue.RemoveItems(merged, mergedSet.Difference(prunedSet).Intersection(last), Type) as JsonObject ?? new JsonObject();
    }
}
