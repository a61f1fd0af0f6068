import { chromium } from "@playwright/test";
import { readFileSync } from "node:fs";
const [file, y, h, out, w] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const page = await browser.newPage({ viewport: { width: Number(w || 375), height: Number(h) } });
const b64 = readFileSync(file).toString("base64");
await page.setContent(`<body style="margin:0"><img style="display:block;margin-top:-${y}px" src="data:image/png;base64,${b64}"></body>`);
await page.screenshot({ path: out });
await browser.close();
