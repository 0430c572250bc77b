using System.Net;
using System.Text;
using Bydelsrapport.Commands;
using Bydelsrapport.Load;
using Bydelsrapport.Validate;
using Bydelsrapport.Write;

namespace Bydelsrapport.Serve;

/// <summary>
/// Preview while writing: builds the site into a folder, serves it on localhost, and rebuilds when a
/// YAML file or template is saved. Only the touched bydel's report is rendered again (all of them for
/// a template or the catalogue); the comparison pages follow. Pages are served with the current
/// validation findings on top and a small script that reloads the page after each rebuild; neither is
/// ever written into the built files.
/// </summary>
public sealed class Forhandsvisning : IDisposable
{
    private readonly string _data;
    private readonly string _maler;
    private readonly string _ut;
    private readonly TextWriter _logg;
    private readonly HttpListener _lytter = new();
    private readonly List<FileSystemWatcher> _vaktere = [];
    private readonly Lock _las = new();
    private readonly HashSet<string> _endret = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stopp = new();
    private Valideringsresultat _funn = new([]);
    private int _versjon;
    private int _avsluttet;

    public Forhandsvisning(string data, string maler, string ut, int port, TextWriter logg)
    {
        (_data, _maler, _ut, _logg) = (data, maler, ut, logg);
        Adresse = $"http://127.0.0.1:{port}/";
        _lytter.Prefixes.Add(Adresse);
        // The same pages under the name people type; HttpListener matches the Host header exactly.
        _lytter.Prefixes.Add($"http://localhost:{port}/");
    }

    public string Adresse { get; }

    /// <summary>Rises by one after every rebuild; the page's reload script polls it.</summary>
    public int Versjon => Volatile.Read(ref _versjon);

    public void Start()
    {
        Bygg(null);
        _lytter.Start();
        foreach (var mappe in new[] { _data, _maler })
        {
            var w = new FileSystemWatcher(mappe) { IncludeSubdirectories = true, EnableRaisingEvents = true };
            w.Changed += (_, e) => Merk(e.FullPath);
            w.Created += (_, e) => Merk(e.FullPath);
            w.Deleted += (_, e) => Merk(e.FullPath);
            w.Renamed += (_, e) => Merk(e.FullPath);
            _vaktere.Add(w);
        }
        _ = Task.Run(Lytt);
        _ = Task.Run(Gjenoppbygg);
    }

    private void Merk(string sti)
    {
        if (sti.EndsWith(".md", StringComparison.Ordinal) || sti.Contains(".tmp-", StringComparison.Ordinal))
        {
            return; // our own output
        }
        lock (_las)
        {
            var relativ = Path.GetRelativePath(_data, sti).Replace('\\', '/');
            var bydel = relativ.StartsWith("..", StringComparison.Ordinal) ? "*" : relativ.Split('/')[0];
            _endret.Add(bydel is Loader.KatalogMappe or Loader.BaselineFil ? "*" : bydel);
        }
    }

    private async Task Gjenoppbygg()
    {
        while (!_stopp.IsCancellationRequested)
        {
            await Task.Delay(250).ConfigureAwait(false);
            HashSet<string> endret;
            lock (_las)
            {
                if (_endret.Count == 0)
                {
                    continue;
                }
                endret = [.. _endret];
                _endret.Clear();
            }
            try
            {
                Bygg(endret.Contains("*") ? null : endret);
            }
            catch (Exception e) when (e is Render.RenderException or IOException or AggregateException)
            {
                _logg.WriteLine($"Kunne ikke bygge: {e.Message}");
            }
        }
    }

    private void Bygg(IReadOnlySet<string>? bydeler)
    {
        var data = Loader.Load(_data);
        _funn = Validator.Validate(data);
        // The preview writes only HTML into its own folder; the committed Markdown is `build`'s job.
        using (var skriving = new Skriving())
        {
            Commands.Bygg.Hver(data, _maler, _data, _ut, f =>
            {
                if (!f.Sjekkes)
                {
                    skriving.Legg(f);
                }
            }, rapporter: bydeler is null ? null : r => bydeler.Contains(r.Mappe.Split('/')[0]));
            skriving.Fullfor();
        }
        Interlocked.Increment(ref _versjon);
        var hva = bydeler is null ? "alt" : string.Join(", ", bydeler.Order(StringComparer.Ordinal));
        _logg.WriteLine($"Bygget {hva}: {_funn.Feil} feil, {_funn.Advarsler} advarsler.");
        foreach (var f in _funn.Funn.Where(f => f.Acknowledged is null))
        {
            _logg.WriteLine($"  {f}");
        }
    }

    private async Task Lytt()
    {
        while (_lytter.IsListening)
        {
            HttpListenerContext ctx;
            try
            {
                ctx = await _lytter.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            try
            {
                Svar(ctx);
            }
            catch (Exception e) when (e is HttpListenerException or IOException)
            {
                // the browser went away mid-answer
            }
        }
    }

    private void Svar(HttpListenerContext ctx)
    {
        var sti = Uri.UnescapeDataString(ctx.Request.Url?.AbsolutePath ?? "/");
        if (sti == "/__forhandsvisning/versjon")
        {
            Skriv(ctx, "text/plain", Encoding.UTF8.GetBytes(Versjon.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            return;
        }
        var fil = Path.GetFullPath(Path.Combine(_ut, sti.TrimStart('/')));
        if (Directory.Exists(fil))
        {
            fil = Path.Combine(fil, "index.html");
        }
        if (!fil.StartsWith(Path.GetFullPath(_ut), StringComparison.Ordinal) || !File.Exists(fil))
        {
            ctx.Response.StatusCode = 404;
            Skriv(ctx, "text/plain; charset=utf-8", Encoding.UTF8.GetBytes("Finnes ikke."));
            return;
        }
        if (fil.EndsWith(".html", StringComparison.Ordinal))
        {
            Skriv(ctx, "text/html; charset=utf-8", Encoding.UTF8.GetBytes(MedFunn(File.ReadAllText(fil))));
            return;
        }
        Skriv(ctx, Type(fil), File.ReadAllBytes(fil));
    }

    /// <summary>The page with the current findings on top and the reload script: for the preview only.</summary>
    private string MedFunn(string html)
    {
        var funn = _funn.Funn.Where(f => f.Acknowledged is null).ToList();
        var sb = new StringBuilder("<div class=\"forhandsvisning\" role=\"status\" style=\"border:3px solid #a00;padding:0.5rem;margin:0.5rem 0\">");
        sb.Append(funn.Count == 0 ? "<p>Forhåndsvisning: ingen funn.</p>" : $"<p>Forhåndsvisning: {funn.Count} funn</p><ul>");
        foreach (var f in funn)
        {
            sb.Append("<li>").Append(Render.Narrativ.Html(f.ToString())).Append("</li>");
        }
        sb.Append(funn.Count == 0 ? "</div>" : "</ul></div>");
        sb.Append("<script>let v=").Append(Versjon).Append(";setInterval(async()=>{try{const r=await fetch('/__forhandsvisning/versjon');if(+(await r.text())!==v)location.reload();}catch{}},700);</script>");
        var i = html.IndexOf("<body>", StringComparison.Ordinal);
        return i < 0 ? sb + html : html.Insert(i + "<body>".Length, sb.ToString());
    }

    private static string Type(string fil) => Path.GetExtension(fil) switch
    {
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".json" => "application/json; charset=utf-8",
        ".csv" => "text/csv; charset=utf-8",
        ".svg" => "image/svg+xml",
        ".woff2" => "font/woff2",
        ".woff" => "font/woff",
        _ => "application/octet-stream",
    };

    private static void Skriv(HttpListenerContext ctx, string type, byte[] innhold)
    {
        ctx.Response.ContentType = type;
        ctx.Response.Headers["Cache-Control"] = "no-store";
        ctx.Response.ContentLength64 = innhold.Length;
        ctx.Response.OutputStream.Write(innhold);
        ctx.Response.Close();
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _avsluttet, 1) == 1)
        {
            return;
        }
        _stopp.Cancel();
        foreach (var w in _vaktere)
        {
            w.Dispose();
        }
        if (_lytter.IsListening)
        {
            _lytter.Stop();
        }
        _lytter.Close();
        _stopp.Dispose();
        // The preview's folder is its own (a temporary folder per process): nothing in it is kept.
        try
        {
            Directory.Delete(_ut, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A file still open elsewhere: the system's temporary folder is cleaned in time anyway.
        }
    }
}
