using Bydelsrapport.Load;
using Bydelsrapport.Tests.Spec;
using Bydelsrapport.Validate;
using Xunit;

namespace Bydelsrapport.Tests;

/// <summary>A table whose figures the source lacks: its checks are skipped by name, not silently passed.</summary>
public sealed class HoppetOverTests
{
    [Fact]
    public void Tabell_uten_tall_navngir_kontrollene_som_hoppes_over()
    {
        using var fixture = Fixture.Minimal();
        fixture.Write("testby/2024/fo4.yaml", """
            tittel: "Funksjonsområde 4"
            funksjonsomrade: fo4
            blokker:
              - type: okonomi
                del: fo4c
                tittel: Hovedoversikt økonomi FO4C
                ikke_tilgjengelig: Tallene er ikke med i kildeteksten.
                rader: []
            """);

        var resultat = Validator.Validate(Loader.Load(fixture.Root));

        Assert.Empty(resultat.Funn);
        var h = Assert.Single(resultat.HoppetOver);
        Assert.Equal("testby/2024/fo4.yaml:4:5: hoppet over okonomi-avvik, okonomi-sum, tabell-0-1-mot-fo for fo4: ikke tilgjengelig: Tallene er ikke med i kildeteksten.", h.ToString());
    }
}
