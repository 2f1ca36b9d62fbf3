using Microsoft.Data.Sqlite;

namespace Tugboat.Storage;

/// <summary>Reads of the past from the kine table, on pooled read connections that never block the writer.</summary>
internal sealed class SqliteHistoryReader(string connectionString)
{
    /// <summary>Keys as they were at <paramref name="revision"/>: each key's newest row at or before it, unless a tombstone.</summary>
    public ListResult ListAt(string prefix, string? startKey, int limit, long revision)
    {
        var end = KeyRange.PrefixEnd(prefix);
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT k.name, k.create_revision, k.id, k.value FROM kine AS k
            JOIN (SELECT MAX(id) AS id FROM kine
                  WHERE name >= $start {(end is null ? "" : "AND name < $end")} AND id <= $revision
                  GROUP BY name) AS newest ON k.id = newest.id
            WHERE k.deleted = 0
            ORDER BY k.name
            LIMIT $limit
            """;
        command.Parameters.AddWithValue("$start", KeyRange.Start(prefix, startKey));
        if (end is not null)
        {
            command.Parameters.AddWithValue("$end", end);
        }
        command.Parameters.AddWithValue("$revision", revision);
        command.Parameters.AddWithValue("$limit", limit > 0 ? limit + 1 : -1);
        var items = new List<KeyValue>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                items.Add(new KeyValue(reader.GetString(0), SqliteRows.Blob(reader, 3), reader.GetInt64(1), reader.GetInt64(2)));
            }
        }
        var more = limit > 0 && items.Count > limit;
        if (more)
        {
            items.RemoveAt(limit);
        }
        return new ListResult(items, revision, more);
    }

    /// <summary>Like <see cref="IEventHistory.Read"/>, from the table.</summary>
    public long ReadEvents(string prefix, long from, long to, List<WatchEvent> into, int max)
    {
        var end = KeyRange.PrefixEnd(prefix);
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT {SqliteRows.EventColumns} FROM kine
            WHERE id >= $from AND id <= $to AND name >= $prefix {(end is null ? "" : "AND name < $end")}
            ORDER BY id
            LIMIT $max
            """;
        command.Parameters.AddWithValue("$from", from);
        command.Parameters.AddWithValue("$to", to);
        command.Parameters.AddWithValue("$prefix", prefix);
        if (end is not null)
        {
            command.Parameters.AddWithValue("$end", end);
        }
        command.Parameters.AddWithValue("$max", max);
        var rows = 0;
        var last = from - 1;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var e = SqliteRows.ToEvent(reader);
            rows++;
            last = e.Revision;
            if (KeyRange.HasPrefix(e.Current.Key, prefix))
            {
                into.Add(e);
            }
        }
        return rows == max ? last + 1 : to + 1;
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        return connection;
    }
}
