using Microsoft.Data.Sqlite;

namespace Tugboat.Storage;

/// <summary>Turns rows of the kine table back into the events they recorded.</summary>
internal static class SqliteRows
{
    /// <summary>The columns <see cref="ToEvent"/> reads, in order.</summary>
    public const string EventColumns = "id, name, created, deleted, create_revision, prev_revision, value, old_value";

    public static byte[] Blob(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? [] : (byte[])reader.GetValue(ordinal);

    public static WatchEvent ToEvent(SqliteDataReader reader)
    {
        var revision = reader.GetInt64(0);
        var key = reader.GetString(1);
        var created = reader.GetInt64(2) != 0;
        var deleted = reader.GetInt64(3) != 0;
        var createRevision = reader.GetInt64(4);
        var prevRevision = reader.GetInt64(5);
        var value = Blob(reader, 6);
        if (deleted)
        {
            return new WatchEvent(WatchEventType.Delete,
                new KeyValue(key, value, createRevision, revision),
                new KeyValue(key, value, createRevision, prevRevision));
        }
        var current = new KeyValue(key, value, createRevision, revision);
        return created
            ? new WatchEvent(WatchEventType.Put, current, null)
            : new WatchEvent(WatchEventType.Put, current, new KeyValue(key, Blob(reader, 7), createRevision, prevRevision));
    }
}
