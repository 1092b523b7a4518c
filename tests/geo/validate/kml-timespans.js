#!/usr/bin/env node
// Reads a KML file back with @tmcw/togeojson (through @xmldom/xmldom) and checks that every
// feature came through with a geometry and a time span (begin < = end), and that the spans cover
// more than one instant, so Google Earth's slider has something to play.
// Usage: kml-timespans.js NODE_MODULES_DIR FILE.kml [MIN_FEATURES]
'use strict';
const fs = require('fs');
const path = require('path');
const modules = path.resolve(process.argv[2]);
const { DOMParser } = require(path.join(modules, '@xmldom/xmldom'));
const togeojson = require(path.join(modules, '@tmcw/togeojson'));

const file = process.argv[3];
const minFeatures = Number(process.argv[4] || 1);
const text = fs.readFileSync(file, 'utf8');
let parseErrors = 0;
const doc = new DOMParser({
    onError: (level, msg) => { if (level !== 'warning') { console.error(`${file}: xml ${level}: ${msg}`); parseErrors++; } },
}).parseFromString(text, 'text/xml');
const fc = togeojson.kml(doc);
const placemarks = (text.match(/<Placemark>/g) || []).length;
let problems = parseErrors;
const begins = new Set();
for (const [i, f] of fc.features.entries()) {
    const span = f.properties && f.properties.timespan;
    if (!span || !span.begin || !span.end) {
        console.error(`${file}: feature ${i} (${f.properties && f.properties.name}) has no time span`);
        problems++;
        continue;
    }
    if (Date.parse(span.begin) > Date.parse(span.end)) {
        console.error(`${file}: feature ${i} has a span that ends before it begins`);
        problems++;
    }
    if (!f.geometry) {
        console.error(`${file}: feature ${i} has no geometry`);
        problems++;
    }
    begins.add(span.begin);
}
if (fc.features.length !== placemarks) {
    console.error(`${file}: ${placemarks} placemarks but togeojson read ${fc.features.length} features`);
    problems++;
}
if (fc.features.length < minFeatures) {
    console.error(`${file}: only ${fc.features.length} features, expected at least ${minFeatures}`);
    problems++;
}
console.log(`${file}: ${fc.features.length} features, ${begins.size} distinct span starts, ${problems} problem(s)`);
process.exit(problems === 0 ? 0 : 1);
