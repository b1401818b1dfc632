using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;

namespace TitanFleet.Api.Files;

/// <summary>
/// Reads an upload's multipart form under the configured size limit. The body may exceed the file
/// limit by <see cref="FormOverheadBytes"/> for part headers and the small fields; past that Kestrel
/// stops reading. A truncated or malformed multipart body is the client's fault: 400, never 500.
/// </summary>
public static class UploadFormReader
{
    public const long FormOverheadBytes = 64 * 1024;

    public static async Task<(IFormCollection? Form, ProblemHttpResult? Refusal)> ReadAsync(HttpContext context, long maxBytes)
    {
        var request = context.Request;
        if (!request.HasFormContentType || !request.ContentType!.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase))
            return (null, FileProblems.Field(StatusCodes.Status415UnsupportedMediaType, "body", "Send the upload as multipart/form-data."));

        var limit = maxBytes + FormOverheadBytes;
        if (request.ContentLength > limit) return (null, FileProblems.TooLarge(maxBytes));
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize) bodySize.MaxRequestBodySize = limit;
        context.Features.Set<IFormFeature>(new FormFeature(request, new FormOptions
        {
            // Above the body limit, so an oversized body meets Kestrel's 413 (caught below) rather than this 400.
            MultipartBodyLengthLimit = limit + 1,
            ValueCountLimit = 16,
            MultipartHeadersCountLimit = 8,
        }));

        try
        {
            return (await request.ReadFormAsync(context.RequestAborted), null);
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, FileProblems.TooLarge(maxBytes));
        }
        catch (Exception exception) when (exception is InvalidDataException or IOException && !context.RequestAborted.IsCancellationRequested)
        {
            return (null, FileProblems.Field(StatusCodes.Status400BadRequest, "body", "The multipart body is malformed or truncated."));
        }
    }
}
