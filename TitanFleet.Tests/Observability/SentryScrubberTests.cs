using Sentry;
using TitanFleet.Api.Observability;

namespace TitanFleet.Tests.Observability;

public sealed class SentryScrubberTests
{
    private const string Token = "tfd_0f8fad5bd9cb469fa16570867728950e_9b1deb4d3b7d4bad9bdd2b0d7b3dcb6d";

    [Fact]
    public void ScrubText_JsonWithPasswordAndToken_MasksBothKeepsOtherFields()
    {
        var scrubbed = SentryScrubber.ScrubText($$"""{"email":"a@b.test","password":"p\"ss","deviceToken":"x","note":"{{Token}}"}""");

        Assert.Equal("""{"email":"a@b.test","password":"[Filtered]","deviceToken":"[Filtered]","note":"tfd_[Filtered]"}""", scrubbed);
    }

    [Fact]
    public void ScrubText_FormEncodedPassword_IsMasked()
    {
        Assert.Equal("email=a%40b.test&password=[Filtered]&x=1", SentryScrubber.ScrubText("email=a%40b.test&password=secret&x=1"));
    }

    [Fact]
    public void Scrub_EventWithSecretHeadersAndCookies_MasksThemAndKeepsOthers()
    {
        var evt = new SentryEvent();
        evt.Request.Headers["authorization"] = "Bearer " + Token;
        evt.Request.Headers["Cookie"] = "titanfleet.auth=abc";
        evt.Request.Headers["X-Device-Token"] = Token;
        evt.Request.Headers["User-Agent"] = "OsmAnd";
        evt.Request.Cookies = "titanfleet.auth=abc";
        evt.Request.QueryString = "?id=123&token=" + Token;

        SentryScrubber.Scrub(evt);

        Assert.Equal(SentryScrubber.Filtered, evt.Request.Headers["authorization"]);
        Assert.Equal(SentryScrubber.Filtered, evt.Request.Headers["Cookie"]);
        Assert.Equal(SentryScrubber.Filtered, evt.Request.Headers["X-Device-Token"]);
        Assert.Equal("OsmAnd", evt.Request.Headers["User-Agent"]);
        Assert.Null(evt.Request.Cookies);
        Assert.Equal("?id=123&token=[Filtered]", evt.Request.QueryString);
    }

    [Fact]
    public void Scrub_BreadcrumbWithTokenInMessage_ReturnsMaskedCopy()
    {
        var scrubbed = SentryScrubber.Scrub(new Breadcrumb($"GET /api/osmand?token={Token}", "http", category: "http.server"));

        Assert.Equal("GET /api/osmand?token=[Filtered]", scrubbed.Message);
        Assert.Equal("http.server", scrubbed.Category);
    }
}
