using Bydelsrapport.Validate;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Bydelsrapport.Load;

/// <summary>
/// Reads one YAML file into a <see cref="YamlNode"/> tree. Never throws on bad input: every problem
/// becomes a <see cref="Finding"/> with the file, line and column, and the tree is null when the
/// file cannot be used at all.
/// </summary>
public static class YamlReader
{
    /// <summary>Larger files are refused before parsing: a report file is well under 1 MB.</summary>
    public const int MaxBytes = 10 * 1024 * 1024;

    private const int MaxDepth = 100;

    public static YamlNode? Read(string file, string text, List<Finding> findings)
    {
        if (text.Length > MaxBytes)
        {
            findings.Add(Finding.Error(file, new Position(1, 1), "", Codes.YamlForStor,
                $"Filen er {text.Length / (1024 * 1024)} MB; grensen er {MaxBytes / (1024 * 1024)} MB. Del den opp, eller sjekk at det er riktig fil."));
            return null;
        }
        // A byte order mark is allowed (editors on Windows write one); it is not content.
        text = text.TrimStart('\uFEFF');
        return FastYamlParser.TryParse(text) ?? ReadWithYamlDotNet(file, text, findings);
    }

    /// <summary>The full path: every YAML construct, and a finding with line and column for every problem.</summary>
    internal static YamlNode? ReadWithYamlDotNet(string file, string text, List<Finding> findings)
    {
        if (FindTabIndent(text) is { } tab)
        {
            // YamlDotNet reports a tab at the start of the enclosing mapping; point at the tab itself.
            findings.Add(Finding.Error(file, tab, "", Codes.YamlSyntaks,
                "Tabulator brukt som innrykk. YAML krever mellomrom: bytt tabulatoren ut med mellomrom."));
            return null;
        }
        try
        {
            var parser = new Parser(new StringReader(text));
            var reader = new EventReader(file, parser, findings);
            return reader.ReadStream();
        }
        catch (StopReading)
        {
            return null;
        }
        catch (YamlException e)
        {
            findings.Add(Finding.Error(file, new Position((int)e.Start.Line, (int)e.Start.Column), "", Codes.YamlSyntaks,
                $"YAML-syntaksfeil: {Translate(e.Message)} Rett opp linjen og prøv igjen."));
            return null;
        }
    }

    private static Position? FindTabIndent(string text)
    {
        var line = 1;
        var atIndent = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                line++;
                atIndent = true;
            }
            else if (c == '\t' && atIndent)
            {
                var lineStart = text.LastIndexOf('\n', i) + 1;
                return new Position(line, i - lineStart + 1);
            }
            else if (c is not (' ' or '\r'))
            {
                atIndent = false;
            }
        }
        return null;
    }

    /// <summary>YamlDotNet's reasons, in bokmål; an unknown one is quoted as it is.</summary>
    private static readonly (string English, string Norsk)[] Reasons =
    [
        ("did not find expected node content", "Fant ikke verdien som skulle stå her (mangler en ], } eller en verdi?)."),
        ("did not find expected key", "Fant ikke nøkkelen som skulle stå her: sjekk innrykket."),
        ("did not find expected ',' or ']'", "Mangler komma eller ] i listen."),
        ("did not find expected ',' or '}'", "Mangler komma eller } i kartet."),
        ("mapping values are not allowed in this context", "Kolon på et sted der det ikke kan stå: sett teksten i anførselstegn."),
        ("found unexpected end of stream", "Filen slutter midt i en tekst eller struktur (mangler et anførselstegn?)."),
        ("did not find expected '-' indicator", "Listeelementet har feil innrykk."),
        ("found character that cannot start any token", "Tegn som ikke kan begynne en verdi (f.eks. @ eller `): sett teksten i anførselstegn."),
        ("found undefined tag handle", "Ukjent tagg (!): sett teksten i anførselstegn."),
    ];

    private static string Translate(string message)
    {
        foreach (var (english, norsk) in Reasons)
        {
            if (message.Contains(english, StringComparison.OrdinalIgnoreCase))
            {
                return norsk;
            }
        }
        var reason = message.Contains("): ", StringComparison.Ordinal)
            ? message[(message.IndexOf("): ", StringComparison.Ordinal) + 3)..]
            : message;
        return $"«{reason.TrimEnd('.')}».";
    }

    private sealed class EventReader(string file, IParser parser, List<Finding> findings)
    {
        private bool _refused;

        public YamlNode? ReadStream()
        {
            Next(); // to StreamStart
            Next();
            if (parser.Current is StreamEnd)
            {
                findings.Add(Finding.Error(file, new Position(1, 1), "", Codes.YamlTom,
                    "Filen er tom. Fyll den ut etter malen i data/README.md, eller slett den."));
                return null;
            }
            Expect<DocumentStart>();
            var root = ReadNode(0);
            if (parser.Current is DocumentEnd)
            {
                Next();
            }
            if (parser.Current is DocumentStart second)
            {
                findings.Add(Finding.Error(file, At(second), "", Codes.YamlSyntaks,
                    "Filen har mer enn ett YAML-dokument (---). Én fil skal holde ett dokument."));
                return null;
            }
            if (root is YamlScalar { IsNull: true } && !_refused)
            {
                findings.Add(Finding.Error(file, root.Position, "", Codes.YamlTom,
                    "Filen har ingen innhold. Fyll den ut etter malen i data/README.md, eller slett den."));
                return null;
            }
            return _refused ? null : root;
        }

        private YamlNode? ReadNode(int depth)
        {
            var current = parser.Current!;
            if (depth > MaxDepth)
            {
                findings.Add(Finding.Error(file, At(current), "", Codes.YamlSyntaks,
                    $"Strukturen er nestet dypere enn {MaxDepth} nivåer."));
                throw new StopReading();
            }
            switch (current)
            {
                case AnchorAlias alias:
                    RefuseAnchor(alias, $"*{alias.Value}");
                    Next();
                    return null;
                case Scalar scalar:
                    CheckAnchor(scalar);
                    Next();
                    return new YamlScalar(At(scalar), scalar.Value, scalar.Style == ScalarStyle.Plain && scalar.Tag.IsEmpty);
                case SequenceStart seq:
                {
                    CheckAnchor(seq);
                    Next();
                    var items = new List<YamlNode>();
                    while (parser.Current is not SequenceEnd)
                    {
                        var item = ReadNode(depth + 1);
                        if (item is not null)
                        {
                            items.Add(item);
                        }
                    }
                    Next();
                    return new YamlSequence(At(seq), items);
                }
                case MappingStart map:
                {
                    CheckAnchor(map);
                    Next();
                    var entries = new List<KeyValuePair<YamlScalar, YamlNode>>();
                    var seen = new Dictionary<string, Position>(StringComparer.Ordinal);
                    while (parser.Current is not MappingEnd)
                    {
                        var keyEvent = parser.Current!;
                        var key = ReadNode(depth + 1);
                        var value = ReadNode(depth + 1);
                        if (key is not YamlScalar k)
                        {
                            if (key is not null)
                            {
                                findings.Add(Finding.Error(file, At(keyEvent), "", Codes.SkjemaType,
                                    "En nøkkel må være en enkel tekst, ikke en liste eller et kart."));
                            }
                            continue;
                        }
                        if (seen.TryGetValue(k.Value, out var first))
                        {
                            findings.Add(Finding.Error(file, k.Position, "", Codes.SkjemaDuplikat,
                                $"Nøkkelen «{k.Value}» står to ganger (første gang på linje {first.Line}). Slå dem sammen eller slett den ene."));
                            continue;
                        }
                        seen[k.Value] = k.Position;
                        entries.Add(new(k, value ?? new YamlScalar(k.Position, "", Plain: true)));
                    }
                    Next();
                    return new YamlMapping(At(map), entries);
                }
                default:
                    throw new YamlException(current.Start, current.End, $"Uventet {current.GetType().Name}.");
            }
        }

        private void CheckAnchor(NodeEvent node)
        {
            if (!node.Anchor.IsEmpty)
            {
                RefuseAnchor(node, $"&{node.Anchor.Value}");
            }
        }

        private void RefuseAnchor(ParsingEvent at, string what)
        {
            // Anchors and aliases hide repeated data (and make alias bombs possible): every figure
            // is written where it belongs, so a reviewer sees it in the diff.
            if (!_refused)
            {
                findings.Add(Finding.Error(file, At(at), "", Codes.YamlAlias,
                    $"Ankre og aliaser ({what}) er ikke tillatt i datafilene. Skriv verdien ut der den hører hjemme."));
            }
            _refused = true;
        }

        private void Expect<T>() where T : ParsingEvent
        {
            if (parser.Current is not T)
            {
                throw new YamlException(parser.Current!.Start, parser.Current.End, $"Ventet {typeof(T).Name}.");
            }
            Next();
        }

        private void Next()
        {
            if (!parser.MoveNext())
            {
                throw new StopReading();
            }
        }

        private static Position At(ParsingEvent e) => new((int)e.Start.Line, (int)e.Start.Column);
    }

    private sealed class StopReading : Exception;
}
