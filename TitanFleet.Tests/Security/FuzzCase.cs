using System.Net.Http.Headers;

namespace TitanFleet.Tests.Security;

/// <summary>One hostile request, kept as bytes so it can be sent again exactly (to pin down which request of a group wrote rows).</summary>
public sealed record FuzzCase(string Operation, string Name, HttpMethod Method, string PathAndQuery, byte[]? Body = null, string? ContentType = null)
{
    private const int ExpectContinueAbove = 8 * 1024;

    public HttpRequestMessage ToRequest()
    {
        var request = new HttpRequestMessage(Method, PathAndQuery);
        if (Body is not null)
        {
            request.Content = new ByteArrayContent(Body);
            request.Content.Headers.ContentType = null;
            if (ContentType is not null) request.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
            // Kestrel refuses an oversized body before reading it and closes the connection; asking
            // for 100-continue lets the client read that 413 instead of failing mid-upload.
            request.Headers.ExpectContinue = Body.Length > ExpectContinueAbove;
        }
        return request;
    }

    public override string ToString() => $"{Operation} [{Name}]";
}

/// <summary>What a case answered, as the fuzz judges it.</summary>
public sealed record FuzzOutcome(FuzzCase Case, CallerRole Role, int Status, string? MediaType, string Body)
{
    /// <summary>Refused, or (status 0) the connection dropped without an answer; either way nothing may be written.</summary>
    public bool Rejected => Status is >= 400 or 0;

    public override string ToString() => $"{Case} as {Role}: {Status} {MediaType} {Truncate(Body)}";

    private static string Truncate(string body) => body.Length <= 200 ? body : body[..200] + "...";
}
