using System.Text.RegularExpressions;
using Microsoft.Extensions.Primitives;
using Sentry;
using TitanFleet.Api.Auth;

namespace TitanFleet.Api.Observability;

/// <summary>
/// Removes credentials from everything sent to Sentry: auth and cookie headers, device tokens
/// (<c>tfd_…</c>) wherever they appear, and password or token fields of captured request bodies.
/// </summary>
public static partial class SentryScrubber
{
    public const string Filtered = "[Filtered]";

    private static readonly HashSet<string> SecretHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "Authorization", "Proxy-Authorization", "Cookie", "Set-Cookie", DeviceTokenAuthenticationHandler.HeaderName,
    };

    public static SentryEvent Scrub(SentryEvent evt)
    {
        if (evt.Request is { } request) ScrubRequest(request);
        if (evt.Message is { } message)
        {
            message.Message = ScrubText(message.Message);
            message.Formatted = ScrubText(message.Formatted);
        }
        foreach (var exception in evt.SentryExceptions ?? []) exception.Value = ScrubText(exception.Value);
        foreach (var (key, value) in evt.Tags.ToArray()) evt.SetTag(key, ScrubText(value)!);
        foreach (var (key, value) in evt.Extra.ToArray())
        {
            if (value is string text) evt.SetExtra(key, ScrubText(text));
        }
        return evt;
    }

    public static Breadcrumb Scrub(Breadcrumb breadcrumb)
    {
        var message = ScrubText(breadcrumb.Message);
        var data = breadcrumb.Data?.ToDictionary(entry => entry.Key, entry => IsSecretName(entry.Key) ? Filtered : ScrubText(entry.Value)!);
        var changed = message != breadcrumb.Message || (data is not null && data.Any(entry => entry.Value != breadcrumb.Data![entry.Key]));
        // Breadcrumbs are immutable; a scrubbed copy is made as it is added, so its timestamp barely moves.
        return changed ? new Breadcrumb(message ?? "", breadcrumb.Type ?? "default", data, breadcrumb.Category, breadcrumb.Level) : breadcrumb;
    }

    /// <summary>Masks device tokens anywhere in the text, and secret fields of JSON or form-encoded text.</summary>
    public static string? ScrubText(string? text)
    {
        if (string.IsNullOrEmpty(text)) return text;
        text = DeviceTokenPattern().Replace(text, "tfd_" + Filtered);
        text = JsonSecretPattern().Replace(text, match => $"{match.Groups["name"].Value}\"{Filtered}\"");
        return FormSecretPattern().Replace(text, match => $"{match.Groups["name"].Value}{Filtered}");
    }

    private static void ScrubRequest(SentryRequest request)
    {
        foreach (var name in request.Headers.Keys.Where(SecretHeaders.Contains).ToArray()) request.Headers[name] = Filtered;
        request.Cookies = null;
        request.QueryString = ScrubText(request.QueryString);
        request.Url = ScrubText(request.Url);
        request.Data = request.Data switch
        {
            null => null,
            string body => ScrubText(body),
            IEnumerable<KeyValuePair<string, StringValues>> form => form.ToDictionary(
                field => field.Key, field => IsSecretName(field.Key) ? Filtered : ScrubText(field.Value.ToString())),
            _ => Filtered,
        };
    }

    private static bool IsSecretName(string name) =>
        SecretNamePattern().IsMatch(name) || SecretHeaders.Contains(name);

    [GeneratedRegex(@"tfd_[A-Za-z0-9_\-]+")]
    private static partial Regex DeviceTokenPattern();

    [GeneratedRegex(@"(?<name>""[^""]*(?:password|token|secret|cookie|authorization)[^""]*""\s*:\s*)""(?:[^""\\]|\\.)*""", RegexOptions.IgnoreCase)]
    private static partial Regex JsonSecretPattern();

    [GeneratedRegex(@"(?<name>(?:^|[?&])[^=&]*(?:password|token|secret)[^=&]*=)[^&]*", RegexOptions.IgnoreCase)]
    private static partial Regex FormSecretPattern();

    [GeneratedRegex("password|token|secret|cookie|authorization", RegexOptions.IgnoreCase)]
    private static partial Regex SecretNamePattern();
}
