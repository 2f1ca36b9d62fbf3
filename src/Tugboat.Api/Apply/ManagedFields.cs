using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Tugboat.Api.Meta;

namespace Tugboat.Api.Apply;

/// <summary>
/// The decoded metadata.managedFields of an object: the fields of each manager, keyed by a manager identifier
/// (upstream's BuildManagerIdentifier: the entry's manager, operation, subresource and, for updates, apiVersion),
/// and the time of each manager's last change.
/// </summary>
public sealed class ManagedFields
{
    public const string Apply = "Apply";
    public const string Update = "Update";
    public const string FieldsV1 = "FieldsV1";

    public Dictionary<string, ManagedSet> Fields { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, DateTimeOffset?> Times { get; } = new(StringComparer.Ordinal);

    /// <summary>The identifier of a manager: <c>{"manager":"kubectl","operation":"Apply"}</c>.</summary>
    public static string Identifier(string manager, string operation, string? apiVersion, string? subresource)
    {
        var builder = new StringBuilder("{\"manager\":").Append(GoJson.Quote(manager));
        builder.Append(",\"operation\":").Append(GoJson.Quote(operation));
        if (operation != Apply && !string.IsNullOrEmpty(apiVersion)) builder.Append(",\"apiVersion\":").Append(GoJson.Quote(apiVersion));
        if (!string.IsNullOrEmpty(subresource)) builder.Append(",\"subresource\":").Append(GoJson.Quote(subresource));
        return builder.Append('}').ToString();
    }

    /// <summary>The manager, operation, apiVersion and subresource an identifier names.</summary>
    public static ManagedFieldsEntry ParseIdentifier(string identifier)
    {
        var entry = new ManagedFieldsEntry();
        if (JsonNode.Parse(identifier) is not JsonObject obj) return entry;
        entry.Manager = obj["manager"]?.GetValue<string>();
        entry.Operation = obj["operation"]?.GetValue<string>();
        entry.ApiVersion = obj["apiVersion"]?.GetValue<string>();
        entry.Subresource = obj["subresource"]?.GetValue<string>();
        return entry;
    }

    /// <summary>True for the values a client sends to clear managedFields: an empty list or one empty entry.</summary>
    public static bool IsReset(IReadOnlyList<ManagedFieldsEntry>? entries) => entries switch
    {
        null => false,
        { Count: 0 } => true,
        [var only] => only is { Manager: null, Operation: null, ApiVersion: null, Time: null, FieldsType: null, FieldsV1: null, Subresource: null },
        _ => false,
    };

    /// <exception cref="FormatException">An entry is not valid (upstream's DecodeManagedFields errors).</exception>
    public static ManagedFields Decode(IReadOnlyList<ManagedFieldsEntry>? entries)
    {
        var result = new ManagedFields();
        if (entries is null) return result;
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            if (entry.Operation is not (Apply or Update)) throw new FormatException("operation must be `Apply` or `Update`");
            if (string.IsNullOrEmpty(entry.ApiVersion)) throw new FormatException("apiVersion must not be empty");
            if (string.IsNullOrEmpty(entry.FieldsType)) throw new FormatException($"missing fieldsType in managed fields entry {i}");
            if (entry.FieldsType != FieldsV1) throw new FormatException($"invalid fieldsType \"{entry.FieldsType}\" in managed fields entry {i}");
            var id = Identifier(entry.Manager ?? "", entry.Operation, entry.ApiVersion, entry.Subresource);
            result.Fields[id] = new ManagedSet(FieldSet.FromFieldsV1(entry.FieldsV1), entry.ApiVersion, entry.Operation == Apply);
            result.Times[id] = entry.Time;
        }
        return result;
    }

    /// <summary>Decodes, or gives no managers when the entries are not valid.</summary>
    public static ManagedFields DecodeOrEmpty(IReadOnlyList<ManagedFieldsEntry>? entries)
    {
        try { return Decode(entries); }
        catch (Exception e) when (e is FormatException or JsonException or InvalidOperationException) { return new ManagedFields(); }
    }

    /// <summary>
    /// The entries in upstream's order: Apply before Update, then by time (to the second), manager, apiVersion and
    /// subresource; null when there are none.
    /// </summary>
    public List<ManagedFieldsEntry>? Encode()
    {
        if (Fields.Count == 0) return null;
        var entries = new List<ManagedFieldsEntry>(Fields.Count);
        foreach (var (id, managed) in Fields)
        {
            var entry = ParseIdentifier(id);
            entry.ApiVersion = managed.ApiVersion;
            if (managed.Applied) entry.Operation = Apply;
            entry.FieldsType = FieldsV1;
            entry.FieldsV1 = managed.Set.ToFieldsV1();
            entry.Time = Times.GetValueOrDefault(id);
            entries.Add(entry);
        }
        entries.Sort(CompareEntries);
        return entries;
    }

    private static int CompareEntries(ManagedFieldsEntry p, ManagedFieldsEntry q)
    {
        var c = string.CompareOrdinal(p.Operation, q.Operation);
        if (c != 0) return c;
        c = Seconds(p.Time).CompareTo(Seconds(q.Time));
        if (c != 0) return c;
        c = string.CompareOrdinal(p.Manager, q.Manager);
        if (c != 0) return c;
        c = string.CompareOrdinal(p.ApiVersion, q.ApiVersion);
        return c != 0 ? c : string.CompareOrdinal(p.Subresource ?? "", q.Subresource ?? "");
    }

    private static long Seconds(DateTimeOffset? time) => time?.ToUnixTimeSeconds() ?? 0;

    /// <summary>
    /// Merges the oldest update managers into "ancient-changes" buckets, one per API version, until at most
    /// <paramref name="max"/> update managers remain (upstream's capManagersManager).
    /// </summary>
    public void CapUpdateManagers(int max)
    {
        var updaters = Fields.Where(f => !f.Value.Applied).Select(f => f.Key).ToList();
        if (updaters.Count <= max) return;
        updaters.Sort((a, b) =>
        {
            var c = Seconds(Times.GetValueOrDefault(a)).CompareTo(Seconds(Times.GetValueOrDefault(b)));
            return c != 0 ? c : string.CompareOrdinal(a, b);
        });
        var firstOfVersion = new Dictionary<string, string>(StringComparer.Ordinal);
        var length = updaters.Count;
        for (var i = 0; i < updaters.Count && length > max; i++)
        {
            var manager = updaters[i];
            var managed = Fields[manager];
            var time = Times.GetValueOrDefault(manager);
            var bucket = Identifier("ancient-changes", Update, managed.ApiVersion, null);
            if (firstOfVersion.TryGetValue(managed.ApiVersion, out var first))
            {
                if (!Fields.ContainsKey(bucket))
                {
                    Fields[bucket] = Fields[first];
                    Fields.Remove(first);
                }
                Fields[bucket] = managed with { Set = managed.Set.Union(Fields[bucket].Set) };
                Fields.Remove(manager);
                length--;
                Times[bucket] = time;
            }
            else
            {
                firstOfVersion[managed.ApiVersion] = manager;
            }
        }
    }

    /// <summary>How conflict messages name a manager: <c>"kubectl-edit" using apps/v1</c>, <c>"m" with subresource "status"</c>.</summary>
    public static string PrintManager(string identifier)
    {
        ManagedFieldsEntry entry;
        try { entry = ParseIdentifier(identifier); }
        catch (JsonException) { return GoJson.Quote(identifier, htmlSafe: false); }
        var text = GoJson.Quote(entry.Manager ?? "", htmlSafe: false);
        if (!string.IsNullOrEmpty(entry.Subresource)) text += $" with subresource {GoJson.Quote(entry.Subresource, htmlSafe: false)}";
        if (entry.Operation == Update) text += $" using {entry.ApiVersion}";
        return text;
    }

    /// <summary>Upstream's apply conflict message (getConflictMessage).</summary>
    public static string ConflictMessage(IReadOnlyList<Conflict> conflicts)
    {
        if (conflicts.Count == 1)
            return $"Apply failed with 1 conflict: conflict with {PrintManager(conflicts[0].Manager)}: {conflicts[0].Path}";
        var lines = new List<string>();
        foreach (var group in conflicts.GroupBy(c => c.Manager).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            lines.Add($"conflicts with {PrintManager(group.Key)}:");
            lines.AddRange(group.Select(c => $"- {c.Path}"));
        }
        return $"Apply failed with {conflicts.Count} conflicts: {string.Join("\n", lines)}";
    }
}
