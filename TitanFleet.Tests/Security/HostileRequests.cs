using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TitanFleet.Tests.Security;

/// <summary>
/// Builds the hostile requests for one operation from its valid request: every field of the valid
/// JSON body replaced by every hostile value, malformed and oversized bodies, wrong content types
/// and charsets, form floods, hostile query values for every query parameter, hostile route values.
/// </summary>
public static class HostileRequests
{
    private const string Json = "application/json";

    /// <param name="full">false for callers the operation refuses: they get the request-shape cases only, enough to show the refusal is clean.</param>
    /// <param name="nextContext">a fresh context per case, so no two cases carry the same fix (a duplicate would be stored once and hide a write).</param>
    public static IEnumerable<FuzzCase> For(Operation operation, OperationRule rule, Func<RequestContext> nextContext, bool full)
    {
        var context = nextContext();
        var valid = rule.Valid(context);
        var routeValues = operation.RouteParameters.ToDictionary(name => name, name => Uri.EscapeDataString(rule.Route[name].ValueFor(context)));
        var cases = new List<FuzzCase>();
        foreach (var method in operation.FuzzMethods)
        {
            FuzzCase Case(string name, string? query = null, byte[]? body = null, string? contentType = null, IReadOnlyDictionary<string, string>? route = null) =>
                new(operation.Key, $"{method} {name}", method, Path(operation.Route, route ?? routeValues) + QueryString(query ?? valid.Query), body, contentType);

            var hasBody = method != HttpMethod.Get && method != HttpMethod.Head;
            if (hasBody) cases.AddRange(BodyCases(valid.Json, () => rule.Valid(nextContext()).Json!, full, (name, body, type) => Case(name, body: body, contentType: type)));
            if (full || !hasBody) cases.AddRange(QueryCases(operation, valid, () => rule.Valid(nextContext()).Query, full, query => Case($"query {query.Name}", query: query.Query)));
            cases.AddRange(RouteCases(routeValues, full, route => Case($"route {route.Name}", route: route.Values)));
            if (full && hasBody && valid.Json is not null)
            {
                // The hostile query alongside a valid body: handlers that read both must refuse the query cleanly.
                cases.Add(Case("valid body, NUL query", query: "id=%00&lat=%00", body: Utf8(valid.Json.ToJsonString()), contentType: Json));
            }
        }
        return cases;
    }

    private static IEnumerable<FuzzCase> BodyCases(JsonNode? valid, Func<JsonNode> fresh, bool full, Func<string, byte[]?, string?, FuzzCase> make)
    {
        var text = valid?.ToJsonString() ?? "{}";
        yield return make("no body", null, null);
        yield return make("empty JSON body", [], Json);
        yield return make("truncated JSON", Utf8(text[..(text.Length / 2)]), Json);
        yield return make("malformed JSON", Utf8("{\"a\":,}"), Json);
        yield return make("not JSON", Utf8("hello"), Json);
        yield return make("JSON null", Utf8("null"), Json);
        yield return make("JSON array", Utf8("[]"), Json);
        yield return make("JSON string", Utf8("\"x\""), Json);
        yield return make("JSON huge number", Utf8("1e99999"), Json);
        yield return make("deep nesting", Utf8(new string('[', 5000) + new string(']', 5000)), Json);
        yield return make("deep object nesting", Utf8(string.Concat(Enumerable.Repeat("{\"a\":", 2000)) + "1" + new string('}', 2000)), Json);
        yield return make("comments and trailing comma", Utf8("/* c */" + text.TrimEnd('}') + ",}"), Json);
        yield return make("invalid UTF-8", [.. Utf8(text[..^1] + ",\"x\":\""), 0xC3, 0x28, 0xFF, 0xFE, .. Utf8("\"}")], Json);
        yield return make("NUL bytes", [.. Utf8(text), 0, 0, 0], Json);
        yield return make("byte order mark", [0xEF, 0xBB, 0xBF, .. Utf8(text)], Json);
        yield return make("unknown charset", Utf8(text), "application/json; charset=x-no-such-charset");
        yield return make("UTF-16 charset", Encoding.Unicode.GetBytes(text), "application/json; charset=utf-16");
        yield return make("text/plain", Utf8(text), "text/plain");
        yield return make("XML", Utf8("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>"), "application/xml");
        yield return make("unknown content type", Utf8(text), "application/x-titan-unknown");
        yield return make("malformed content type", Utf8(text), "application/json; charset=\"unterminated");
        yield return make("multipart garbage", Utf8("--b\r\nContent-Disposition: form-data; name=\"../../x\"; filename=\"../../../etc/passwd\"\r\n\r\nx\r\n--b"), "multipart/form-data; boundary=b");
        yield return make("form", Utf8("id=1&lat=51&lon=0"), "application/x-www-form-urlencoded");
        yield return make("form flood", Utf8(string.Join('&', Enumerable.Range(0, 1100).Select(i => $"f{i}=1"))), "application/x-www-form-urlencoded");
        yield return make("form long key", Utf8(new string('k', 3000) + "=1"), "application/x-www-form-urlencoded");
        yield return make("form NUL", Utf8("id=%00&lat=%00&lon=%00"), "application/x-www-form-urlencoded");
        yield return make("oversized body", Utf8("[" + string.Join(',', Enumerable.Repeat("123456789", 220_000)) + "]"), Json);
        if (!full || valid is null) yield break;

        if (valid is JsonObject obj && obj.Count > 0)
        {
            var first = obj.First().Key;
            yield return make("duplicate key", Utf8("{" + JsonSerializer.Serialize(first) + ":\"dup\"," + text[1..]), Json);
        }
        foreach (var path in Arrays(valid))
        {
            foreach (var size in new[] { 1001, 20_000 })
            {
                var copy = fresh();
                var target = (JsonArray)Find(copy, path)!;
                var item = target[0]!;
                for (var i = target.Count; i < size; i++) target.Add(item.DeepClone());
                yield return make($"{path} x{size}", Utf8(copy.ToJsonString()), Json);
            }
        }
        foreach (var path in Leaves(valid))
        {
            foreach (var (name, token) in HostileValues.JsonValues)
            {
                var copy = fresh();
                const string marker = "\"__titan_fuzz_marker__\"";
                Replace(copy, path, JsonValue.Create("__titan_fuzz_marker__"));
                yield return make($"{path} = {name}", Utf8(copy.ToJsonString().Replace(marker, token, StringComparison.Ordinal)), Json);
            }
        }
    }

    private static IEnumerable<FuzzCase> QueryCases(Operation operation, ValidRequest valid, Func<string> freshQuery, bool full, Func<(string Name, string Query), FuzzCase> make)
    {
        var validPairs = ParseQuery(valid.Query);
        var names = operation.QueryParameters.Concat(validPairs.Select(pair => pair.Key)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        yield return make(("long key", new string('k', 3000) + "=1&" + valid.Query));
        yield return make(("repeated keys", string.Join('&', Enumerable.Repeat(valid.Query.Length > 0 ? valid.Query : "x=1", 50))));
        // 1,100 parameters still fit in Kestrel's 8 KB request line, so they reach the app.
        yield return make(("parameter flood", string.Join('&', Enumerable.Range(0, 1100).Select(i => $"{i:x}="))));
        yield return make(("request line too long", "x=" + new string('x', 10_000)));
        if (!full)
        {
            yield return make(("NUL everywhere", string.Join('&', names.DefaultIfEmpty("x").Select(name => $"{name}=%00"))));
            yield break;
        }
        foreach (var name in names)
        {
            foreach (var (valueName, encoded) in HostileValues.QueryValues)
            {
                var pairs = ParseQuery(freshQuery()).Where(pair => !pair.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).Append(new(name, encoded));
                yield return make(($"{name}={valueName}", string.Join('&', pairs.Select(pair => $"{pair.Key}={pair.Value}"))));
                // Alone as well: defaults that the handler derives from it (an end from a start) must not overflow either.
                if (validPairs.Count > 0) yield return make(($"{name}={valueName} alone", $"{name}={encoded}"));
            }
        }
    }

    private static IEnumerable<FuzzCase> RouteCases(IReadOnlyDictionary<string, string> routeValues, bool full, Func<(string Name, IReadOnlyDictionary<string, string> Values), FuzzCase> make)
    {
        foreach (var name in routeValues.Keys)
        {
            foreach (var (valueName, encoded) in HostileValues.RouteValues.Take(full ? int.MaxValue : 2))
            {
                yield return make(($"{name}={valueName}", new Dictionary<string, string>(routeValues) { [name] = encoded }));
            }
        }
    }

    private static string Path(string route, IReadOnlyDictionary<string, string> values) =>
        values.Aggregate(route, (path, value) => path.Replace("{" + value.Key + "}", value.Value, StringComparison.Ordinal));

    private static string QueryString(string query) => query.Length == 0 ? "" : "?" + query;

    private static List<KeyValuePair<string, string>> ParseQuery(string query) =>
        [.. query.Split('&', StringSplitOptions.RemoveEmptyEntries).Select(pair => pair.Split('=', 2)).Select(parts => new KeyValuePair<string, string>(parts[0], parts.Length > 1 ? parts[1] : ""))];

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary>Paths ("positions[0].latitude") of every scalar in the body; arrays are followed through their first item.</summary>
    private static IEnumerable<string> Leaves(JsonNode node, string path = "")
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj)
                {
                    var childPath = path.Length == 0 ? key : $"{path}.{key}";
                    if (child is null) yield return childPath;
                    else foreach (var leaf in Leaves(child, childPath)) yield return leaf;
                }
                break;
            case JsonArray { Count: > 0 } array:
                foreach (var leaf in Leaves(array[0]!, $"{path}[0]")) yield return leaf;
                break;
            default:
                yield return path;
                break;
        }
    }

    private static IEnumerable<string> Arrays(JsonNode node, string path = "")
    {
        if (node is JsonArray { Count: > 0 }) yield return path;
        if (node is not JsonObject obj) yield break;
        foreach (var (key, child) in obj)
        {
            if (child is null) continue;
            foreach (var found in Arrays(child, path.Length == 0 ? key : $"{path}.{key}")) yield return found;
        }
    }

    private static JsonNode? Find(JsonNode root, string path)
    {
        var node = root;
        foreach (var segment in path.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = segment.Split('[')[0];
            node = node![name];
            if (segment.EndsWith("[0]", StringComparison.Ordinal)) node = node![0];
        }
        return node;
    }

    private static void Replace(JsonNode root, string path, JsonNode value)
    {
        var cut = path.LastIndexOf('.');
        var parent = cut < 0 ? root : Find(root, path[..cut]);
        var last = cut < 0 ? path : path[(cut + 1)..];
        parent![last] = value;
    }
}
