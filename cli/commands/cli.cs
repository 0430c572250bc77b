using System.CommandLine;
using System.CommandLine.Help;
using System.Text.RegularExpressions;

namespace Bydelsrapport.Commands;

/// <summary>
/// The command line: a thin shell over the pipeline (load → validate → compute → render → write).
/// Exit codes: 0 ok, 1 findings that fail (or a template error), 2 wrong usage or an unreadable path,
/// 3 an internal error (a bug: one line, and where to report it).
/// </summary>
public static partial class Cli
{
    public const int Ok = 0;
    public const int Funn = 1;
    public const int Bruk = 2;
    public const int Intern = 3;

    public static RootCommand Lag()
    {
        var root = new RootCommand("bydelsrapport: årsberetningene til Oslos bydeler som data, kontrollert og gjengitt.")
        {
            ValidateCommand.Create(),
            BuildCommand.Create(),
            NewCommand.Create(),
            DiffCommand.Create(),
            ServeCommand.Create(),
            SchemaCommand.Create(),
        };
        foreach (var option in root.Options)
        {
            option.Description = option switch
            {
                HelpOption => "Vis hjelp og bruk.",
                VersionOption => "Vis versjonen.",
                _ => option.Description,
            };
            if (option is VersionOption v)
            {
                v.Action = new Versjon();
            }
            if (option is HelpOption { Action: { } hjelp } h)
            {
                h.Action = new NorskHjelp(hjelp);
            }
        }
        return root;
    }

    /// <summary>The tool's own version (not the host process's, which is what System.CommandLine would print under a test host).</summary>
    private sealed class Versjon : System.CommandLine.Invocation.SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            var versjon = typeof(Cli).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
                .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().FirstOrDefault()?.InformationalVersion ?? "ukjent";
            parseResult.InvocationConfiguration.Output.WriteLine(versjon);
            return Ok;
        }
    }

    /// <summary>
    /// System.CommandLine's help, with its headings and placeholders in bokmål: it has no bokmål
    /// resources and its help formatter is not public, so its text is written to a buffer and the
    /// few fixed English words are replaced (everything else in the help is our own text).
    /// </summary>
    private sealed class NorskHjelp(System.CommandLine.Invocation.CommandLineAction engelsk) : System.CommandLine.Invocation.SynchronousCommandLineAction
    {
        private static readonly (string Engelsk, string Norsk)[] Overskrifter =
        [
            ("Description:", "Beskrivelse:"), ("Usage:", "Bruk:"), ("Options:", "Alternativer:"),
            ("Commands:", "Kommandoer:"), ("Arguments:", "Argumenter:"),
        ];

        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            var konfig = parseResult.InvocationConfiguration;
            var ut = konfig.Output;
            var buffer = new StringWriter();
            konfig.Output = buffer;
            int kode;
            try
            {
                kode = engelsk is System.CommandLine.Invocation.SynchronousCommandLineAction s ? s.Invoke(parseResult) : Ok;
            }
            finally
            {
                konfig.Output = ut;
            }
            foreach (var linje in buffer.ToString().ReplaceLineEndings("\n").TrimEnd('\n').Split('\n'))
            {
                var oversatt = Overskrifter.FirstOrDefault(o => o.Engelsk == linje).Norsk ?? linje
                    .Replace("[options]", "[alternativer]", StringComparison.Ordinal)
                    .Replace("<command>", "<kommando>", StringComparison.Ordinal)
                    .Replace("[command]", "[kommando]", StringComparison.Ordinal)
                    .Replace("[default: ", "[standard: ", StringComparison.Ordinal)
                    .Replace("(REQUIRED)", "(påkrevd)", StringComparison.Ordinal);
                ut.Write(oversatt);
                ut.Write('\n');
            }
            return kode;
        }
    }

    public static int Run(string[] args, TextWriter? stdout = null, TextWriter? stderr = null)
    {
        var error = stderr ?? Console.Error;
        var output = new InvocationConfiguration
        {
            Output = stdout ?? Console.Out,
            Error = error,
            // Our own handler below: no stack trace reaches the user.
            EnableDefaultExceptionHandler = false,
        };
        try
        {
            var parse = Lag().Parse(args);
            if (parse.Errors.Count > 0)
            {
                // One clear line per mistake, in bokmål, and where to read more.
                var meldinger = parse.Errors.Select(e => e.Message).ToList();
                if (meldinger.Count > 1)
                {
                    // "no command given" only adds noise next to a misspelt command
                    meldinger.RemoveAll(ManglerKommando().IsMatch);
                }
                foreach (var e in meldinger.Select(m => Oversett(m) + Forslag(m, parse.CommandResult.Command)).Distinct())
                {
                    error.WriteLine(e);
                }
                error.WriteLine("Se `bydelsrapport --help` eller `bydelsrapport KOMMANDO --help`.");
                return Bruk;
            }
            return parse.Invoke(output);
        }
        catch (Exception e)
        {
            error.WriteLine($"Intern feil i bydelsrapport ({e.GetType().Name}: {e.Message}). Meld fra i prosjektets saksliste med kommandoen du kjørte.");
            return Intern;
        }
    }

    /// <summary>For a misspelt command or option, the nearest name the command knows: « Mente du «build»?».</summary>
    private static string Forslag(string melding, Command command)
    {
        if (Ukjent().Match(melding) is not { Success: true } m)
        {
            return "";
        }
        return Naermeste(m.Groups[1].Value, command);
    }

    /// <summary>« Mente du «--check»?» with the command's subcommand or option nearest to what was typed, or empty.</summary>
    internal static string Naermeste(string skrevet, Command command) =>
        Load.ShapeChecker.Suggest(skrevet, command.Subcommands.SelectMany(c => c.Aliases.Prepend(c.Name))
            .Concat(command.Options.SelectMany(o => o.Aliases.Prepend(o.Name))));

    /// <summary>System.CommandLine has no bokmål resources: its usual messages, translated.</summary>
    internal static string Oversett(string melding)
    {
        foreach (var (monster, norsk) in Meldinger)
        {
            var m = monster.Match(melding);
            if (m.Success)
            {
                var verdier = m.Groups.Values.Skip(1).Select(g => (object)Rydd(g.Value)).ToArray();
                return string.Format(System.Globalization.CultureInfo.InvariantCulture, norsk, verdier);
            }
        }
        return melding;
    }

    private static string Rydd(string verdi) =>
        string.Join(", ", verdi.Split(['\n', '\r', '\t', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(v => v.Trim('\'')));

    private static readonly (Regex, string)[] Meldinger =
    [
        (Ukjent(), "Ukjent kommando eller argument «{0}»."),
        (ManglerArgument(), "Mangler argument for «{0}»."),
        (KanIkkeTolke(), "«{0}» er ikke en gyldig verdi for {1}."),
        (IkkeBlantTillatte(), "«{0}» er ikke tillatt. Velg en av: {1}."),
        (ManglerKommando(), "Mangler kommando. Velg en av kommandoene under."),
        (ForMangeArgumenter(), "{0} tar bare én verdi, men fikk {1}."),
    ];

    [GeneratedRegex("^Unrecognized command or argument '(.*)'\\.?$")]
    private static partial Regex Ukjent();

    [GeneratedRegex("^Required argument missing for (?:command|option): '(.*)'\\.?$")]
    private static partial Regex ManglerArgument();

    [GeneratedRegex("^Cannot parse argument '(.*)' for (?:option|command) '(.*)' as expected type.*$")]
    private static partial Regex KanIkkeTolke();

    [GeneratedRegex("^Argument '(.*)' not recognized\\. Must be one of:\\s*(.*)$", RegexOptions.Singleline)]
    private static partial Regex IkkeBlantTillatte();

    [GeneratedRegex("^Required command was not provided\\.?$")]
    private static partial Regex ManglerKommando();

    [GeneratedRegex("^(?:Option|Argument) '(.*)' expects a single argument but (\\d+) were provided\\.?$")]
    private static partial Regex ForMangeArgumenter();
}
