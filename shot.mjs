import { chromium } from 'playwright-core';
const b = await chromium.launch({executablePath:'/usr/bin/chromium', args:['--no-sandbox','--disable-gpu','--disable-background-networking']});
const p = await b.newPage();
await p.goto('http://127.0.0.1:4399/ko/', {waitUntil:'networkidle'});
await p.pdf({path:'/tmp/story-ko.pdf', format:'A4', pageRanges:'1-2'});
await b.close();
