using Microsoft.Data.Sqlite;

namespace Tugboat.Storage;

/// <summary>
/// The SQLite file's layout: kine's table of revisions (id = revision) plus a meta table for the compacted
/// revision. A delete row holds the deleted value in <c>value</c>; an update row holds the replaced value in
/// <c>old_value</c>.
/// </summary>
internal static class SqliteSchema
{
    private const string CreateTables = """
        CREATE TABLE IF NOT EXISTS kine (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            name TEXT NOT NULL,
            created INTEGER NOT NULL,
            deleted INTEGER NOT NULL,
            create_revision INTEGER NOT NULL,
            prev_revision INTEGER NOT NULL,
            value BLOB,
            old_value BLOB);
        CREATE INDEX IF NOT EXISTS kine_name_id ON kine (name, id);
        CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
        """;

    public const string CompactedRevisionName = "compacted_revision";

    /// <summary>Opens (creating if needed) the file for the single writer: WAL, and fsync on every commit.</summary>
    public static SqliteConnection OpenWriter(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        }.ToString());
        connection.Open();
        Execute(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;");
        Execute(connection, CreateTables);
        return connection;
    }

    /// <summary>Connections for reads of history; pooled, and they never write.</summary>
    public static string ReaderConnectionString(string path) => new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = SqliteOpenMode.ReadWrite,
        Pooling = true,
    }.ToString();

    /// <summary>The newest value of every live key, the newest revision ever written, and the compacted revision.</summary>
    public static (List<KeyValue> Live, long Revision, long Compacted) Load(SqliteConnection connection)
    {
        var live = new List<KeyValue>();
        using (var command = connection.CreateCommand())
        {
            // SQLite takes the bare columns of a MAX() aggregate from the row holding the maximum.
            command.CommandText = "SELECT name, MAX(id), deleted, create_revision, value FROM kine GROUP BY name";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                if (reader.GetInt64(2) == 0)
                {
                    live.Add(new KeyValue(reader.GetString(0), SqliteRows.Blob(reader, 4), reader.GetInt64(3), reader.GetInt64(1)));
                }
            }
        }
        var compacted = Scalar(connection, $"SELECT value FROM meta WHERE name = '{CompactedRevisionName}'");
        // sqlite_sequence remembers the highest id ever used, even when compaction deleted that row.
        var revision = Math.Max(Scalar(connection, "SELECT seq FROM sqlite_sequence WHERE name = 'kine'"), compacted);
        return (live, revision, compacted);
    }

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar() is long value ? value : 0;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
