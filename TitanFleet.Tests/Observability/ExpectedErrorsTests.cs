using Microsoft.AspNetCore.Http;
using TitanFleet.Api.Observability;

namespace TitanFleet.Tests.Observability;

public sealed class ExpectedErrorsTests
{
    [Theory]
    [InlineData(StatusCodes.Status400BadRequest, true)]
    [InlineData(StatusCodes.Status401Unauthorized, true)]
    [InlineData(StatusCodes.Status429TooManyRequests, true)]
    [InlineData(StatusCodes.Status500InternalServerError, false)]
    [InlineData(StatusCodes.Status503ServiceUnavailable, false)]
    public void IsExpected_ByResponseStatus_OnlyClientErrors(int status, bool expected)
    {
        var context = new DefaultHttpContext { Response = { StatusCode = status } };

        Assert.Equal(expected, ExpectedErrors.IsExpected(new InvalidOperationException(), context));
    }

    [Fact]
    public void IsExpected_CancellationWhileClientStillConnected_IsReported()
    {
        var context = new DefaultHttpContext { Response = { StatusCode = StatusCodes.Status500InternalServerError } };

        Assert.False(ExpectedErrors.IsExpected(new OperationCanceledException(), context));
    }

    [Fact]
    public void IsExpected_CancellationAfterClientAborted_IsNotReported()
    {
        using var aborted = new CancellationTokenSource();
        aborted.Cancel();
        var context = new DefaultHttpContext { RequestAborted = aborted.Token };

        Assert.True(ExpectedErrors.IsExpected(new TaskCanceledException(), context));
    }

    [Fact]
    public void IsExpected_BadRequestWrappedOutsideRequest_IsNotReported()
    {
        Assert.True(ExpectedErrors.IsExpected(new InvalidOperationException("outer", new BadHttpRequestException("bad")), context: null));
    }
}
