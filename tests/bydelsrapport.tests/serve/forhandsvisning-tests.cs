using System.Net;
using System.Net.Sockets;
using Bydelsrapport.Serve;
using Bydelsrapport.Tests.Spec;
using Xunit;

namespace Bydelsrapport.Tests.Serve;

/// <summary>`serve`: the site on localhost, rebuilt when a YAML file is saved, with the findings on the page.</summary>
public sealed class ForhandsvisningTests : IDisposable
{
    private readonly Fixture _repo = Fixture.MedEkteData();
    private readonly string _ut = Path.Combine(Path.GetTempPath(), "bydelsrapport-serve-test-" + Guid.NewGuid().ToString("N"));
    private readonly Forhandsvisning _visning;
    private readonly HttpClient _klient = new();

    public ForhandsvisningTests()
    {
        _visning = new Forhandsvisning(Path.Combine(_repo.Root, "data"), Path.Combine(_repo.Root, "templates"), _ut, LedigPort(), TextWriter.Null);
        _visning.Start();
    }

    public void Dispose()
    {
        _visning.Dispose();
        _klient.Dispose();
        _repo.Dispose();
        if (Directory.Exists(_ut))
        {
            Directory.Delete(_ut, recursive: true);
        }
    }

    private static int LedigPort()
    {
        var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        var port = ((IPEndPoint)l.LocalEndpoint).Port;
        l.Stop();
        return port;
    }

    private Task<string> Hent(string sti) => _klient.GetStringAsync(_visning.Adresse + sti);

    [Fact]
    public async Task Svarer_også_på_localhost_og_rydder_mappen_sin_når_den_stopper()
    {
        var localhost = _visning.Adresse.Replace("127.0.0.1", "localhost", StringComparison.Ordinal);
        Assert.Contains("Barneverntjeneste", await _klient.GetStringAsync(localhost + "gamle-oslo/2024/"), StringComparison.Ordinal);
        Assert.True(Directory.Exists(_ut));
        _visning.Dispose();
        Assert.False(Directory.Exists(_ut));
    }

    [Fact]
    public async Task Viser_rapporten_og_bygger_på_nytt_når_YAML_lagres()
    {
        var side = await Hent("gamle-oslo/2024/");
        Assert.Contains("Barneverntjeneste", side, StringComparison.Ordinal);
        Assert.Contains("Forhåndsvisning: ingen funn.", side, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", File.ReadAllText(Path.Combine(_ut, "gamle-oslo", "2024", "index.html")), StringComparison.Ordinal); // the reload script is never written

        var versjon = _visning.Versjon;
        _repo.Replace("data/gamle-oslo/2024/fo2b.yaml", "Bydelen er ansvarlig for", "Bydelen har nå ansvar for");
        _repo.Replace("data/gamle-oslo/2024/fo2b.yaml", "regnskap: 84149", "regnskap: 85149");
        var frist = DateTime.UtcNow.AddSeconds(20);
        while (_visning.Versjon == versjon && DateTime.UtcNow < frist)
        {
            await Task.Delay(100);
        }
        Assert.True(_visning.Versjon > versjon, "Ingen ny bygging etter at filen ble lagret.");
        await Task.Delay(300); // let a second save event settle

        var ny = await Hent("gamle-oslo/2024/index.html");
        Assert.Contains("Bydelen har nå ansvar for", ny, StringComparison.Ordinal);
        Assert.Contains("okonomi-avvik", ny, StringComparison.Ordinal); // the new finding, on the page
        Assert.Equal(_visning.Versjon.ToString(System.Globalization.CultureInfo.InvariantCulture), await Hent("__forhandsvisning/versjon"));
    }

    [Fact]
    public async Task Ukjent_side_gir_404_og_ingenting_utenfor_mappen()
    {
        var svar = await _klient.GetAsync(_visning.Adresse + "finnes/ikke.html");
        Assert.Equal(HttpStatusCode.NotFound, svar.StatusCode);
        var utenfor = await _klient.GetAsync(_visning.Adresse + "..%2F..%2Fetc%2Fpasswd");
        Assert.Equal(HttpStatusCode.NotFound, utenfor.StatusCode);
    }
}
