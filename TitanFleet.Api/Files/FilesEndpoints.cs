using System.Security.Claims;
using System.Security.Cryptography;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using TitanFleet.Api.Audit;
using TitanFleet.Api.Auth;
using TitanFleet.Api.Paging;
using TitanFleet.Api.Validation;

namespace TitanFleet.Api.Files;

/// <summary>
/// Photos and documents of vehicles (and, when they land, checks and defects). Every signed-in
/// person of the company may upload and read; the uploader, managers and admins may delete. The
/// type is sniffed from the bytes and served as that type, as an attachment, never sniffed again by
/// the browser. Another company's file or owner record answers exactly like a missing one.
/// </summary>
public static class FilesEndpoints
{
    public static IEndpointRouteBuilder MapFilesApi(this IEndpointRouteBuilder endpoints)
    {
        // The session cookie is SameSite=Strict, so another site cannot make a browser post this form:
        // no antiforgery token is needed (and the form is read by hand, so none is demanded).
        var files = endpoints.MapGroup("/api/files").WithTags("Files").RequireAuthorization(Policies.SignedInUser);

        files.MapPost("/", UploadAsync).WithName("UploadFile")
            .Accepts<IFormFile>("multipart/form-data").ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithSummary("Upload one JPEG, PNG, WebP, HEIC or PDF for a record (form fields file, entityType, entityId, optional expiresAt)");
        files.MapGet("/", ListAsync).Validate<FileListQuery>().WithName("ListFiles")
            .WithSummary("A record's files, oldest first (deleted and expired ones left out)");
        files.MapGet("/{fileId:guid}", GetAsync).WithName("GetFile").WithSummary("A file's metadata");
        files.MapGet("/{fileId:guid}/content", DownloadAsync).WithName("DownloadFile")
            .Produces(StatusCodes.Status200OK, contentType: FileSignatures.Allowed[0], additionalContentTypes: FileSignatures.Allowed[1..])
            .WithSummary("A file's bytes, as an attachment of the type sniffed at upload");
        files.MapDelete("/{fileId:guid}", DeleteAsync).WithName("DeleteFile").ProducesProblem(StatusCodes.Status403Forbidden)
            .WithSummary("Delete a file (its uploader, managers and admins): hidden at once, kept for the audit trail");
        return endpoints;
    }

    private static async Task<Results<Created<FileResponse>, NotFound, ValidationProblem, ProblemHttpResult>> UploadAsync(
        HttpContext context, PostgresFileStore store, IValidator<UploadFileForm> validator, IOptions<FilesOptions> options,
        TimeProvider time, CancellationToken cancellationToken)
    {
        var maxBytes = options.Value.MaxBytes;
        var (form, refusal) = await UploadFormReader.ReadAsync(context, maxBytes);
        if (refusal is not null) return refusal;

        var upload = UploadFileForm.From(form!);
        var validation = await validator.ValidateAsync(upload, cancellationToken);
        if (!validation.IsValid) return TypedResults.ValidationProblem(validation.ToDictionary());
        var file = upload.File!;
        if (file.Length > maxBytes) return FileProblems.TooLarge(maxBytes);

        var content = new byte[file.Length];
        await using (var stream = file.OpenReadStream()) await stream.ReadExactlyAsync(content, cancellationToken);
        if (FileSignatures.Sniff(content) is not { } contentType)
            return FileProblems.Field(StatusCodes.Status415UnsupportedMediaType, "file", "The content is not a JPEG, PNG, WebP, HEIC or PDF file.");
        var name = FileNames.Sanitise(file.FileName);
        var claimed = FileSignatures.Claimed(file.ContentType) ?? FileSignatures.ClaimedByExtension(Path.GetExtension(name));
        if (claimed is not null && claimed != contentType)
            return FileProblems.Field(StatusCodes.Status415UnsupportedMediaType, "file", $"The file claims to be {claimed} but its content is {contentType}.");

        var stored = new StoredFile(
            Id: Guid.NewGuid(), EntityType: upload.EntityType!, EntityId: upload.OwnerId, FileName: FileNames.WithExtension(name, contentType),
            ContentType: contentType, SizeBytes: content.Length, Sha256: SHA256.HashData(content), UploadedBy: context.User.GetSubjectId(),
            CreatedAt: time.GetUtcNow(), ExpiresAt: upload.Expiry, DeletedAt: null);
        var result = await store.CreateAsync(context.AuditActor(), stored, content, cancellationToken);
        if (result.Status == FileWriteStatus.NotFound) return TypedResults.NotFound();
        return TypedResults.Created($"/api/files/{result.File!.Id}", FileResponse.From(result.File));
    }

    private static async Task<Results<Ok<Page<FileResponse>>, NotFound>> ListAsync(
        [AsParameters] FileListQuery query, ClaimsPrincipal principal, PostgresFileStore store, CancellationToken cancellationToken)
    {
        Cursors.TryDecode<FileCursor>(query.Cursor, out var after);
        if (await store.ListAsync(principal.GetCompanyId(), query.EntityType!, query.EntityId!.Value, after, query.Limit ?? Cursors.DefaultLimit, cancellationToken) is not { } page)
            return TypedResults.NotFound();
        return TypedResults.Ok(Pages.Of(page.Items.Select(FileResponse.From), page.Next));
    }

    private static async Task<Results<Ok<FileResponse>, NotFound>> GetAsync(
        Guid fileId, ClaimsPrincipal principal, PostgresFileStore store, CancellationToken cancellationToken) =>
        await store.FindAsync(principal.GetCompanyId(), fileId, cancellationToken) is { } file ? TypedResults.Ok(FileResponse.From(file)) : TypedResults.NotFound();

    private static async Task<Results<FileContentHttpResult, NotFound>> DownloadAsync(
        Guid fileId, HttpContext context, PostgresFileStore store, IFileContentStore contents, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(context.User.GetCompanyId(), fileId, cancellationToken) is not { } file
            || await contents.ReadAsync(fileId, cancellationToken) is not { } bytes)
            return TypedResults.NotFound();
        // A browser must never second-guess the sniffed type (an HTML-looking PDF must not render as a page).
        context.Response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.File(bytes, file.ContentType, fileDownloadName: file.FileName);
    }

    private static async Task<Results<NoContent, NotFound, ProblemHttpResult>> DeleteAsync(
        Guid fileId, HttpContext context, PostgresFileStore store, CancellationToken cancellationToken)
    {
        var mayDeleteAny = context.User.IsInRole(Roles.Manager) || context.User.IsInRole(Roles.Admin);
        var result = await store.DeleteAsync(context.AuditActor(), fileId, mayDeleteAny, cancellationToken);
        return result.Status switch
        {
            FileWriteStatus.NotFound => TypedResults.NotFound(),
            FileWriteStatus.Forbidden => FileProblems.Field(StatusCodes.Status403Forbidden, "fileId", "Only the uploader, a manager or an admin may delete this file."),
            _ => TypedResults.NoContent(),
        };
    }
}
