// Starter Pagefinds søkefelt på forsiden (build legger filen i ut/assets/sok.js når Pagefind er installert).
// En egen fil, ikke et skript i siden: sidene har ingen innebygde skript, så nettstedet tåler en
// streng Content-Security-Policy (script-src 'self'). Lastes med defer etter pagefind-ui.js, så
// PagefindUI finnes og #sok er lest inn. Tekstene tar Pagefind fra lang="nb" på siden.
"use strict";
new PagefindUI({ element: "#sok", showSubResults: true, showImages: false });
