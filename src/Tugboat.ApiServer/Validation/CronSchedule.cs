using System.Globalization;

namespace Tugboat.ApiServer.Validation;

/// <summary>
/// The schedule check of CronJobs: robfig/cron/v3's ParseStandard (five fields or a @descriptor), returning its
/// error text, which upstream shows as the field error's detail.
/// </summary>
public static class CronSchedule
{
    private sealed record Bounds(int Min, int Max, Dictionary<string, int>? Names = null);

    private static readonly Bounds Minutes = new(0, 59);
    private static readonly Bounds Hours = new(0, 23);
    private static readonly Bounds Dom = new(1, 31);
    private static readonly Bounds Months = new(1, 12, new()
    {
        ["jan"] = 1, ["feb"] = 2, ["mar"] = 3, ["apr"] = 4, ["may"] = 5, ["jun"] = 6,
        ["jul"] = 7, ["aug"] = 8, ["sep"] = 9, ["oct"] = 10, ["nov"] = 11, ["dec"] = 12,
    });
    private static readonly Bounds Dow = new(0, 6, new()
    {
        ["sun"] = 0, ["mon"] = 1, ["tue"] = 2, ["wed"] = 3, ["thu"] = 4, ["fri"] = 5, ["sat"] = 6,
    });

    /// <summary>Null when the schedule parses, robfig's error message otherwise.</summary>
    public static string? ParseError(string spec)
    {
        if (spec.Length == 0) return "empty spec string";
        if (spec.StartsWith("TZ=", StringComparison.Ordinal) || spec.StartsWith("CRON_TZ=", StringComparison.Ordinal))
        {
            var space = spec.IndexOf(' ');
            var eq = spec.IndexOf('=');
            if (space < 0) return null;
            var zone = spec[(eq + 1)..space];
            if (!TimeZones.Exists(zone)) return $"provided bad location {zone}: unknown time zone {zone}";
            spec = spec[space..].Trim();
        }
        if (spec.StartsWith('@')) return Descriptor(spec);
        var fields = spec.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length != 5) return $"expected exactly 5 fields, found {fields.Length}: [{string.Join(" ", fields)}]";
        Bounds[] bounds = [Minutes, Hours, Dom, Months, Dow];
        for (var i = 0; i < 5; i++)
            if (Field(fields[i], bounds[i]) is { } error) return error;
        return null;
    }

    private static string? Descriptor(string spec)
    {
        switch (spec)
        {
            case "@yearly" or "@annually" or "@monthly" or "@weekly" or "@daily" or "@midnight" or "@hourly":
                return null;
        }
        const string every = "@every ";
        if (spec.StartsWith(every, StringComparison.Ordinal))
            return GoDuration.TryParse(spec[every.Length..], out var error) ? null : $"failed to parse duration {spec}: {error}";
        return $"unrecognized descriptor: {spec}";
    }

    private static string? Field(string field, Bounds r)
    {
        foreach (var expr in field.Split(',', StringSplitOptions.RemoveEmptyEntries))
            if (Range(expr, r) is { } error) return error;
        return null;
    }

    private static string? Range(string expr, Bounds r)
    {
        var rangeAndStep = expr.Split('/');
        var lowAndHigh = rangeAndStep[0].Split('-');
        var singleDigit = lowAndHigh.Length == 1;
        long start, end, step;
        string? error;
        if (lowAndHigh[0] is "*" or "?")
        {
            start = r.Min;
            end = r.Max;
        }
        else
        {
            if ((error = IntOrName(lowAndHigh[0], r, out start)) is not null) return error;
            switch (lowAndHigh.Length)
            {
                case 1: end = start; break;
                case 2: if ((error = IntOrName(lowAndHigh[1], r, out end)) is not null) return error; break;
                default: return $"too many hyphens: {expr}";
            }
        }
        switch (rangeAndStep.Length)
        {
            case 1: step = 1; break;
            case 2:
                if ((error = ParseInt(rangeAndStep[1], out step)) is not null) return error;
                if (singleDigit) end = r.Max;
                break;
            default: return $"too many slashes: {expr}";
        }
        if (start < r.Min) return $"beginning of range ({start}) below minimum ({r.Min}): {expr}";
        if (end > r.Max) return $"end of range ({end}) above maximum ({r.Max}): {expr}";
        if (start > end) return $"beginning of range ({start}) beyond end of range ({end}): {expr}";
        if (step == 0) return $"step of range should be a positive number: {expr}";
        return null;
    }

    private static string? IntOrName(string expr, Bounds r, out long value)
    {
        if (r.Names is not null && r.Names.TryGetValue(expr.ToLowerInvariant(), out var named))
        {
            value = named;
            return null;
        }
        return ParseInt(expr, out value);
    }

    // strconv.Atoi and robfig's mustParseInt.
    private static string? ParseInt(string expr, out long value)
    {
        var digits = expr.StartsWith('+') || expr.StartsWith('-') ? expr[1..] : expr;
        if (digits.Length == 0 || !digits.All(char.IsAsciiDigit))
        {
            value = 0;
            return $"failed to parse int from {expr}: strconv.Atoi: parsing {GoValue.Quote(expr)}: invalid syntax";
        }
        if (!long.TryParse(expr, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value))
            return $"failed to parse int from {expr}: strconv.Atoi: parsing {GoValue.Quote(expr)}: value out of range";
        if (value < 0) return $"negative number ({value}) not allowed: {expr}";
        return null;
    }
}

/// <summary>IANA time zones as Go's time.LoadLocation knows them.</summary>
public static class TimeZones
{
    public static bool Exists(string name)
    {
        if (name is "UTC" or "") return true;
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(name) is not null;
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException or ArgumentException)
        {
            return false;
        }
    }
}

/// <summary>Go's time.ParseDuration, for "@every" schedules.</summary>
public static class GoDuration
{
    public static bool TryParse(string text, out string? error)
    {
        error = null;
        var s = text;
        if (s is "0" or "+0" or "-0") return true;
        if (s.StartsWith('+') || s.StartsWith('-')) s = s[1..];
        if (s.Length == 0) { error = $"time: invalid duration {GoValue.Quote(text)}"; return false; }
        string[] units = ["ns", "us", "µs", "μs", "ms", "s", "m", "h"];
        while (s.Length > 0)
        {
            var i = 0;
            while (i < s.Length && (char.IsAsciiDigit(s[i]) || s[i] == '.')) i++;
            if (i == 0 || s[..i] == ".") { error = $"time: invalid duration {GoValue.Quote(text)}"; return false; }
            s = s[i..];
            var unit = units.Where(u => s.StartsWith(u, StringComparison.Ordinal)).OrderByDescending(u => u.Length).FirstOrDefault();
            if (unit is null)
            {
                var j = 0;
                while (j < s.Length && !char.IsAsciiDigit(s[j]) && s[j] != '.') j++;
                error = j == 0 ? $"time: missing unit in duration {GoValue.Quote(text)}" : $"time: unknown unit {GoValue.Quote(s[..j])} in duration {GoValue.Quote(text)}";
                return false;
            }
            s = s[unit.Length..];
        }
        return true;
    }
}
