using System.Net.Http.Headers;
using System.Text;

namespace TitanFleet.Tests.Api.Files;

/// <summary>Real small files and the multipart upload a client sends.</summary>
public static class FileSamples
{
    /// <summary>A valid 1x1 red PNG.</summary>
    public static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC");

    /// <summary>A minimal one-page PDF.</summary>
    public static readonly byte[] Pdf = Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
        + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");

    /// <summary>The start of a Windows executable: a type no fleet record takes.</summary>
    public static readonly byte[] Executable = [.. "MZ"u8, .. new byte[62]];

    public static MultipartFormDataContent Form(byte[] content, string fileName, string? contentType, Guid entityId, string entityType = "vehicle", string? expiresAt = null)
    {
        var file = new ByteArrayContent(content);
        if (contentType is not null) file.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        var form = new MultipartFormDataContent { { file, "file", fileName }, { new StringContent(entityType), "entityType" }, { new StringContent(entityId.ToString()), "entityId" } };
        if (expiresAt is not null) form.Add(new StringContent(expiresAt), "expiresAt");
        return form;
    }

    /// <summary>
    /// The same form written byte by byte, with the file name exactly as given (quotes escaped as
    /// a browser does): HttpClient refuses to send control characters or quotes in a header.
    /// </summary>
    public static ByteArrayContent RawForm(byte[] content, string fileName, string contentType, Guid entityId)
    {
        const string boundary = "titanfleet-test-boundary";
        var head = $"--{boundary}\r\nContent-Disposition: form-data; name=\"entityType\"\r\n\r\nvehicle\r\n"
            + $"--{boundary}\r\nContent-Disposition: form-data; name=\"entityId\"\r\n\r\n{entityId}\r\n"
            + $"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{fileName.Replace("\"", "\\\"", StringComparison.Ordinal)}\"\r\n"
            + $"Content-Type: {contentType}\r\n\r\n";
        var body = new ByteArrayContent([.. Encoding.UTF8.GetBytes(head), .. content, .. Encoding.UTF8.GetBytes($"\r\n--{boundary}--\r\n")]);
        body.Headers.TryAddWithoutValidation("Content-Type", $"multipart/form-data; boundary={boundary}");
        return body;
    }
}
