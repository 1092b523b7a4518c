#!/usr/bin/env node
// Runs two independent GeoJSON validators, @mapbox/geojsonhint and @placemarkio/check-geojson,
// on every file given; prints each problem with file and line and exits 1 if there was any.
// Usage: validate-geojson.js NODE_MODULES_DIR FILE.geojson...
'use strict';
const fs = require('fs');
const path = require('path');
const modules = path.resolve(process.argv[2]);
const geojsonhint = require(path.join(modules, '@mapbox/geojsonhint'));
const { check } = require(path.join(modules, '@placemarkio/check-geojson'));

const files = process.argv.slice(3);
if (files.length === 0) {
    console.error('validate-geojson: no files given');
    process.exit(2);
}
let problems = 0;
for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    // geojsonhint: every message counts, including the right-hand-rule ones (RFC 7946 winding).
    const hints = geojsonhint.hint(text, { precisionWarning: true });
    for (const h of hints) {
        console.error(`${file}:${h.line || '?'}: geojsonhint: ${h.message}`);
        problems++;
    }
    try {
        check(text);
    } catch (e) {
        const issues = e.issues || [{ message: e.message }];
        for (const i of issues) {
            console.error(`${file}: check-geojson: ${i.message} ${i.from !== undefined ? `(at ${i.from})` : ''}`);
            problems++;
        }
    }
    const doc = JSON.parse(text);
    if (doc.crs !== undefined) {
        console.error(`${file}: has a crs member (RFC 7946 forbids it)`);
        problems++;
    }
    console.log(`${file}: ${doc.features.length} features, ${hints.length} geojsonhint messages`);
}
console.log(`validate-geojson: ${files.length} file(s), ${problems} problem(s)`);
process.exit(problems === 0 ? 0 : 1);
