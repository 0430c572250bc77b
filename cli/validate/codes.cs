namespace Bydelsrapport.Validate;

/// <summary>Every finding code, in one place so that docs, baseline and tests agree on them.</summary>
public static class Codes
{
    public const string YamlSyntaks = "yaml-syntaks";
    public const string YamlTom = "yaml-tom";
    public const string YamlAlias = "yaml-alias";
    public const string YamlForStor = "yaml-for-stor";

    public const string SkjemaType = "skjema-type";
    public const string SkjemaMangler = "skjema-mangler";
    public const string SkjemaUkjent = "skjema-ukjent-nokkel";
    public const string SkjemaDuplikat = "skjema-duplikat";
    public const string SkjemaVerdi = "skjema-verdi";

    public const string RapportAr = "rapport-ar";
    public const string RapportVedtak = "rapport-vedtak";

    public const string RefKostra = "ref-kostra";
    public const string RefMal = "ref-mal";
    public const string RefTiltak = "ref-tiltak";
    public const string RefIndikator = "ref-indikator";
    public const string RefFunksjonsomrade = "ref-funksjonsomrade";
    public const string RefSporsmal = "ref-sporsmal";
    public const string RefRad = "ref-rad";
    public const string RefKolonne = "ref-kolonne";

    public const string OkonomiAvvik = "okonomi-avvik";
    public const string OkonomiSum = "okonomi-sum";
    public const string IndikatorAvvik = "indikator-avvik";
    public const string TabellFormel = "tabell-formel";
    public const string TabellSum = "tabell-sum";
    public const string TabellKontroll = "tabell-kontroll";
    public const string Tabell01Sum = "tabell-0-1-sum";
    public const string Tabell01Avvik = "tabell-0-1-avvik";
    public const string Tabell01MotFo = "tabell-0-1-mot-fo";
    public const string InvesteringAvvik = "investering-avvik";
    public const string InvesteringSum = "investering-sum";

    public const string FullstendigFil = "fullstendig-fil";
    public const string FullstendigTiltak = "fullstendig-tiltak";
    public const string FullstendigIndikator = "fullstendig-indikator";

    public const string PlausibelAndel = "plausibel-andel";
    public const string Dekningsgrad = "dekningsgrad";

    public const string Uferdig = "uferdig";

    public const string BaselineUbrukt = "baseline-ubrukt";
}
