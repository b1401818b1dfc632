using System.Text;
using Microsoft.Net.Http.Headers;

namespace TitanFleet.Api.Problems;

/// <summary>
/// System.Text.Json refuses a body whose Content-Type names a charset .NET does not know with an
/// InvalidOperationException, which is the client's mistake, not ours: this finds such a charset.
/// </summary>
public static class RequestCharset
{
    /// <summary>The charset named by the request's Content-Type when .NET has no encoding for it; otherwise null.</summary>
    public static string? FindUnknown(HttpRequest request)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType) || mediaType.Charset is not { Length: > 0 } charset) return null;
        var name = charset.ToString().Trim('"');
        try
        {
            _ = Encoding.GetEncoding(name);
            return null;
        }
        catch (ArgumentException)
        {
            return name;
        }
    }
}
