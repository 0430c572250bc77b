// Nettstedet i en ekte nettleser: Debians Chromium, hodeløs, styrt av playwright-core (ingen nedlastet
// nettleser). Kjøres av .ci/run etter `build` har skrevet nettstedet i ut/ (med Pagefind-indeksen):
//   node --test tests/nettleser/nettleser.test.mjs
// For hver sidetype: ingen konsollfeil og ingen feilet forespørsel, ingen forespørsel ut av maskinen,
// ingen WCAG 2.1 A/AA-brudd etter axe-core; søket finner et tiltak på et ord fra teksten; og
// skjermbilder av forsiden, en rapport og en sammenligning i tests/nettleser/utdata/ (ikke i git).
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { chromium } from "playwright-core";
import { start } from "./server.mjs";

const require = createRequire(import.meta.url);
const repo = path.resolve(import.meta.dirname, "..", "..");
const ut = path.resolve(process.env.BYDELSRAPPORT_UT ?? path.join(repo, "ut"));
const utdata = path.join(import.meta.dirname, "utdata");
const nettleser = process.env.CHROMIUM ?? "/usr/bin/chromium";

// Uten disse flaggene prøver Chromium å nå Googles tjenester, og på en maskin uten nett flommer
// loggen over av avviste forbindelser. --user-data-dir gir Playwright selv (en ny mappe per kjøring).
const flagg = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
];

const sider = [
  { type: "forsiden", sti: "index.html", bilde: "forside.png" },
  // Årsberetningen er over 50 000 px lang: bildet viser de første 3000 (tittel, innhold og første kapittel).
  { type: "en årsberetning", sti: "gamle-oslo/2024/index.html", bilde: "rapport.png", hoyde: 3000 },
  { type: "en sammenligning", sti: "sammenligning/2024/fo2b/index.html", bilde: "sammenligning.png" },
  { type: "tiltakssiden", sti: "sammenligning/2024/fo2b/tiltak.html" },
  { type: "sjekklistene", sti: "sammenligning/2024/sjekklister.html" },
];

const wcag = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

let tjener;
let kontekst;
let profil;

before(async () => {
  assert.ok(existsSync(path.join(ut, "index.html")), `Fant ikke nettstedet i ${ut}: kjør \`dotnet run --project cli -- build\` først.`);
  assert.ok(existsSync(path.join(ut, "pagefind", "pagefind-ui.js")), `Fant ingen søkeindeks i ${ut}/pagefind: kjør \`npm ci\` og så \`build\`.`);
  assert.ok(existsSync(nettleser), `Fant ikke Chromium i ${nettleser}: apt-get install -y chromium (eller sett CHROMIUM).`);
  rmSync(utdata, { recursive: true, force: true });
  mkdirSync(utdata, { recursive: true });
  tjener = await start(ut);
  profil = mkdtempSync(path.join(os.tmpdir(), "bydelsrapport-chromium-"));
  kontekst = await chromium.launchPersistentContext(profil, {
    executablePath: nettleser,
    headless: true,
    args: flagg,
    viewport: { width: 1280, height: 900 },
    locale: "nb-NO",
  });
  // Nettstedet skal ikke hente noe utenfra: alt annet enn vår egen tjener stoppes og telles som feil.
  await kontekst.route("**/*", (rute) =>
    rute.request().url().startsWith(tjener.url) ? rute.continue() : rute.abort("blockedbyclient"));
});

after(async () => {
  await kontekst?.close();
  await tjener?.lukk();
  if (profil) rmSync(profil, { recursive: true, force: true });
});

/** Åpner en side og samler konsollfeil, skriptfeil, feilede forespørsler og svar med feilkode. */
async function apne(sti) {
  const side = await kontekst.newPage();
  const feil = [];
  side.on("console", (m) => { if (m.type() === "error") feil.push(`konsoll: ${m.text()}`); });
  side.on("pageerror", (e) => feil.push(`skriptfeil: ${e.message}`));
  side.on("requestfailed", (r) => feil.push(`forespørsel feilet: ${r.url()} (${r.failure()?.errorText})`));
  side.on("response", (r) => { if (r.status() >= 400) feil.push(`${r.status()}: ${r.url()}`); });
  const svar = await side.goto(tjener.url + sti, { waitUntil: "load" });
  assert.equal(svar?.status(), 200, `${sti} svarte ${svar?.status()}`);
  if (sti === "index.html") {
    await side.locator("#sok input").waitFor({ timeout: 10_000 });
  }
  return { side, feil };
}

/** axe-core sprøytes inn i siden og sjekker WCAG 2.1 A og AA; bruddene som lesbar tekst. */
async function axe(side) {
  await side.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  const resultat = await side.evaluate((tags) => window.axe.run(document, {
    runOnly: { type: "tag", values: tags },
    resultTypes: ["violations"],
  }), wcag);
  // Et axe som ikke kjørte en eneste regel, ville også gitt null brudd.
  assert.ok(resultat.passes.length > 0, "axe-core kjørte ingen regler.");
  return resultat.violations.map((v) =>
    `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.slice(0, 5).map((n) => n.target.join(" ")).join("\n    ")}`);
}

for (const { type, sti, bilde, hoyde } of sider) {
  test(`${type} (${sti}) lastes uten konsollfeil og uten feilede forespørsler`, { timeout: 60_000 }, async () => {
    const { side, feil } = await apne(sti);
    await side.waitForLoadState("networkidle");
    if (bilde) {
      const klipp = hoyde ? { x: 0, y: 0, width: 1280, height: hoyde } : undefined;
      await side.screenshot({ path: path.join(utdata, bilde), fullPage: true, clip: klipp });
    }
    await side.close();
    assert.deepEqual(feil, []);
  });

  test(`${type} (${sti}) har ingen WCAG 2.1 A/AA-brudd etter axe-core`, { timeout: 60_000 }, async () => {
    const { side } = await apne(sti);
    const brudd = await axe(side);
    await side.close();
    assert.ok(brudd.length === 0, `axe fant ${brudd.length} brudd på ${sti}:\n  ${brudd.join("\n  ")}`);
  });
}

/** Første tiltak på tiltakssiden, og det lengste ordet i teksten (et ord som sier noe, ikke «og»). */
function etTiltak() {
  const html = readFileSync(path.join(ut, "sammenligning", "2024", "fo2b", "tiltak.html"), "utf8");
  const treff = html.match(/<h3 id="([^"]+)">Tiltak[^:]*: ([^<]+)<\/h3>/);
  assert.ok(treff, "Fant ingen tiltak på tiltakssiden.");
  const ord = treff[2].split(/[^\p{L}]+/u).filter((o) => o.length >= 5).sort((a, b) => b.length - a.length || a.localeCompare(b))[0];
  assert.ok(ord, `Ingen ord å søke på i «${treff[2]}».`);
  return { anker: treff[1], tekst: treff[2], ord };
}

test("søket på forsiden finner et tiltak på et ord fra teksten", { timeout: 60_000 }, async () => {
  const tiltak = etTiltak();
  const { side, feil } = await apne("index.html");
  await side.locator("#sok input").fill(tiltak.ord);
  await side.locator(".pagefind-ui__result").first().waitFor({ timeout: 15_000 });
  // Pagefind viser de fem beste sidene først; hent resten før vi leter.
  while (await side.locator(".pagefind-ui__button").isVisible()) {
    await side.locator(".pagefind-ui__button").click();
  }
  const lenker = await side.locator(".pagefind-ui__result a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  assert.ok(lenker.some((l) => l.includes("sammenligning/2024/fo2b/tiltak.html")),
    `Søket etter «${tiltak.ord}» (fra «${tiltak.tekst}») fant ikke tiltakssiden. Treff:\n  ${lenker.join("\n  ")}`);
  // Søkeresultatene er også en del av forsiden: de skal også holde WCAG.
  const brudd = await axe(side);
  await side.screenshot({ path: path.join(utdata, "sok.png"), fullPage: true });
  await side.close();
  assert.ok(brudd.length === 0, `axe fant ${brudd.length} brudd i søkeresultatene:\n  ${brudd.join("\n  ")}`);
  assert.deepEqual(feil, []);
});

/** Alle årsberetningene og sammenligningssidene i ut/, relativt til ut/. */
function alleSider() {
  const rapporter = readdirSync(ut, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !["assets", "pagefind", "sammenligning"].includes(d.name))
    .flatMap((b) => readdirSync(path.join(ut, b.name)).map((a) => `${b.name}/${a}/index.html`))
    .filter((s) => existsSync(path.join(ut, s)));
  const fo = readdirSync(path.join(ut, "sammenligning", "2024"), { withFileTypes: true })
    .filter((d) => d.isDirectory()).map((d) => `sammenligning/2024/${d.name}/index.html`);
  return [...rapporter, ...fo, "sammenligning/2024/befolkning.html", "sammenligning/2024/sykefravaer.html", "sammenligning/2024/sjekklister.html"];
}

test("ingen side blir bredere enn vinduet: brede tabeller ruller i sin egen ramme", { timeout: 120_000 }, async () => {
  const for_brede = [];
  for (const sti of alleSider()) {
    const { side } = await apne(sti);
    for (const bredde of [1280, 375]) {
      await side.setViewportSize({ width: bredde, height: 900 });
      const { side: s, vindu } = await side.evaluate(() => ({ side: document.documentElement.scrollWidth, vindu: document.documentElement.clientWidth }));
      if (s > vindu) for_brede.push(`${sti} ved ${bredde} px: ${s} px bred`);
    }
    await side.close();
  }
  assert.deepEqual(for_brede, []);
});
