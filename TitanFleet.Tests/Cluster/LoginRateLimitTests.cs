using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Cluster;

/// <summary>
/// Its own silo, with low limits (attempts per window, and one password verification at a time with
/// a queue of two and a wait in it far shorter than one verification), so other tests' sign-ins never
/// share its windows. Each test uses fresh emails.
/// </summary>
public sealed class LoginRateLimitTests(LoginRateLimitTests.LimitedSilo silo) : IClassFixture<LoginRateLimitTests.LimitedSilo>
{
    private const int PermitLimit = 3;
    private const int HashingQueueLimit = 2;

    [Fact]
    public async Task Login_MoreAttemptsThanPermitted_429ProblemThenNoFurtherChecking()
    {
        var company = await silo.NewCompanyAsync();
        using var client = silo.Process.CreateClient();

        var statuses = await FailAsync(client, company.Email("admin"), PermitLimit);
        using var limited = await client.PostAsJsonAsync("/api/auth/login", new { email = company.Email("admin"), password = TestCompany.Password });

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.Unauthorized, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
        Assert.True(limited.Headers.RetryAfter?.Delta > TimeSpan.Zero, "429 says when to retry");
    }

    [Fact]
    public async Task Login_OneEmailExhaustedFromAnAddress_AnotherEmailFromThatAddressStillSignsIn()
    {
        var company = await silo.NewCompanyAsync();
        using var client = silo.Process.CreateClient();

        await FailAsync(client, company.Email("admin"), PermitLimit + 1);
        using var other = await client.PostAsJsonAsync("/api/auth/login", new { email = company.Email("manager"), password = TestCompany.Password });

        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task Login_SpellingsOfOneEmail_ShareOneBudget()
    {
        var company = await silo.NewCompanyAsync();
        var email = company.Email("admin");
        using var client = silo.Process.CreateClient();

        await FailAsync(client, email.ToUpperInvariant(), PermitLimit - 1);
        await FailAsync(client, $"  {email}  ", 1);
        using var limited = await client.PostAsJsonAsync("/api/auth/login", new { email, password = TestCompany.Password });

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
    }

    [Fact]
    public async Task Login_EmailExhaustedFromOneAddress_SameEmailFromAnotherAddressStillSignsIn()
    {
        var company = await silo.NewCompanyAsync();
        using var attacker = silo.Process.CreateClient();
        using var user = FromAddress(IPAddress.Parse("127.0.0.2"));

        await FailAsync(attacker, company.Email("admin"), PermitLimit + 1);
        using var login = await user.PostAsJsonAsync("/api/auth/login", new { email = company.Email("admin"), password = TestCompany.Password });

        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
    }

    [Fact]
    public async Task Login_BurstPastVerificationQueue_503WithRetryAfterWhilePositionsAreServed()
    {
        var company = await silo.NewCompanyAsync(vehicles: 1);
        using var client = silo.Process.CreateClient();
        using var device = FleetHttp.Device(silo.Process.BaseAddress, company.Vehicles[0].DeviceToken);
        (await device.PostAsJsonAsync("/api/locations", FleetHttp.Position(DateTimeOffset.UtcNow.AddSeconds(-5), 51.5, 0))).EnsureSuccessStatusCode();

        // Distinct emails, so the per-email limit lets each through to the password check.
        var burst = Enumerable.Range(0, 40)
            .Select(i => client.PostAsJsonAsync("/api/auth/login", new { email = $"burst-{i}-{Guid.NewGuid():N}@example.test", password = "guess" }))
            .ToArray();
        using var position = await device.PostAsJsonAsync("/api/locations", FleetHttp.Position(DateTimeOffset.UtcNow, 51.6, 0));
        var answers = await Task.WhenAll(burst);

        try
        {
            Assert.Equal(HttpStatusCode.OK, position.StatusCode);
            Assert.All(answers, a => Assert.Contains(a.StatusCode, new[] { HttpStatusCode.Unauthorized, HttpStatusCode.ServiceUnavailable }));
            var busy = answers.Where(a => a.StatusCode == HttpStatusCode.ServiceUnavailable).ToList();
            // The queued ones may also be turned away, by the wait bound.
            Assert.InRange(busy.Count, 1, answers.Length - 1);
            Assert.All(busy, a => Assert.Equal("application/problem+json", a.Content.Headers.ContentType?.MediaType));
            Assert.All(busy, a => Assert.True(a.Headers.RetryAfter?.Delta > TimeSpan.Zero, "503 says when to retry"));
        }
        finally
        {
            foreach (var answer in answers) answer.Dispose();
        }
    }

    [Fact]
    public async Task Login_QueuedLongerThanMaxQueueWait_503WithRetryAfterThoughTheQueueHadRoom()
    {
        var company = await silo.NewCompanyAsync();
        using var client = silo.Process.CreateClient();

        // One verification at a time and room for two more in the queue: no login here finds the
        // queue full, so only the wait bound (far shorter than one verification) can turn one away.
        var logins = Enumerable.Range(0, 1 + HashingQueueLimit)
            .Select(i => client.PostAsJsonAsync("/api/auth/login", new { email = $"queued-{i}-{Guid.NewGuid():N}@example.test", password = "guess" }))
            .ToArray();
        var answers = await Task.WhenAll(logins);
        using var later = await client.PostAsJsonAsync("/api/auth/login", new { email = company.Email("admin"), password = TestCompany.Password });

        try
        {
            Assert.All(answers, a => Assert.Contains(a.StatusCode, new[] { HttpStatusCode.Unauthorized, HttpStatusCode.ServiceUnavailable }));
            var waitedOut = answers.Where(a => a.StatusCode == HttpStatusCode.ServiceUnavailable).ToList();
            Assert.NotEmpty(waitedOut);
            Assert.All(waitedOut, a => Assert.Equal("application/problem+json", a.Content.Headers.ContentType?.MediaType));
            Assert.All(waitedOut, a => Assert.True(a.Headers.RetryAfter?.Delta > TimeSpan.Zero, "503 says when to retry"));
            Assert.Equal(HttpStatusCode.OK, later.StatusCode);
        }
        finally
        {
            foreach (var answer in answers) answer.Dispose();
        }
    }

    private static async Task<List<HttpStatusCode>> FailAsync(HttpClient client, string email, int attempts)
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < attempts; i++)
        {
            using var wrong = await client.PostAsJsonAsync("/api/auth/login", new { email, password = "guess" + i });
            statuses.Add(wrong.StatusCode);
        }
        return statuses;
    }

    /// <summary>A client whose connections come from another loopback address, as a second user's would from their own network.</summary>
    private HttpClient FromAddress(IPAddress local)
    {
        var handler = new SocketsHttpHandler
        {
            ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                try
                {
                    socket.Bind(new IPEndPoint(local, 0));
                    await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        return new HttpClient(handler) { BaseAddress = silo.Process.BaseAddress };
    }

    public sealed class LimitedSilo : IAsyncLifetime
    {
        private readonly TestDatabase _database = new("ratelimit");

        public SiloProcess Process { get; private set; } = null!;

        public Task<TestCompany> NewCompanyAsync(int vehicles = 0) => TestCompanyFactory.CreateAsync(_database.ConnectionString, vehicles);

        public async Task InitializeAsync()
        {
            Process = new SiloProcess(_database.ConnectionString, $"rl-{Guid.NewGuid():N}",
                new Dictionary<string, string>
                {
                    ["LoginRateLimit__PermitLimit"] = $"{PermitLimit}",
                    ["LoginRateLimit__Window"] = "00:05:00",
                    ["PasswordHashing__ConcurrencyLimit"] = "1",
                    ["PasswordHashing__QueueLimit"] = $"{HashingQueueLimit}",
                    ["PasswordHashing__MaxQueueWait"] = "00:00:00.001",
                });
            await Process.StartAsync();
        }

        public async Task DisposeAsync()
        {
            await Process.DisposeAsync();
            await _database.DisposeAsync();
        }
    }
}
