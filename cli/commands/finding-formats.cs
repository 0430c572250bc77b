using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Bydelsrapport.Validate;

namespace Bydelsrapport.Commands;

/// <summary>The output formats of <c>validate</c>: for people (tekst), for GitHub Actions annotations, and a stable JSON.</summary>
public static class FindingFormats
{
    public static readonly string[] Names = ["tekst", "github", "json"];

    public static void Write(TextWriter output, string format, Valideringsresultat resultat)
    {
        switch (format)
        {
            case "github":
                foreach (var f in resultat.Funn)
                {
                    var level = f.Acknowledged is not null ? "notice" : f.Level == Level.Feil ? "error" : "warning";
                    output.WriteLine($"::{level} file={f.File},line={f.Position.Line},col={f.Position.Column},title={f.Code}::{Escape(f.Message)}");
                }
                break;
            case "json":
                output.Write(Json(resultat));
                break;
            default:
                foreach (var f in resultat.Funn)
                {
                    output.WriteLine(f);
                }
                foreach (var h in resultat.HoppetOver)
                {
                    output.WriteLine(h);
                }
                break;
        }
        if (format != "json")
        {
            output.WriteLine($"{resultat.Feil} feil, {resultat.Advarsler} advarsler, {resultat.Godkjent} godkjent i baseline"
                + (resultat.HoppetOver.Count > 0 ? $", {resultat.HoppetOver.Count} tabeller uten tall (kontroller hoppet over)." : "."));
        }
    }

    private static string Escape(string message) =>
        message.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    /// <summary>
    /// A finding's fields in the stable JSON format: <c>validate --format json</c> writes them, and
    /// <c>diff --format json</c> writes the same for the findings a change adds or resolves.
    /// </summary>
    public static void SkrivFelt(Utf8JsonWriter w, Finding f)
    {
        w.WriteString("fil", f.File);
        w.WriteNumber("linje", f.Position.Line);
        w.WriteNumber("kolonne", f.Position.Column);
        w.WriteString("niva", f.Level == Level.Feil ? "feil" : "advarsel");
        w.WriteString("kode", f.Code);
        w.WriteString("sti", f.Path);
        w.WriteString("melding", f.Message);
        if (f.Acknowledged is { } a)
        {
            w.WriteString("godkjent", a);
        }
    }

    private static string Json(Valideringsresultat resultat)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteNumber("feil", resultat.Feil);
            w.WriteNumber("advarsler", resultat.Advarsler);
            w.WriteNumber("godkjent", resultat.Godkjent);
            w.WriteStartArray("funn");
            foreach (var f in resultat.Funn)
            {
                w.WriteStartObject();
                SkrivFelt(w, f);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("hoppet_over");
            foreach (var h in resultat.HoppetOver)
            {
                w.WriteStartObject();
                w.WriteString("fil", h.Fil);
                w.WriteNumber("linje", h.Posisjon.Line);
                w.WriteString("regler", h.Regler);
                w.WriteString("grunn", h.Grunn);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
